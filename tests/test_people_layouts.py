"""Who took part, read from layouts the first corpora lacked: an inline "In the room:" list
that ends with people it does not name, a flipchart write-up's bold sheet labels and its
"Typed up by" line, apologies written in the margin of a list of who came, a Jira issue's
fields. Real files read by the readers; no model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Rel
from graph.reference.gazetteer import load_gazetteer
from graph.reference.names import clean_person
from ingest.extract.layout import Layout
from ingest.extract.people_blocks import people_in
from ingest.extract.people_lists import parse_people
from ingest.extract.sections import Role, role_of_heading
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind
from tests.test_layout import learned

GAZ = load_gazetteer()


def meanings(path: Path, kind: DocumentKind) -> dict[str, Role]:
    """Each person the document at `path` lists, and what its list means."""
    raw = read_document(path, path.parent, kind)
    return {item.entry.name: item.meaning for item in people_in(raw, GAZ, Layout.of(raw))}


def listed(path: Path) -> dict[str, str]:
    raw = read_document(path, path.parent, DocumentKind.WORKSHOP)
    return {item.entry.name: item.meaning.value for item in people_in(raw, GAZ, Layout.of(raw))}


def test_a_list_that_ends_with_people_it_does_not_name_still_names_the_others() -> None:
    line = (
        "Euan Laidlaw (Patient Flow Manager, NHS Borders), Katie Brydon (Senior Social "
        "Worker, Scottish Borders Council) and three Ward 7 staff nurses."
    )
    found = [(e.name, e.organisations) for e in parse_people(line, GAZ)]
    assert found == [
        ("Euan Laidlaw", ("NHS Borders",)),
        ("Katie Brydon", ("Scottish Borders Council",)),
    ]


FLIPCHART = """Flipchart write-up: domestic abuse in general practice
=======================================================

*Typed up by Aisha Karim (Advocate Educator, Harbour Support Services) from photos of the
five sheets. Session held on 21 January 2025 at Borough Road Surgery, Middlesbrough.*

**Sheet 1 — WHO'S HERE** (sticky notes with names)

- Dr Owen Raine — GP Partner, Borough Road Surgery
- Leanne Craggs — Practice Nurse, Borough Road Surgery

*In the margin:* "sent apologies — Dan Metcalfe (Cleveland Police)"

**Sheet 3 — WHAT WE KNOW NOW** (that we didn't in July)

- GPs asked about abuse more often once they knew who would pick up the referral.
"""


def test_a_flipchart_write_up_says_who_came_who_typed_it_and_who_sent_apologies(
    tmp_path: Path,
) -> None:
    path = tmp_path / "flipchart.md"
    path.write_text(FLIPCHART, "utf-8")
    raw = read_document(path)
    headings = [raw.text[b.start : b.end] for b in raw.blocks if b.kind is BlockKind.HEADING]
    assert headings == [  # bold sheet labels with an aside are siblings, not nested
        "Sheet 1 — WHO'S HERE (sticky notes with names)",
        "Sheet 3 — WHAT WE KNOW NOW (that we didn't in July)",
    ]
    assert len({b.level for b in raw.blocks if b.kind is BlockKind.HEADING}) == 1
    assert listed(path) == {
        "Aisha Karim": Role.AUTHORS.value,  # typed up the notes: took part
        "Owen Raine": Role.ATTENDANCE.value,
        "Leanne Craggs": Role.ATTENDANCE.value,
    }
    layout = Layout.of(raw)
    margin = next(i for i, b in enumerate(raw.blocks) if "Metcalfe" in layout.text(i))
    assert layout.role_at(margin) == Role.APOLOGIES


ISSUE = """<html><head><title>[FLOW-214] Retro: discharge before noon - Jira</title></head>
<body><main><h1>Retro: discharge before noon test of change</h1>
<dl><dt>Type:</dt><dd>Retrospective</dd>
<dt>Lessons learned:</dt><dd><ul>
<li>Starting the discharge letter the evening before moved most patients out before noon.</li>
</ul></dd><dt>Status:</dt><dd>Done</dd></dl>
<h2>Description</h2>
<p>In the room: Euan Laidlaw (Patient Flow Manager, NHS Borders, facilitating), Katie Brydon
(Senior Social Worker, Scottish Borders Council) and three Ward 7 staff nurses.</p>
</main></body></html>"""


def test_a_jira_issues_fields_and_description(tmp_path: Path) -> None:
    path = tmp_path / "issue.html"
    path.write_text(ISSUE, "utf-8")
    raw = read_document(path)
    kinds = [(b.kind, raw.text[b.start : b.end][:16]) for b in raw.blocks]
    at = kinds.index((BlockKind.HEADING, "Lessons learned"))  # the field heads its list
    assert kinds[at + 1] == (BlockKind.LIST_ITEM, "Starting the dis")
    assert listed(path) == {"Euan Laidlaw": "attendance", "Katie Brydon": "attendance"}


NOTES = """Patient flow forum: notes

Ms Aoibhinn Carlin presented the evaluation of the discharge pilot on wards 5A and 5B.
Dr Colm McAteer asked whether the gains would last once the extra hours ended.
The pilot followed guidance that Professor Jane Rudd set out in her 2019 paper.
"""


@pytest.mark.slow
def test_people_the_notes_say_spoke_took_part(extractor: Any, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert came == {"Aoibhinn Carlin", "Colm McAteer"}  # not the author they cited


THREAD = """From: Nerys Pritchard <nerys.pritchard@example.org>
Sent: Thursday, 13 March 2025 16:42
Subject: RE: Tuesday's continence huddle - notes

Hi all,

Thank you for coming on Tuesday (11 March) to the Education Centre. Ieuan's notes are below.

-----Original Message-----
From: Ieuan Davies <ieuan.davies@example.org>
Sent: Wednesday, 12 March 2025 09:15
Subject: RE: Tuesday's continence huddle - notes

> -----Original Message-----
> From: Nerys Pritchard
> Sent: Monday, 3 March 2025 11:02
>
> Actions from last time:
> 1. Ieuan to book the room for April.
"""


def test_an_email_threads_senders_wrote_it_and_its_quotes_are_read(tmp_path: Path) -> None:
    path = tmp_path / "thread.txt"
    path.write_text(THREAD, "utf-8")
    raw = read_document(path)
    assert "\n>" not in raw.text  # the quoted message is read as the message it quotes
    layout = Layout.of(raw)
    thanks = next(i for i, b in enumerate(raw.blocks) if layout.text(i).startswith("Thank you"))
    assert layout.role[thanks] == Role.PROSE  # a sentence, not an inline "Thanks" heading
    assert set(listed(path)) == {"Nerys Pritchard", "Ieuan Davies"}
    assert set(listed(path).values()) == {Role.AUTHORS.value}


PLANNED = """Designing an adult autism pathway together

The event was planned by Ffion Gwilym (Neurodevelopmental Service Lead, Powys Teaching Health
Board) and Sian Edwards (Powys County Council), who was unwell and could not come.
"""


@pytest.mark.slow
def test_a_topic_in_someones_role_is_theirs_not_their_neighbours(
    extractor: Any, tmp_path: Path
) -> None:
    path = tmp_path / "event.txt"
    path.write_text(PLANNED, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    interested = {r.source[1] for r in claims.relations if r.rel == Rel.INTERESTED_IN}
    assert "Ffion Gwilym" in interested and "Sian Edwards" not in interested


VISIT = """Study visit to Bronglais

What we saw

Owen Pryce of Rural Health and Care Wales showed us the training scheme on the wards.
Aled Vaughan of Rural Health and Care Wales joined us in the afternoon.
Dr Elin Rhys was to join us on rural health but was unable to travel.
Catrin Jones described how rural health teams share one on-call rota.
"""


@pytest.mark.slow
def test_a_topic_in_a_bodys_name_or_an_absence_is_no_ones_interest(
    extractor: Any, tmp_path: Path
) -> None:
    """A body's name ("Rural Health and Care Wales") says nothing on rural health; someone
    who could not come said nothing either."""
    path = tmp_path / "visit.txt"
    path.write_text(VISIT, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    interested = {r.source[1] for r in claims.relations if r.rel == Rel.INTERESTED_IN}
    assert interested == {"Catrin Jones"}


ROUND = """Screening champions morning

Great morning, thank you all! For the record, round the table were: Eamon Keys (pharmacist,
Keys Pharmacy, Lisnaskea), Orla Tracey (Cancer Focus Northern Ireland) and me. Niamh Carey
could not come. The leaflets were printed by Dara Quigley last year.

Our guest this week was Grainne Toal, Registered Manager of Ardmore House, who answered
questions on the screening bus.
"""


@pytest.mark.slow
def test_a_clause_leading_into_a_colon_says_who_took_part(extractor: Any, tmp_path: Path) -> None:
    """Attendance said in the middle of a paragraph, after a colon: those listed took part;
    someone named afterwards, outside the list, did not."""
    path = tmp_path / "chat.txt"
    path.write_text(ROUND, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Eamon Keys", "Orla Tracey", "Grainne Toal"} <= came
    assert not came & {"Niamh Carey", "Dara Quigley"}


TABLES = """Co-design day, Dundee

Dr Moira Kidd opened the day and explained the plan. The posters were printed by Calum Reid
last year.

- Table 1, appointment times: Lesley Whamond (Phototherapy Nurse, NHS Tayside) and Graeme
  Kidd (Appointments Administrator, NHS Tayside).
- Table 2, the waiting room: Shona Baird (Receptionist, NHS Tayside).
"""


@pytest.mark.slow
def test_people_set_out_table_by_table_took_part_beside_those_said_to_act(
    extractor: Any, tmp_path: Path
) -> None:
    """Notes whose phrasing says who acted ("opened the day") and with no list or label of who
    came: the people they set out as entries (table by table) took part too; someone a
    paragraph mentions in passing did not."""
    path = tmp_path / "day.txt"
    path.write_text(TABLES, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Moira Kidd", "Lesley Whamond", "Graeme Kidd", "Shona Baird"} <= came
    assert "Calum Reid" not in came


BIOS = """# Does pelvic floor training in community clinics help?

Most women said their leakage was much better after supervised training.

## About the authors

Iona Fairlie is a physiotherapist and lecturer at Glasgow Caledonian University. Jamie Nisbet
leads the continence service at NHS Lanarkshire. The study was funded by a charity.
"""


def test_about_the_authors_in_prose_names_its_authors(tmp_path: Path) -> None:
    path = tmp_path / "summary.md"
    path.write_text(BIOS, "utf-8")
    raw = read_document(path, tmp_path, DocumentKind.EVIDENCE)
    found = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {"Iona Fairlie": Role.AUTHORS, "Jamie Nisbet": Role.AUTHORS}


CARDS = """<html><head><title>Going home from hospital | Long read</title></head><body><main>
<h1>Going home from hospital in rural Wales</h1>
<div class="authors">
<div><img alt="Photo of Carwyn Bevan"><p><a href="/p/cb">Carwyn Bevan</a><br>Senior Fellow</p></div>
<div><img alt="Photo of Lowri Hopkins">
<p><a href="/p/lh">Dr Lowri Hopkins</a><br>Researcher</p></div>
</div>
<h2>Why Powys is different</h2><p>Powys has no district general hospital of its own.</p>
</main></body></html>"""


def test_author_cards_name_the_authors(tmp_path: Path) -> None:
    path = tmp_path / "long-read.html"
    path.write_text(CARDS, "utf-8")
    raw = read_document(path, tmp_path, DocumentKind.EVIDENCE)
    found = {i.entry.name: (i.meaning, i.front) for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {
        "Carwyn Bevan": (Role.PEOPLE, True),  # at the top of evidence: its authors
        "Lowri Hopkins": (Role.PEOPLE, True),
    }


EVENT = """<html><head><title>Sickle cell learning event | Network</title></head><body><main>
<h1>Sickle cell crisis in the emergency department: learning event</h1>
<div class="tabs" role="tablist">
  <button role="tab" aria-controls="tab-speakers">Speakers</button>
  <button role="tab" aria-controls="tab-learning">What we learned</button>
</div>
<div id="tab-speakers" role="tabpanel">
  <details><summary>Dr Hannah Pike</summary><p>Consultant Haematologist. Hannah chaired.</p>
  </details>
  <details><summary>Dr Marcus Bello</summary><p>Marcus sent apologies on the day.</p></details>
</div>
<div id="tab-learning" role="tabpanel" hidden>
  <details open><summary>Pain relief within 30 minutes</summary>
  <p>Patients who carried a one-page care plan got pain relief much sooner.</p></details>
  <details><summary>Questions from the room</summary>
  <p>Could paramedics give the first dose before arrival?</p></details>
</div></main></body></html>"""


def test_tabs_and_accordions_are_parts_headed_by_their_labels(tmp_path: Path) -> None:
    path = tmp_path / "event.html"
    path.write_text(EVENT, "utf-8")
    raw = read_document(path, tmp_path, DocumentKind.WORKSHOP)
    heads = [
        (b.level, raw.text[b.start : b.end]) for b in raw.blocks if b.kind is BlockKind.HEADING
    ]
    assert heads == [
        (2, "Speakers"),
        (3, "Dr Hannah Pike"),
        (3, "Dr Marcus Bello"),
        (2, "What we learned"),
        (3, "Pain relief within 30 minutes"),
        (3, "Questions from the room"),
    ]
    assert listed(path) == {"Hannah Pike": "attendance", "Marcus Bello": "apologies"}
    assert learned(raw) == [
        "Patients who carried a one-page care plan got pain relief much sooner."
    ]


def test_a_records_two_columns_are_keys_and_values_and_a_type_line_says_who_led(
    tmp_path: Path,
) -> None:
    path = tmp_path / "registry.txt"
    path.write_text(
        "Walking football for men with prostate cancer\n\n"
        "Contact information\n\n"
        "Type(s)               Principal Investigator\n"
        "Contact name          Dr Ann Example\n"
        "Contact details       School of Health Sciences, Ulster University,\n"
        "                      Coleraine, United Kingdom\n\n"
        "Type(s)               Public\n"
        "Contact name          Mr Tom Sample\n"
        "Contact details       Trial Manager, Belfast\n",
        "utf-8",
    )
    raw = read_document(path, path.parent, DocumentKind.EVIDENCE)
    texts = [raw.text[b.start : b.end] for b in raw.blocks if b.kind == BlockKind.METADATA]
    assert (
        "Contact details: School of Health Sciences, Ulster University, Coleraine, "
        "United Kingdom" in texts
    )  # a value's wrapped line joins it
    found = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {"Ann Example": Role.AUTHORS, "Tom Sample": Role.CONTACTS}


def test_a_byline_names_each_person_joined_by_with(tmp_path: Path) -> None:
    path = tmp_path / "survey.md"
    path.write_text(
        "# Gambling and health: our 2025 survey\n\n"
        "> Analysis by Ann Example (Research Officer, Dunlewey Addiction Services) with "
        "Dr Bo Sample (Lecturer, Ulster University).\n\n"
        "## Who responded\n\n612 adults in Northern Ireland answered the survey.\n",
        "utf-8",
    )
    found = meanings(path, DocumentKind.EVIDENCE)
    assert found == {"Ann Example": Role.AUTHORS, "Bo Sample": Role.AUTHORS}
    page = tmp_path / "brief.txt"
    page.write_text(
        "Health and care for people seeking sanctuary\n\n"
        "Written by Dr Cara Example, Research Analyst at SCIE, with Dai Sample, Policy and "
        "Participation Officer at Displaced People in Action, Cardiff.\n\n"
        "What does the research say?\n\nWe looked at 23 studies published since 2015.\n",
        "utf-8",
    )
    found = meanings(page, DocumentKind.EVIDENCE)
    assert found == {"Cara Example": Role.AUTHORS, "Dai Sample": Role.AUTHORS}
    post = tmp_path / "post.html"  # a blog post signs off at its foot
    post.write_text(
        "<html><body><h1>Sleep and shift work: notes from our reading group</h1>"
        "<p>Eight of us met in the library on Thursday.</p><h2>What we took away</h2>"
        "<ul><li>Naps before a night shift helped most of us.</li></ul>"
        "<h2>Next month</h2><ul><li>Book the upstairs room.</li></ul>"
        "<p>Posted by Ann Example, Librarian, Libraries NI · 9 May 2025</p></body></html>",
        "utf-8",
    )
    found = meanings(post, DocumentKind.WORKSHOP)
    assert found == {"Ann Example": Role.AUTHORS}


CALL_NOTES = """GAMBLING HARMS SPECIAL INTEREST GROUP
Call notes #4, Wednesday 9 April 2025 (Zoom, hosted from Leeds)

Convenors ....... Ann Example (Public Health Registrar, Leeds City Council)
                  Bo Sample (Peer Researcher, GamCare)

On the call (9):
  Dr Cara Example · consultant psychiatrist, NHS Northern Gambling Service
  Dai Sample · money adviser, Citizens Advice Leeds

Sent regrets: Eve Example (Betknowmore UK), who will share her slides by e-mail.

WHAT WE'RE CARRYING FORWARD
  -> Asking about gambling alongside debt feels normal to people.
"""


def test_call_notes_convenors_on_the_call_and_regrets(tmp_path: Path) -> None:
    path = tmp_path / "call.txt"
    path.write_text(CALL_NOTES, "utf-8")
    raw = read_document(path, path.parent, DocumentKind.WORKSHOP)
    found = {i.entry.name: i.meaning.value for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {
        "Ann Example": "attendance",  # dot leaders: "Convenors: …", the next line its value
        "Bo Sample": "attendance",
        "Cara Example": "attendance",  # "Name · role, organisation"
        "Dai Sample": "attendance",
        "Eve Example": "apologies",
    }
    assert learned(raw) == ["Asking about gambling alongside debt feels normal to people."]


def test_a_labelled_rows_semicolon_list_names_each_person(tmp_path: Path) -> None:
    path = tmp_path / "session.html"
    path.write_text(
        "<html><body><h1>Listening session: health visiting for families seeking asylum</h1>"
        "<table><tr><th>Date</th><td>14 May 2025</td></tr>"
        "<tr><th>Present</th><td>Ann Example, Health Visitor, Belfast Health and Social Care "
        "Trust; Bo Sample, Community Interpreter, Northern Ireland Health and Social Care "
        "Interpreting Service; Cara Example, Project Worker, Barnardo's Northern Ireland; five "
        "parents (first names changed)</td></tr></table><p>Q: Thank you for coming.</p>"
        "</body></html>",
        "utf-8",
    )
    raw = read_document(path, path.parent, DocumentKind.WORKSHOP)
    found = {i.entry.name: i.meaning.value for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {
        "Ann Example": "attendance",
        "Bo Sample": "attendance",
        "Cara Example": "attendance",
    }


DIGEST = """Weekly digest for you: Regional Eating Disorders Network

TOP POSTS

Dr Ann Example  (Consultant Psychiatrist, Belfast Health and Social Care Trust)
Wed 18 June 09:12
  Three lessons from Tuesday's huddle at Craigavon Area Hospital, for anyone who
  couldn't make it:
  1) Young people did better when the ward had a named link nurse.
  2) A phone call in the first week after discharge helped families most.

Bo Sample  (Clinical Nurse Specialist, Western Health and Social Care Trust)
Mon 16 June 17:55
  Sorry to miss Tuesday's huddle, I'm on leave. Could someone share the notes?
"""


def test_a_digests_posters_took_part_and_an_announced_list_is_learning(tmp_path: Path) -> None:
    path = tmp_path / "digest.txt"
    path.write_text(DIGEST, "utf-8")
    raw = read_document(path, path.parent, DocumentKind.WORKSHOP)
    from ingest.extract.turns import speakers

    posted = {entry.name: entry.role for _turn, entry in speakers(raw, GAZ)}
    assert posted == {"Ann Example": "Consultant Psychiatrist"}  # a post's poster took part
    found = {i.entry.name: i.meaning.value for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {"Bo Sample": "apologies"}  # "Sorry to miss …"
    assert learned(raw) == [
        "Young people did better when the ward had a named link nurse.",
        "A phone call in the first week after discharge helped families most.",
    ]


INVITE = """Subject: Trauma-informed practice - reflective session
When: Wednesday 17 September 2025 14:00-16:00
Where: Seminar Room 2, Antrim Area Hospital
Organizer: Example, Ann <ann.example@example.org>

Required Attendees: Sample, Bo <bo.sample@example.org>; Example, Cara <cara.example@example.org>

NOTES ADDED AFTER THE SESSION

Who actually came: Bo Sample (ED consultant), Dai Example (PSNI custody liaison) for the first
hour, and me. Cara Example is on leave.
"""


def test_an_invitation_is_not_attendance_and_who_came_is(tmp_path: Path) -> None:
    path = tmp_path / "invite.txt"
    path.write_text(INVITE, "utf-8")
    raw = read_document(path, path.parent, DocumentKind.WORKSHOP)
    found = {i.entry.name: i.meaning.value for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {
        "Ann Example": "attendance",
        "Bo Sample": "attendance",
        "Dai Example": "attendance",
    }


def test_a_definition_list_of_names_and_roles_is_who_came(tmp_path: Path) -> None:
    path = tmp_path / "log.html"
    path.write_text(
        "<html><body><h1>Healthy Families pathway: lessons log</h1><h2>At the workshop</h2>"
        "<dl><dt>Ann Example</dt><dd>Project Manager, Sunderland City Council</dd>"
        "<dt>Yusra Sample</dt><dd>Health Visitor, Together for Children</dd></dl>"
        "<h2>Next steps</h2><dl><dt>Review Date</dt><dd>March 2026</dd></dl></body></html>",
        "utf-8",
    )
    raw = read_document(path, path.parent, DocumentKind.WORKSHOP)
    found = {i.entry.name: i.meaning.value for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {"Ann Example": "attendance", "Yusra Sample": "attendance"}


def test_first_names_in_a_list_are_no_person() -> None:
    names = [
        e.name
        for e in parse_people(
            "Priya, Tom and three members who asked not to be named in notes", GAZ
        )
    ]
    assert names == []  # never "Tom Priya"
    assert [e.name for e in parse_people("Murray, Aileen", GAZ)] == ["Aileen Murray"]


def test_a_page_owner_and_a_signed_by_table_are_authors(tmp_path: Path) -> None:
    path = tmp_path / "response.txt"
    path.write_text(
        "Consultation response: rural GP training\n\n"
        "We welcome the consultation and set out our views below.\n\n"
        "This response is signed by:\n\n"
        "Dr Ann Example\tChair, RCGP Wales\n"
        "Dr Bo Sample\tVice Chair, RCGP Wales\n\n"
        "Page owner: Cara Example, Policy Officer\n",
        "utf-8",
    )
    raw = read_document(path, path.parent, DocumentKind.EVIDENCE)
    found = {i.entry.name: i.meaning.value for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {"Ann Example": "authors", "Bo Sample": "authors", "Cara Example": "authors"}


PREPRINT = """<html><body>
<p>This article is a preprint and has not been certified by peer review.</p>
<h1>Reading age of outpatient letters in Tayside: a cross-sectional study</h1>
<p>Morven Ure<sup>1</sup>, Kiran Dhillon<sup>2</sup>, Fraser Moodie<sup>1,2</sup></p>
<ol><li><sup>1</sup> School of Medicine, University of Dundee, Dundee, UK</li>
<li><sup>2</sup> NHS Tayside, Dundee, UK</li></ol>
<p>doi: https://doi.org/10.1101/2025.01.01.00000001 · Posted May 12, 2025</p>
<h2>Abstract</h2><p>Letters were written for a reading age of sixteen.</p>
</body></html>"""


def test_an_author_line_whose_marks_the_notes_resolve_names_the_authors(tmp_path: Path) -> None:
    """A title page's author line with superscript marks over its affiliation notes and a doi
    line: the authors, with the organisations their marks point to, and no mark in a name."""
    path = tmp_path / "preprint.html"
    path.write_text(PREPRINT, "utf-8")
    assert set(listed(path)) == {"Morven Ure", "Kiran Dhillon", "Fraser Moodie"}
    assert clean_person("Kiran Dhillon²") == "Kiran Dhillon"


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Who walked", Role.ATTENDANCE),
        ("Who drew the map", Role.ATTENDANCE),
        ("Co-facilitator", Role.ATTENDANCE),
        ("Scribe", Role.ATTENDANCE),
        ("Report owner", Role.AUTHORS),
        ("Who helped", None),
        ("Who funded it", None),
        ("This week's big ideas (compiled by the moderators)", Role.LEARNING),
        ("One thing your room learned", Role.LEARNING),
        ("Ideas for next time", None),
        ("stuff we figured out 💡", Role.LEARNING),
        ("3. General points for all leaflet writers", Role.LEARNING),
        ("Trainers", Role.ATTENDANCE),
        ("Guest speaker", Role.ATTENDANCE),
    ],
)
def test_headings_saying_who_took_part_wrote_or_learned_in_other_words(
    heading: str, role: Role
) -> None:
    assert role_of_heading(heading) == role


CHARTER = """# Clean hands on Ward 12: project charter

Agreed at the kick-off workshop, Royal Stoke University Hospital, 3 June 2025.

## Problem statement

Ward 12 had the lowest hand hygiene audit score in the trust for three quarters.

## Team

| Name | Role | Organisation |
| --- | --- | --- |
| Lena Hartley | Ward Manager | University Hospitals of North Midlands NHS Trust |
| Joe Wragg | Patient partner | Healthwatch Stoke-on-Trent |
| Ellen Crewe | Nursing Officer | Public Health Agency (no - could not attend) |

Not at the kick-off: Dr Amir Saleh, who was covering the ward.
"""


@pytest.mark.slow
def test_a_people_table_in_workshop_notes_is_who_took_part(extractor: Any, tmp_path: Path) -> None:
    path = tmp_path / "charter.md"
    path.write_text(CHARTER, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Lena Hartley", "Joe Wragg"} <= came and not {"Amir Saleh", "Ellen Crewe"} & came


FIELDS = """NORTH COAST FALLS GROUP - SCENARIO DAY
Held: Tuesday 3 June 2025, 10:00-13:00
Co-debriefer: Eilis Magowan, Clinical Skills Educator, Northern Health and Social Care Trust
Timekeeper: Ronan Kerr (Physiotherapist, Causeway Hospital)
Discussant: Dr Orla Meehan, GP, Dunluce Surgery (unable to attend on the day)
To: Falls leads; Dr Aisling Devlin
Table 2: Brid Hegarty (Podiatrist, Northern Health and Social Care Trust); Sean Lagan (carer)

Our speakers were Dr Maura Quinn, Consultant Geriatrician at Causeway Hospital, who showed
us the falls audit, and Declan Moody, Falls Coordinator at Northern Health and Social Care
Trust, who brought the new leaflet. We also read work by Aine Crossan about hip protectors.
"""


@pytest.mark.slow
def test_labels_no_vocabulary_knows_over_people_and_a_led_in_list_say_who_took_part(
    extractor: Any, tmp_path: Path
) -> None:
    """A workshop's "Label: person" lines whose label names a part no list knows
    ("Co-debriefer", "Timekeeper", "Table 2") list who took part; whom it went to ("To:")
    does not, nor someone the line says could not come. A lead-in clause ("Our speakers
    were …") covers every name of its list, not only the first; a name outside the list
    ("work by …") is not taken in."""
    path = tmp_path / "scenario.txt"
    path.write_text(FIELDS, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Eilis Magowan", "Ronan Kerr", "Brid Hegarty", "Sean Lagan"} <= came
    assert {"Maura Quinn", "Declan Moody"} <= came
    assert not came & {"Aisling Devlin", "Aine Crossan", "Orla Meehan"}
    parts = {r.source[1]: r.props.get("role") for r in claims.relations if r.rel == Rel.ATTENDED}
    assert parts["Maura Quinn"] == parts["Declan Moody"] == "speaker"  # as the lead-in says


SUBMISSION = """Written evidence submitted by Dr Nia Ellery and Tomas Brannigan (ABC0012)

Committee inquiry: preventing strokes

Analysis: Dr Freya Laidlaw, Health Economist, Ulster University, with Cathal Breslin, Lead
Pharmacist, Western Health and Social Care Trust.

| | |
|---|---|
| Service visited | Discharge Lounge, Altnagelvin Area Hospital |
| Supported by | Ewart Fairholm, Tenant Participation Officer, Apex Housing Association |

We looked at the discharge lounge on three days.
"""


def test_who_made_an_evidence_item_under_labels_and_bylines_no_list_knows(tmp_path: Path) -> None:
    """A title that says who submitted it, an "Analysis:" line joining two people with "with",
    and a key-value table's "Supported by" row name the people behind the report; a row
    naming a place the text also writes in lower case ("the discharge lounge") names no one."""
    path = tmp_path / "submission.md"
    path.write_text(SUBMISSION, "utf-8")
    raw = read_document(path, tmp_path, DocumentKind.EVIDENCE)
    found = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {
        "Nia Ellery": Role.AUTHORS,
        "Tomas Brannigan": Role.AUTHORS,
        "Freya Laidlaw": Role.AUTHORS,
        "Cathal Breslin": Role.AUTHORS,
        "Ewart Fairholm": Role.PEOPLE,
    }


BULLETIN = """Medicines Notes · Issue 3 · Spring 2025

For prescribers in primary care. Published by the Medicines Team.

## MEDICINES NOTES · ISSUE 3 · SPRING 2025

## Deprescribing in care homes: what the audit found

Written by Orlaith Devine, Prescribing Adviser, Western Health and Social Care Trust, and
Ciaran Mallon, Pharmacist, Southern Health and Social Care Trust.

Key messages. Four in ten residents on ten or more medicines had a review.

## The audit

Forty homes took part.
"""


def test_a_byline_under_a_title_below_a_masthead_names_the_authors(tmp_path: Path) -> None:
    """The top of a bulletin runs on past its masthead to the article's title and the byline
    under it, and is read for people even when the title's words ("what the audit found")
    make its section one of findings."""
    path = tmp_path / "bulletin.md"
    path.write_text(BULLETIN, "utf-8")
    raw = read_document(path, tmp_path, DocumentKind.EVIDENCE)
    found = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {"Orlaith Devine": Role.AUTHORS, "Ciaran Mallon": Role.AUTHORS}


TEAM = """# PDSA cycle record: falls huddle cards

## Project team

| Name | Role | Organisation | At study meeting |
|---|---|---|---|
| Brona Tierney | Ward Sister (project lead) | Western Health and Social Care Trust | Yes |
| Declan Moran | Physiotherapist | Western Health and Social Care Trust | No - on leave |

## Speaker biographies

Gwyneira Price is a falls nurse at Hywel Dda University Health Board.

Hefin Morse is a pharmacist at Hywel Dda University Health Board.

Note: Hefin Morse is no longer able to speak on the day; Gwyneira Price will cover his session.
"""


@pytest.mark.slow
def test_a_presence_column_and_speaker_bios_say_who_came_and_absence_wins(
    extractor: Any, tmp_path: Path
) -> None:
    """A team table's "At study meeting" column says who was there ("Yes") and who was not,
    whatever its heading; speaker biographies name the speakers; someone any sentence says
    could not come did not attend, though a list names them."""
    path = tmp_path / "pdsa.md"
    path.write_text(TEAM, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert came == {"Brona Tierney", "Gwyneira Price"}


RELEASE = """Ward companions cut loneliness on older people's wards

Analysis: Ffion Gethin (Data Analyst, Swansea Bay University Health Board). Last run 6 May 2025.

A year-long study found patients with a ward companion felt less lonely.

Dr Lowri Vaughan, Senior Lecturer at Swansea University, who led the study, said: "A daily
conversation made a real difference." Health minister Rhys Pennant said the findings were
welcome.
"""


@pytest.mark.slow
def test_an_evidence_items_prose_says_who_led_the_work(extractor: Any, tmp_path: Path) -> None:
    """Someone an evidence item says led the study is one of the people behind it; someone
    who only comments on it is not. A label's people end at the sentence after a bracket."""
    path = tmp_path / "release.txt"
    path.write_text(RELEASE, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.EVIDENCE))
    wrote = {r.source[1] for r in claims.relations if r.rel == Rel.AUTHORED}
    assert wrote == {"Lowri Vaughan", "Ffion Gethin"}


EXPORT = """Attendee Summary Report
Event: Carers' learning afternoon

Order #     Name              Organisation                              Checked in
----------  ----------------  ----------------------------------------  ----------
8830112201  Roisin Devlin     Western Health and Social Care Trust      Yes
8830112204  Cathal Doherty    Derry City and Strabane District Council  No
"""

CARD = """What a year of ward companions taught us

Morag Lennie Volunteer Services Manager at NHS Fife | Helping people give time | 812 followers

We trained twenty volunteers. This issue's expert is Dr Iain Buchan, a geriatrician, who
answers readers' questions.
"""


@pytest.mark.slow
def test_a_fixed_width_export_and_an_author_card_say_who_came_and_who_wrote(
    extractor: Any, tmp_path: Path
) -> None:
    """A text report's fixed-width table (a header over a rule of dash groups) is read as a
    table, its "Checked in" column saying who came; an article's author card (a name run into
    "Role at Organisation") and a lead-in naming its expert say who wrote it."""
    path = tmp_path / "export.txt"
    path.write_text(EXPORT, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    assert {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED} == {"Roisin Devlin"}
    path = tmp_path / "article.txt"
    path.write_text(CARD, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.EVIDENCE))
    wrote = {r.source[1] for r in claims.relations if r.rel == Rel.AUTHORED}
    assert wrote == {"Morag Lennie", "Iain Buchan"}


OCT = """Outbreak of flu in two care homes in Conwy: report of the Outbreak Control Team

## 1. Outbreak Control Team

| Name | Role | Organisation |
|---|---|---|
| Dr Carys Meredydd | Consultant in Health Protection (Chair) | Public Health Wales |
| Gareth Pennar | Environmental Health Officer | Conwy County Borough Council |

## 2. What happened

Report authors. Professor Siân Idris, Audit Lead, Bangor University; Tomos Rees, Nurse
Consultant, Betsi Cadwaladr University Health Board.
"""

POST = """Conversation - IPC Link Practitioners Network

Bethan Carrog IPC Nurse Specialist · NHS Highland Jun 4, 2025, 8:41 AM

Notes from yesterday's link practitioner session. Thanks all who came.
"""


def test_the_team_a_title_names_a_run_in_label_and_a_posts_card_name_people(
    tmp_path: Path,
) -> None:
    """A report's people table under a heading naming the team its title says made it is
    who wrote it; a run-in label ("Report authors.") lists its people; a post's card (a name
    run into "Role · Organisation" and the date) names who posted it."""
    path = tmp_path / "oct.md"
    path.write_text(OCT, "utf-8")
    raw = read_document(path, tmp_path, DocumentKind.EVIDENCE)
    found = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == dict.fromkeys(
        ["Carys Meredydd", "Gareth Pennar", "Siân Idris", "Tomos Rees"], Role.AUTHORS
    )
    path = tmp_path / "post.txt"
    path.write_text(POST, "utf-8")
    raw = read_document(path, tmp_path, DocumentKind.WORKSHOP)
    found = {
        i.entry.name: (i.meaning, i.entry.organisations)
        for i in people_in(raw, GAZ, Layout.of(raw))
    }
    assert found == {"Bethan Carrog": (Role.AUTHORS, ("NHS Highland",))}


BLOG = """A week in the life of our pain clinic

Thursday was the best day. Owain Pughe from the pain team was with us all morning, and
Gethin Morgan brought his walking group along. As Jo Bell (2019) found, groups help. Mari
Tudur could not come because of the snow.
"""


@pytest.mark.slow
def test_notes_that_link_no_one_otherwise_name_who_took_part_in_their_prose(
    extractor: Any, tmp_path: Path
) -> None:
    """Notes with no list, label or phrasing saying who came: the people their prose names in
    full took part, not someone it cites nor someone it says could not come."""
    path = tmp_path / "blog.txt"
    path.write_text(BLOG, "utf-8")
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert came == {"Owain Pughe", "Gethin Morgan"}


def test_an_e_mail_header_set_as_a_table_names_its_sender(tmp_path: Path) -> None:
    """A mail client's page: the header as a table ("From | Surname Given (Org) <address>"),
    the sender named in the order the address gives, as who wrote the recap."""
    path = tmp_path / "recap.html"
    path.write_text(
        "<html><body><h1>Recap - falls huddle</h1><table>"
        "<tr><td>From</td><td>Example Annwen (BCUHB) &lt;annwen.example@example.org&gt;</td></tr>"
        "<tr><td>To</td><td>Falls Team</td></tr><tr><td>Date</td><td>Thu 15/05/2025</td></tr>"
        "</table><p>Hi all, thanks for coming today.</p></body></html>",
        "utf-8",
    )
    found = meanings(path, DocumentKind.WORKSHOP)
    assert found == {"Annwen Example": Role.AUTHORS}


def test_an_author_line_with_superscripts_over_an_ordered_list_of_affiliations(
    tmp_path: Path,
) -> None:
    """A journal's page: "Ann Example¹, Dr Bo Sample²" (a <details> summary) over an <ol> of
    affiliations (the
    numbers are the list's), then "Cite this article", whose reference is no list of people."""
    path = tmp_path / "article.html"
    path.write_text(
        "<html><body><p>Research article · Open access</p>"
        "<h1>Reablement on the day of discharge in Wales: a mixed-methods study</h1>"
        "<details open><summary>Ann Example<sup>1</sup>, Dr Bo Sample<sup>2</sup>, Prof Cy "
        "Example<sup>1</sup>, Di Sample<sup>3</sup></summary>"
        "<ol><li>School of Health Sciences, Bangor University, Bangor, Wales</li><li>Department "
        "of Medicine for the Elderly, Betsi Cadwaladr University Health Board, Bangor</li>"
        "<li>Social Work Research, Queen's University Belfast</li></ol>"
        "<p>Correspondence: Ann Example, School of Health Sciences, Bangor University</p>"
        "</details>"
        "<h2>Cite this article</h2><p>Example A, Sample B. Reablement on the day of discharge "
        "in Wales. Age Ageing. 2024;53:afae101.</p>"
        "<h2>Abstract</h2><p>We studied 400 people leaving hospital.</p></body></html>",
        "utf-8",
    )
    found = meanings(path, DocumentKind.EVIDENCE)
    assert {found[n] for n in ("Ann Example", "Bo Sample", "Cy Example", "Di Sample")} == {
        Role.AUTHORS  # names marked with their affiliations' notes
    }
    assert not [name for name in found if "Reablement" in name]
