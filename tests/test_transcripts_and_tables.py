"""Layouts of the dev16 corpus's families, on invented people: a meeting transcript exported as
WebVTT, a sign-in sheet drawn with bars whose cells wrap, a note that someone "signed up but …
did not come" naming them by surname, a report's membership table, a byline in a paragraph's
second sentence ("Notes typed up the same evening by …"), "eight of us, including …", a day
"facilitated by A, …, with Dr B", a bold series line above a Markdown headline, figures that are
findings more than lessons, and a kind of arthritis the vocabulary names. Real files read by
the readers; the tests that need the model are marked slow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label, Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.layout import Layout
from ingest.extract.people_blocks import people_in
from ingest.extract.sections import Role
from ingest.extract.turns import speakers
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind

GAZ = load_gazetteer()


def _read(tmp_path: Path, name: str, text: str, kind: DocumentKind) -> Any:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_document(path, tmp_path, kind)


VTT = """WEBVTT

NOTE
Transcript exported from Microsoft Teams on 14/01/2025.
Meeting: Warm Homes Borders - winter referral huddle

1
00:00:02.410 --> 00:00:08.950
<v Morag Cleland>Morning all. I'm Morag Cleland, Fuel Poverty Lead at Scottish Borders Council.</v>

2
00:00:30.310 --> 00:00:36.420
<v Rutherfurd, Fenella (NHS Borders)>Fenella here, a GP in Kelso.</v>
"""


def test_a_webvtt_transcript_is_read_as_turns_of_speech(tmp_path: Path) -> None:
    raw = _read(tmp_path, "huddle.txt", VTT, DocumentKind.WORKSHOP)
    assert raw.title == "Warm Homes Borders - winter referral huddle"
    texts = [raw.text[b.start : b.end] for b in raw.blocks]
    assert "Fenella Rutherfurd (NHS Borders)" in texts and "Fenella here, a GP in Kelso." in texts
    spoke = {entry.name: entry.organisations for _turn, entry in speakers(raw, GAZ)}
    assert spoke == {"Morag Cleland": (), "Fenella Rutherfurd": ("NHS Borders",)}


CHAT = """WhatsApp Chat with Powys Falls Champions
[02/05/2025, 10:11] Ann Prosser created group "Powys Falls Champions"
[02/05/2025, 10:14] Ann Prosser: Hi all, the falls workshop is Tuesday in Llandrindod Wells.
[13/05/2025, 07:52] Bethan Rowe: So sorry everyone, the car won't start. I'll have to miss today
13/05/2025, 13:31 - Huw Teifi: Really useful morning, thanks Ann.
"""


def test_a_chat_export_with_dates_is_read_as_posts(tmp_path: Path) -> None:
    """A WhatsApp export's "[date, time] Name: message" lines (and the Android "date, time -
    Name:" form) are posts: who posts took part, with no part of speech; someone whose own
    message says they have to miss it did not."""
    raw = _read(tmp_path, "chat.txt", CHAT, DocumentKind.WORKSHOP)
    posted = {entry.name: entry.role for _turn, entry in speakers(raw, GAZ)}
    assert posted == {"Ann Prosser": "", "Huw Teifi": ""}


SIGN_IN = """SIGN-IN
---------------------------------------------------------------------------
 Name                  | Designation            | Employer             | Signed
-----------------------+------------------------+----------------------+-------
 Gordon Blackmore      | Lead Clinical          | NHS Greater Glasgow  | GB
                       | Pharmacist             | and Clyde            |
 Dr Nikhil Anandan     | FY2 doctor             | NHS Greater Glasgow  | NA
                       |                        | and Clyde            |
 Dr Ewan Strachan      | ST4 Geriatric Medicine | NHS Greater Glasgow  | --
                       |                        | and Clyde            |
---------------------------------------------------------------------------
Note: Dr Strachan signed up but was bleeped to the admissions unit and did not come.
"""


def test_a_sign_in_sheet_drawn_with_bars_whose_cells_wrap(tmp_path: Path) -> None:
    raw = _read(tmp_path, "log.txt", SIGN_IN, DocumentKind.WORKSHOP)
    rows = [b.cells for b in raw.blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows[1] == (
        "Gordon Blackmore",
        "Lead Clinical Pharmacist",
        "NHS Greater Glasgow and Clyde",
        "GB",
    )
    found = {i.entry.name: i.entry.organisations for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found["Nikhil Anandan"] == ("NHS Greater Glasgow and Clyde",)


@pytest.mark.slow
def test_someone_named_by_surname_who_signed_up_but_did_not_come(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "log.txt", SIGN_IN, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Gordon Blackmore", "Nikhil Anandan"} <= came
    assert "Ewan Strachan" not in came


REPORT = """# Fuel poverty in Stoke-on-Trent: report of the task and finish group

## Membership of the group

| Member | Role on the group |
|---|---|
| Cllr Janet Holdsworth | Chair |
| Cllr Ravinder Sohan | Member |

## Terms of reference

The group met six times. It took evidence from residents and advice services.
"""


def test_a_reports_membership_table_names_its_makers(tmp_path: Path) -> None:
    raw = _read(tmp_path, "report.md", REPORT, DocumentKind.EVIDENCE)
    found = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {"Janet Holdsworth": Role.AUTHORS, "Ravinder Sohan": Role.AUTHORS}


WALK = """# Poster walk: arthritis network conference

Present: Dr Sunil Mistral (chair of the network).

*Thackray Museum of Medicine, Leeds. Notes typed up the same evening by Harriet Pennington
(Advanced Practice Physiotherapist, Leeds Community Healthcare NHS Trust) – corrections
welcome.*

There were eight of us on the walk, including Gemma Lund (Occupational Therapist, Leeds
Teaching Hospitals NHS Trust). The session was facilitated by Rona Pettigrew, Improvement
Advisor, NHS Tayside, with Dr Alasdair Nairne, Consultant Dermatologist, NHS Tayside.
"""


def test_a_byline_in_a_second_sentence(tmp_path: Path) -> None:
    raw = _read(tmp_path, "walk.md", WALK, DocumentKind.WORKSHOP)
    found = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found["Harriet Pennington"] == Role.AUTHORS  # notes' writer: took part


@pytest.mark.slow
def test_one_of_us_and_facilitated_by_a_with_b(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "walk.md", WALK, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Harriet Pennington", "Gemma Lund", "Rona Pettigrew", "Alasdair Nairne"} <= came
    assert "Sunil Mistral" in came  # listed: the prose is not read as a last resort


def test_a_bold_series_line_above_the_headline_is_no_title(tmp_path: Path) -> None:
    text = """**Medicines Q&A 2025/07 · Welsh Medicines Information Centre**

# Which tools help pharmacists review medicines for care home residents in Wales?

Several tools are used.
"""
    raw = _read(tmp_path, "qa.md", text, DocumentKind.EVIDENCE)
    assert raw.title.startswith("Which tools help pharmacists")


NOTES = """# Osteoarthritis in rural Ceredigion: focus group topline

## What we learned from the group

- Bus times, not pain, decide whether people get to physiotherapy.
- About 19% of the 212 people we asked had stopped exercising, and 31% never started.

## Results table

| Outcome | Group A | Group B |
|---|---|---|
| Course completed | 52 (90%) | 53 (72%) |
"""


@pytest.mark.slow
def test_figures_are_weaker_lessons_and_a_named_kind_of_arthritis(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "topline.md", NOTES, DocumentKind.WORKSHOP))
    strength = {
        e.name: e.props.get("strength") for e in claims.entities if e.label == Label.LEARNING
    }
    lesson = "Bus times, not pain, decide whether people get to physiotherapy."
    figures = "About 19% of the 212 people we asked had stopped exercising, and 31% never started."
    assert strength[lesson] > strength[figures]
    assert not any("Course completed" in s for s in strength)
    topics = {r.target[1] for r in claims.relations if r.rel == Rel.ADDRESSES}
    assert "arthritis" in topics


EQIA = """# Equality impact assessment: changes to community transport grants

| Lead officer[4] | Neville Aspin, Passenger Transport Manager, North Yorkshire Council |
|---|---|
| EqIA completed by[5] | Zainab Mirren, Equality Officer, North Yorkshire Council |

The council funds 23 groups. North Yorkshire Council consulted passengers in 2024.
"""

FORUM = """# Lupus forum: spring workshop

Lowri Tanant, our forum secretary, was poorly and sent her apologies. We had also hoped to
welcome Jayne Ackworth from LUPUS UK, but the trains let her down and she could not make the
trip. Alun Prothero, a paramedic, was on shift and could not swap. Ceri Madden was also listed
but did not arrive. 4 Joints: guest Alison Reeks (Versus Arthritis) had to cancel on the day.
Dr Kiran Bhatt (GP) and Morag Macleod (Community Pharmacist, NHS Tayside) pitched urine
testing. 3 Skin and sun: guest Dr Hamish Lennard, Consultant Dermatologist, NHS Lothian.
"""

STORY = """# Lupus takes years to diagnose, study finds

The results were analysed by Dr Heulwen Amory, Research Officer at Kidney Wales. Dr Stephen
Moorcroft, consultant rheumatologist at the Trust and a co-author, said the delay was long.
"""


def test_a_label_with_an_end_note_mark_and_a_form_code_banner(tmp_path: Path) -> None:
    raw = _read(tmp_path, "eqia.md", EQIA, DocumentKind.EVIDENCE)
    found = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found["Zainab Mirren"] == Role.AUTHORS
    banner = """DEPARTMENT FOR INFRASTRUCTURE - RURAL TRANSPORT FUND            FORM RTF/AR1
Community transport operator annual return 2024/25: Lough Erne Community Transport
==============================================================================

Return for the year 1 April 2024 to 31 March 2025.
"""
    from ingest.extract.titles import document_title

    raw = _read(tmp_path, "return.txt", banner, DocumentKind.EVIDENCE)
    title, _kind = document_title(raw, GAZ, Layout.of(raw).front)
    assert title.startswith("Community transport operator annual return 2024/25")


@pytest.mark.slow
def test_who_could_not_come_in_other_words_and_who_pitched(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "forum.md", FORUM, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Kiran Bhatt", "Morag Macleod", "Hamish Lennard"} <= came
    assert not came & {"Lowri Tanant", "Jayne Ackworth", "Alun Prothero", "Ceri Madden"}
    assert "Alison Reeks" not in came


@pytest.mark.slow
def test_who_analysed_the_results_a_co_author_and_a_councils_nation(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "story.md", STORY, DocumentKind.EVIDENCE))
    made = {r.source[1] for r in claims.relations if r.rel == Rel.AUTHORED}
    assert made == {"Heulwen Amory", "Stephen Moorcroft"}
    claims = extractor(_read(tmp_path, "eqia.md", EQIA, DocumentKind.EVIDENCE))
    assert "England" in {r.target[1] for r in claims.relations if r.rel == Rel.COVERS}


CONFERENCE = """# Multidisciplinary case conference: Mr K, weight loss and living alone

Attendees: Aoife Gallen (Community Dietitian), Dr Rory McErlean (GP).

Mr K has lost 9 kg in five months. Aoife Gallen assessed Mr K as at high risk of
malnutrition. Dr McErlean found no new medical cause, and his mental health is good.
"""


@pytest.mark.slow
def test_a_document_that_names_a_specific_topic_once_is_about_it(
    extractor: Any, tmp_path: Path
) -> None:
    """A topic with no narrower ones, named once in workshop notes or an evidence item, is
    their subject; a broad one (mental health, with narrower topics) named once is not."""
    for kind in (DocumentKind.WORKSHOP, DocumentKind.EVIDENCE):
        claims = extractor(_read(tmp_path, "conf.md", CONFERENCE, kind))
        topics = {r.target[1] for r in claims.relations if r.rel == Rel.ADDRESSES}
        assert "malnutrition" in topics and "mental health" not in topics, kind


SUMMED_UP = """WEBVTT

NOTE
Meeting: Warm Homes Borders - spring huddle

1
00:00:02.000 --> 00:00:06.000
<v Morag Cleland>Morning all, can everyone hear me?</v>

2
00:00:10.000 --> 00:00:20.000
<v Lachie Imrie>Referrals are up by about a third on last winter, mostly from the website.</v>

3
00:00:30.000 --> 00:00:40.000
<v Fenella Rutherfurd>More patients switch the heating off to keep oxygen going.</v>

4
00:00:50.000 --> 00:00:58.000
<v Lachie Imrie>We had two self-disconnections in the same close over the holiday weekend.</v>

5
00:10:00.000 --> 00:10:05.000
<v Morag Cleland>Let me try and pull together what we've learned today.</v>

6
00:10:06.000 --> 00:10:15.000
<v Morag Cleland>First, households on prepayment meters run out at weekends.</v>

7
00:10:16.000 --> 00:10:25.000
<v Morag Cleland>Second, a GP's two-line letter gets a grant through faster than anything else.</v>

8
00:10:26.000 --> 00:10:30.000
<v Morag Cleland>Actions then. Lachie will send the letter template round to every practice.</v>
"""


@pytest.mark.slow
def test_a_spoken_summary_of_what_was_learned_is_the_learning(
    extractor: Any, tmp_path: Path
) -> None:
    """A transcript with no learning heading: the turns after a speaker sums up what was
    learned are its lessons, stronger than any other turn; a question is none."""
    claims = extractor(_read(tmp_path, "huddle.txt", SUMMED_UP, DocumentKind.WORKSHOP))
    strength = {e.name: e.props["strength"] for e in claims.entities if e.label == Label.LEARNING}
    summed = [s for text, s in strength.items() if "prepayment" in text or "two-line" in text]
    others = [s for text, s in strength.items() if "self-disconnections" in text]
    assert len(summed) == 2 and others and min(summed) > max(others)
    assert not any(text.endswith("?") for text in strength)
    assert not any("template" in text for text in strength)  # an action, not a lesson
