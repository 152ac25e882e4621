"""What is and is not a learning statement (ingest.extract.learning), read without the model
from real files: the families of layouts the corpus splits found."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label
from ingest.readers import read_document
from ingest.types import DocumentKind
from tests.test_layout import learned

ESSAY = """# Insight: lunch clubs that last

## What this means for funders

Funders who paid for one year and then nothing did less good than those who paid less for longer.

> "We don't need a coordinator. We need the room for free." — a member in Sunderland

"Nobody told us to go round; we just did." – a member of a Hull lunch club
"""


def test_a_pull_quote_is_what_someone_said_not_what_was_learned(tmp_path: Path) -> None:
    path = tmp_path / "essay.md"
    path.write_text(ESSAY, "utf-8")
    assert learned(read_document(path)) == [
        "Funders who paid for one year and then nothing did less good than those who paid "
        "less for longer."
    ]


STORY = """Patient story: the gym was not for people like me

## Reflections from the committee

The committee thanked Gwyn for sharing his story with members.

What the committee took from Gwyn's story: a phone call from the nurse who will run the class
brought people in when a leaflet did not.

## Actions agreed

- Elen will offer a Thursday afternoon class in Aberaeron from April.
"""


def test_a_paragraph_led_in_by_words_naming_learning_is_learning(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(STORY, "utf-8")
    # the lead-in names what follows; "who will run the class" is no plan, the action is
    assert learned(read_document(path)) == [
        "a phone call from the nurse who will run the class brought people in when a leaflet "
        "did not."
    ]


MINUTES = """PATIENT FLOW LEARNING FORUM

43/25 DISCHARGE TO ASSESS

Ms Carlin presented the evaluation of the pilot on wards 5A and 5B.

The Forum noted the following learning:

(i) Patients told their expected discharge date on admission went home before noon more often.
(ii) Families stopped being a cause of delay once the ward rang them.

ACTION: Mr Kerr to add the expected discharge date to the ward whiteboards.
"""


def test_minutes_that_note_the_following_learning_list_it(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES, "utf-8")
    assert learned(read_document(path)) == [
        "Patients told their expected discharge date on admission went home before noon more "
        "often.",
        "Families stopped being a cause of delay once the ward rang them.",
    ]


BRIEFING = """7 Minute Briefing: learning from a review

1. Background. Anna was 58 and lived with her husband in the Ards and North Down area.
2. Learning for practice. Seeing a patient alone, even for two minutes, gives them a chance.
3. Questions for practitioners. Would you have asked Anna about her home life?
"""


def test_a_run_in_heading_that_names_learning_makes_its_item_learning(tmp_path: Path) -> None:
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING, "utf-8")
    assert learned(read_document(path)) == [
        "Seeing a patient alone, even for two minutes, gives them a chance."
    ]


SLIDES = """Dignity, not pads: continence care in our care homes

## Slide 3: What the pilot homes found

- Bladder diary lesson
- Night checks

**Notes:** What I want you to take away is that staff who had a ten-minute bladder diary
lesson changed more routines than those who read the policy.

## Slide 5: What next

- Roll out to six more homes from April
"""


def test_a_slides_terse_bullets_head_the_learning_its_notes_say(tmp_path: Path) -> None:
    path = tmp_path / "slides.md"
    path.write_text(SLIDES, "utf-8")
    found = learned(read_document(path))
    assert found[-1] == (
        "What I want you to take away is that staff who had a ten-minute bladder diary lesson "
        "changed more routines than those who read the policy."
    )
    assert not any("Roll out" in text for text in found)


PACKAGE = """# Active wards change package

## Drivers and change ideas

| Primary driver | Change idea | What teams found when they tested it |
|---|---|---|
| Patients expect to move | Bed posters | Posters alone changed nothing; a nurse asking did. |
"""


def test_a_column_that_says_what_teams_found_is_learning(tmp_path: Path) -> None:
    path = tmp_path / "package.md"
    path.write_text(PACKAGE, "utf-8")
    assert learned(read_document(path)) == ["Posters alone changed nothing; a nurse asking did."]


SLACK = """Slack export - workspace: tayside-active-together
Channel: #steps-huddle

[11:12] Morag Finlay  :pushpin: pinned by Morag Finlay
  Writing up what came out of today before I forget :point_down:
  • People walked to their first session by someone they knew came a second time.
  • Short walks on flat ground near a cafe kept people coming through the winter.

[11:20] Morag Finlay
  Actions from today
  1. Fraser to map flat routes within 400m of a cafe
"""


def test_a_chat_exports_messages_are_parts_and_its_pinned_learning_is_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "slack.txt"
    path.write_text(SLACK, "utf-8")
    raw = read_document(path)
    assert learned(raw) == [
        "People walked to their first session by someone they knew came a second time.",
        "Short walks on flat ground near a cafe kept people coming through the winter.",
    ]


AUDIT = """Re-audit of physical monitoring

Method

Case notes of all adults open to the four teams were read.

Learning points

- Weekly bloods were missed when the named nurse was on leave.

Recommendations

- Add the monitoring template to the electronic record in all four teams.
- Agree with primary care that ECGs can be done at the patient's GP practice.

Report prepared by Dr Ann Example for the eating disorders governance group.
"""

REVIEW = """Peer support in prisons: a rapid review

Recommendations

- Peer mentors need supervision of their own, or they leave within a year.
"""


def test_a_reports_recommendations_are_its_lessons_only_when_it_states_none(
    tmp_path: Path,
) -> None:
    audit = tmp_path / "audit.txt"
    audit.write_text(AUDIT, "utf-8")
    raw = read_document(audit, tmp_path, DocumentKind.EVIDENCE)
    assert learned(raw) == ["Weekly bloods were missed when the named nurse was on leave."]
    review = tmp_path / "review.txt"
    review.write_text(REVIEW, "utf-8")
    raw = read_document(review, tmp_path, DocumentKind.EVIDENCE)
    assert learned(raw) == [
        "Peer mentors need supervision of their own, or they leave within a year."
    ]


def test_a_sign_off_and_thanks_are_not_learning(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        "Governance group notes\n\nLearning points\n\n"
        "- Weekly bloods were missed when the named nurse was on leave.\n"
        "- Report prepared by Dr Ann Example for the eating disorders governance group.\n"
        "- The group thanked the ward team for collecting all of the data.\n",
        "utf-8",
    )
    assert learned(read_document(path)) == [
        "Weekly bloods were missed when the named nurse was on leave."
    ]


GOVERNORS = """Council of Governors

5. Patient story: bereavement

5.4 Governors took three points from the item:

- Families remember the first phone call from the hospital more than anything after it.
- Most families want one named person to ring, not a department.

5.5 The Chair thanked the family for sharing their story with governors.

Action\tOwner\tBy
Bring a proposal for a named bereavement contact\tAnn Example\tDecember
Report the time from death to certificate by ward\tBo Sample\tMarch
"""

LOG = """<html><body><h1>Healthy weight project: lessons log</h1><table>
<thead><tr><th>ID</th><th>Type</th><th>Entry</th><th>Raised by</th></tr></thead>
<tr><td>I02</td><td>Issue</td><td>Clinic rooms at the hospital are unavailable on Tuesdays.</td>
<td>AE</td></tr>
<tr><td>L09</td><td>Lesson</td><td>Holding sessions in family hubs halved the number of families
who did not come.</td><td>BS</td></tr>
<tr><td>A04</td><td>Action</td><td>Update the referral form to include the family's
goals.</td><td>AE</td></tr></table></body></html>"""


def test_an_announced_list_is_learning_and_what_follows_it_is_not(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(GOVERNORS, "utf-8")
    assert learned(read_document(path)) == [
        "Families remember the first phone call from the hospital more than anything after it.",
        "Most families want one named person to ring, not a department.",
    ]


def test_a_logs_rows_typed_lesson_are_learning_and_its_other_rows_are_not(
    tmp_path: Path,
) -> None:
    path = tmp_path / "log.html"
    path.write_text(LOG, "utf-8")
    assert learned(read_document(path)) == [
        "Holding sessions in family hubs halved the number of families who did not come."
    ]


def test_an_outcome_line_announcing_what_was_taught_leads_in_its_items(tmp_path: Path) -> None:
    path = tmp_path / "agenda.txt"
    path.write_text(
        "Partnership meeting\n\n6. The first year of online testing\n"
        "   Outcome: Agreed as the three things the first year taught us -\n"
        "   (a) Home testing reached people who had never been to a clinic.\n"
        "   (b) A text reminder after seven days should be part of the service.\n"
        "7. Any other business\n",
        "utf-8",
    )
    assert learned(read_document(path)) == [
        "Home testing reached people who had never been to a clinic.",
        "A text reminder after seven days should be part of the service.",
    ]


def test_a_short_line_over_a_list_heads_it(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><h1>PrEP huddle, Rhyl</h1><p>We met on Tuesday in the clinic.</p>"
        "<div class='panel'><p class='title'>What the pilot has taught us so far</p>"
        "<ul><li>Texts sent the day before halved missed appointments.</li></ul></div>"
        "</body></html>",
        "utf-8",
    )
    assert learned(read_document(path)) == ["Texts sent the day before halved missed appointments."]


def test_a_quotation_whole_weighs_less_than_a_lesson(tmp_path: Path) -> None:
    from graph.model import Label
    from ingest.extract.claims import ClaimSet
    from ingest.extract.front_page import read_header
    from ingest.extract.layout import Layout
    from ingest.extract.learning import learning_claims
    from tests.test_layout import GAZ

    path = tmp_path / "case.md"
    path.write_text(
        "# What matters to you in a weight service\n\n## What people told us\n\n"
        '- "Stop weighing me in front of other people, it is humiliating."\n\n'
        "## What we'd say to another team\n\n"
        "- Ask the question before the scales come out, or people tell you what you want.\n",
        "utf-8",
    )
    raw = read_document(path, tmp_path, DocumentKind.EVIDENCE)
    layout = Layout.of(raw)
    claims = ClaimSet(raw)
    learning_claims(raw, claims, layout, None, read_header(raw, GAZ, layout.sections, layout.front))
    weight = {e.name[:10]: e.props["strength"] for e in claims.entities(Label.LEARNING)}
    assert weight['"Stop weig'] < weight["Ask the qu"]


WALK = """LEARNING WALK - NOTES

Why we walked
-------------
We walked the patient route from the car park to the treatment room with patients.

THINGS WE WILL REMEMBER FROM THE WALK
-------------------------------------
  1. Chairs with arms matter more to this group than anything on the walls.
  2. Patients judge the whole service by the first 150 metres.

ASKS OF THE SERVICE (agreed at the debrief)
-------------------------------------------
  a. Order four high chairs with arms for the waiting area.
  b. Price two reserved bays nearer the side door.
"""


def test_underlined_headings_in_capitals_are_of_one_level(tmp_path: Path) -> None:
    """Headings in capitals underlined alike are siblings: the asks after the things to
    remember are not under them, so not learning."""
    path = tmp_path / "walk.txt"
    path.write_text(WALK, "utf-8")
    assert learned(read_document(path, tmp_path, DocumentKind.WORKSHOP)) == [
        "Chairs with arms matter more to this group than anything on the walls.",
        "Patients judge the whole service by the first 150 metres.",
    ]


HUDDLE = """Falls huddle, Ward 9

Present: Orla Breen (ward manager), Kieran Doyle (physiotherapist)

What we learned
- Night checks found more near misses than day checks did.
- Kieran to share the night check sheet with Ward 10 by Friday.
"""


@pytest.mark.slow
def test_an_item_giving_someone_a_task_is_no_learning(extractor: Any, tmp_path: Path) -> None:
    path = tmp_path / "huddle.txt"
    path.write_text(HUDDLE, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    statements = {e.name for e in claims.entities if e.label.value == "Learning"}
    assert statements == {"Night checks found more near misses than day checks did."}


BOARD = """# Board export (CSV)
# Board: Falls and footwear - learning event, Antrim Area Hospital, 3 March 2026
note_id,frame,author_label,colour,text,votes
1,Who's here,Maeve,yellow,"Maeve Dornan - Physiotherapist - Northern Health and Social Care Trust",0
2,Who's here,Colm,yellow,"Colm Rafferty - Podiatrist - Northern Health and Social Care Trust",0
3,Who's here,Maeve,grey,"Sent apologies: Dr Nuala Gribben - Geriatrician - Causeway Hospital",0
4,What we learned today,Colm,green,"Slippers that fasten stay on; shop slippers do not",6
5,What we learned today,Maeve,green,"People fall less when the podiatrist sees them first",4
6,Actions,Maeve,blue,"Maeve to bring footwear leaflets to the next class",2
7,Parking lot,Colm,orange,"Can the class run in the evening for working carers?",1
"""


def test_a_board_exports_rows_mean_what_their_frame_says(tmp_path: Path) -> None:
    """A CSV board export pasted as text: its rows are a table under its bare header (a row's
    quoted cell may hold commas), and a column of few repeated frame names types them, so
    the "What we learned today" notes are learning, the "Who's here" notes are who came and
    the actions and parked questions are neither."""
    from tests.test_people_layouts import listed

    path = tmp_path / "board.txt"
    path.write_text(BOARD, "utf-8")
    raw = read_document(path, tmp_path, DocumentKind.WORKSHOP)
    assert raw.title == "Board export (CSV)"
    assert learned(raw) == [
        "Slippers that fasten stay on; shop slippers do not",
        "People fall less when the podiatrist sees them first",
    ]
    assert listed(path) == {
        "Maeve Dornan": "attendance",
        "Colm Rafferty": "attendance",
        "Nuala Gribben": "apologies",
    }


@pytest.mark.slow
def test_a_spaced_dash_ends_a_persons_name(extractor: Any, tmp_path: Path) -> None:
    path = tmp_path / "board.txt"
    path.write_text(BOARD, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    names = {e.ref[1] for e in claims.entities if e.ref[0] == Label.PERSON}
    assert {"Maeve Dornan", "Colm Rafferty"} <= names
    assert not [n for n in names if " - " in n or n.endswith(("Physiotherapist", "Podiatrist"))]


VOTES = """Eye health forum: priority-setting afternoon

RESULTS (dots, highest first)
- Someone to talk to on the day of diagnosis ........ 23
- Letters in large print as standard ................ 19
- Parking: 4 votes

LESSONS IDENTIFIED
- People put support at diagnosis ahead of faster treatment.

Three things I took away:
- A change of glasses is one of the commonest triggers of a fall.
"""


def test_a_tally_is_no_statement_and_lessons_identified_or_taken_away_are_learning(
    tmp_path: Path,
) -> None:
    """Under "Results", a vote count ("…….. 23", "Parking: 4 votes") counts, it says nothing;
    "Lessons identified" and "Three things I took away" head what was learned."""
    path = tmp_path / "votes.txt"
    path.write_text(VOTES, "utf-8")
    assert learned(read_document(path)) == [
        "People put support at diagnosis ahead of faster treatment.",
        "A change of glasses is one of the commonest triggers of a fall.",
    ]


UNHEADED = """Falls huddle, Ward 9, Tuesday

Present: Ailsa Munro, Kenny Bain

- Patients who fell at night had mostly been moved bed that day.
- Night staff rarely see the falls plan written on days.

Actions
- Kenny to move the plan to the bedside folder by Friday.
"""


def test_notes_that_head_nothing_as_learning_give_their_prose_as_weak_learning(
    tmp_path: Path,
) -> None:
    """Workshop notes with no learning heading nor cue: the points of their own prose are
    learning (the weakest kind), not their top or their actions."""
    path = tmp_path / "huddle.txt"
    path.write_text(UNHEADED, "utf-8")
    assert learned(read_document(path, tmp_path, DocumentKind.WORKSHOP)) == [
        "Patients who fell at night had mostly been moved bed that day.",
        "Night staff rarely see the falls plan written on days.",
    ]
