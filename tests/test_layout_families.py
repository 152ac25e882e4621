"""Layouts of the dev14 and dev15 corpora's families, on invented people: a sign-in sheet typed
in columns whose cells wrap, a membership table with an "Attended" column under a qualified
header ("Nominated representative"), a reference exported as RIS, a wiki page's @mentions, a
web article's credits in its own footer, a key-value row "Project team present", professional
post-nominals and a role that opens with the letters of one ("MS Nurse Specialist"), a
paragraph that opens by saying who was missed, a day "chaired by" and "facilitated by", and a
survey open to the whole UK that lists its respondents by nation. Real files read by the
readers; the tests that need the model are marked slow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label, Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.layout import Layout
from ingest.extract.listed import parse_lenient
from ingest.extract.people_blocks import people_in
from ingest.extract.sections import Role
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind

GAZ = load_gazetteer()


def _read(tmp_path: Path, name: str, text: str, kind: DocumentKind) -> Any:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_document(path, tmp_path, kind)


def _listed(raw: Any) -> dict[str, Role]:
    return {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}


SIGN_IN = """Respiratory Education Team - TRAINING SESSION LOG

Trainer ...... Carys Pennant RN, Respiratory Nurse Specialist
Co-trainer ... Owain Trefor-Williams MCSP, Respiratory Physiotherapist

 #  Name                 Job title                       Base
 1  Meleri Rhosier       Healthcare Support Worker       Ward 7, Morriston Hospital,
                                                         Swansea Bay University Health
                                                         Board
 2  Sanjeev Mistral      Pharmacist Prescriber,          Swansea Bay University Health
                         Respiratory                     Board

 DNA: Nia Trevelyan, Staff Nurse - the ward could not release her.
"""


def test_a_sign_in_sheet_typed_in_columns_whose_cells_wrap(tmp_path: Path) -> None:
    raw = _read(tmp_path, "log.txt", SIGN_IN, DocumentKind.WORKSHOP)
    rows = [b.cells for b in raw.blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows == [
        ("#", "Name", "Job title", "Base"),
        ("1", "Meleri Rhosier", "Healthcare Support Worker",
         "Ward 7, Morriston Hospital, Swansea Bay University Health Board"),
        ("2", "Sanjeev Mistral", "Pharmacist Prescriber, Respiratory",
         "Swansea Bay University Health Board"),
    ]  # fmt: skip
    found = _listed(raw)
    assert {"Meleri Rhosier", "Sanjeev Mistral", "Owain Trefor-Williams"} <= found.keys()
    assert found["Owain Trefor-Williams"] != Role.APOLOGIES


MEMBERS = """# Multiple Sclerosis Network: minutes

## Membership and quorum

| Member organisation | Nominated representative | Attended | Counts to quorum |
|---|---|---|---|
| Belfast Health and Social Care Trust | Dr Orla Kernan, Neurologist (Chair) | Yes | Yes |
| South Eastern Health and Social Care Trust | Ciara Fegarty, MS Nurse Specialist | Yes | Yes |
| Northern Health and Social Care Trust | Declan Ardmore, Physiotherapist | No – apologies | No |
| Southern Health and Social Care Trust | Post vacant | – | – |
| MS Society Northern Ireland | Aidan Corscaddy, Services Manager | Yes | Yes |
| Western Health and Social Care Trust | Post vacant | – | – |
"""


def test_a_membership_table_with_an_attended_column_says_who_came(tmp_path: Path) -> None:
    found = _listed(_read(tmp_path, "minutes.md", MEMBERS, DocumentKind.WORKSHOP))
    assert found == {
        "Orla Kernan": Role.ATTENDANCE,
        "Ciara Fegarty": Role.ATTENDANCE,
        "Declan Ardmore": Role.APOLOGIES,
        "Aidan Corscaddy": Role.ATTENDANCE,
    }


RIS = """TY  - RPRT
AU  - Laverty, Niamh
AU  - Blainey, Ciarán
AD  - School of Nursing and Midwifery, Queen's University Belfast
AD  - Belfast Health and Social Care Trust
TI  - Waiting for an adult ADHD assessment in Northern Ireland: a mixed-methods
      study
PY  - 2025
PB  - Queen's University Belfast
AB  - Background: adults in Northern Ireland wait years for an assessment.
KW  - waiting lists
ER  -
"""


def test_a_reference_exported_as_ris_is_read_as_its_record(tmp_path: Path) -> None:
    raw = _read(tmp_path, "ref.txt", RIS, DocumentKind.EVIDENCE)
    assert raw.title == (
        "Waiting for an adult ADHD assessment in Northern Ireland: a mixed-methods study"
    )
    texts = [raw.text[b.start : b.end] for b in raw.blocks]
    assert "Year: 2025" in texts and "Publisher: Queen's University Belfast" in texts
    found = {i.entry.name: (i.meaning, i.entry.organisations) for i in
             people_in(raw, GAZ, Layout.of(raw))}  # fmt: skip
    assert found["Niamh Laverty"][0] == Role.AUTHORS
    assert found["Ciarán Blainey"] == (Role.AUTHORS, ("Belfast Health and Social Care Trust",))


def test_mentions_on_a_wiki_page_are_the_people_named(tmp_path: Path) -> None:
    page = """# ADHD learning session, Glasgow

Attendees: @Fiona Galbreath @Ruaridh Dunmore @Kenzie Baillieston

- @Fiona Galbreath — Team Lead, NHS Greater Glasgow and Clyde (facilitating)
- @Ruaridh Dunmore — Practice Pharmacist, NHS Greater Glasgow and Clyde

Mail fiona.galbreath@example.org with comments.
"""
    raw = _read(tmp_path, "notion.md", page, DocumentKind.WORKSHOP)
    assert "Attendees: Fiona Galbreath, Ruaridh Dunmore, Kenzie Baillieston" in raw.text
    assert "fiona.galbreath@example.org" in raw.text
    assert {"Fiona Galbreath", "Ruaridh Dunmore"} <= _listed(raw).keys()


def test_a_key_value_row_of_the_team_present_and_post_nominals(tmp_path: Path) -> None:
    notes = """# Critical friends review

| Project lead | Caoimhe Nugenty, Pharmacist Partner, Whiterock Pharmacy |
|---|---|
| Project team present | Lorraine Mulhern, Pharmacist, Community Pharmacy NI; Dr Tiernan Quigg, GP |
"""
    found = _listed(_read(tmp_path, "review.md", notes, DocumentKind.WORKSHOP))
    assert found["Lorraine Mulhern"] == found["Tiernan Quigg"] == Role.ATTENDANCE
    assert [(e.name, e.role) for e in parse_lenient("Ciara Fegarty, MS Nurse Specialist", GAZ)] == [
        ("Ciara Fegarty", "MS Nurse Specialist")
    ]
    assert [e.name for e in parse_lenient("Owain Trefor-Williams MCSP, Physiotherapist", GAZ)] == [
        "Owain Trefor-Williams"
    ]


AWAY_DAY = """# Respiratory Partnership Board: away day notes

The day was chaired by Dr Ruairi McVey, Consultant Respiratory Physician, and facilitated by
Orla Quinlan-Hart, Improvement Advisor, who wrote these notes.

## Who was there

Table A had Bronagh Mallin, Respiratory Nurse Specialist, and Dr Padraig Roone, GP.

We missed two people. Dr Kieran Raftery was covering the acute unit. Morag Sandie, who was
to tell us about Lothian's programme, could not travel when her flight was cancelled.
"""

CREDITS = """<html><body><article><h1>Stammering in the classroom</h1>
<p>Children who stammer in Northern Ireland wait longer for therapy.</p>
<footer class="credits"><h2>Credits</h2>
<p><strong>Words:</strong> Aoife Galwey, Research Officer, Northern Ireland Commissioner for
Children and Young People</p>
<p><strong>Data analysis:</strong> Dr Ronan Hoy, Lecturer, Ulster University</p>
</footer></article><footer class="site"><a href="/">Home</a> <a href="/a">About</a></footer>
</body></html>"""

SURVEY = """# Stammering at work: what 1,214 adults told us

## About this briefing

The survey was open to adults who stammer anywhere in the United Kingdom. 1,214 people took
part: 948 in England, 131 in Scotland, 86 in Wales and 49 in Northern Ireland. Stammering is
covered by the Equality Act 2010 in England, Scotland and Wales, and by the Disability
Discrimination Act 1995 in Northern Ireland.
"""


@pytest.mark.slow
def test_who_was_missed_who_chaired_and_who_is_credited(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "away.md", AWAY_DAY, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Ruairi McVey", "Orla Quinlan-Hart", "Bronagh Mallin", "Padraig Roone"} <= came
    assert not came & {"Kieran Raftery", "Morag Sandie"}
    claims = extractor(_read(tmp_path, "story.html", CREDITS, DocumentKind.EVIDENCE))
    made = {r.source[1] for r in claims.relations if r.rel == Rel.AUTHORED}
    assert made == {"Aoife Galwey", "Ronan Hoy"}


@pytest.mark.slow
def test_a_survey_open_to_the_whole_uk_covers_the_uk_not_each_nation(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "survey.md", SURVEY, DocumentKind.EVIDENCE))
    covers = {r.target[1] for r in claims.relations if r.rel == Rel.COVERS}
    assert covers == {"UK"}


def test_a_notebooks_file_name_is_no_title(tmp_path: Path) -> None:
    from ingest.extract.titles import document_title

    text = """lymph_referrals.ipynb · exported to Markdown (nbconvert) · kernel: Python 3.11

# lymph_referrals_gm

Referrals to lymphoedema services after breast cancer treatment, 2019 to 2024

Analysis: Ben Achter (Data Analyst, The Christie NHS Foundation Trust)
"""
    raw = _read(tmp_path, "notebook.md", text, DocumentKind.EVIDENCE)
    title, _kind = document_title(raw, GAZ, Layout.of(raw).front)
    assert title == "Referrals to lymphoedema services after breast cancer treatment, 2019 to 2024"


def test_two_people_each_with_a_role_who_joined() -> None:
    from ingest.extract.took_part import acted_as

    said = (
        "Dewi Maddox, Welfare Rights Adviser at Merthyr Tydfil County Borough Council, and "
        "Bethan Oyewole, Community Connector at Voluntary Action Merthyr Tydfil, joined to "
        "answer questions."
    )
    assert acted_as(said, len("Dewi Maddox")) == ""  # took part, leading no part
    assert acted_as(said, said.index("Oyewole") + len("Oyewole")) == ""


def test_a_case_header_and_an_exports_name_are_no_title(tmp_path: Path) -> None:
    from ingest.extract.titles import document_title

    casebook = """THE OMBUDSMAN'S CASEBOOK
Public Services Ombudsman for Wales
Issue 61, October 2025 - Health

-----------------------------------------------------------------------
Swansea Bay University Health Board - Clinical treatment in hospital
Case number: 202405531       Report issued: 19 September 2025
Outcome: Upheld
-----------------------------------------------------------------------

Pressure damage on a surgical ward at Morriston Hospital

The complaint

Mr A complained about the care of his mother.
"""
    raw = _read(tmp_path, "case.txt", casebook, DocumentKind.EVIDENCE)
    title, _kind = document_title(raw, GAZ, Layout.of(raw).front)
    assert title == "Pressure damage on a surgical ward at Morriston Hospital"
    board = """# Board export (CSV)
# Board: Dysphagia and mealtimes - learning event, Craigavon Area Hospital
# Columns: note_id,frame,text
note_id,frame,text
1,What we learned today,"Puréed meals shaped like the real dish get eaten"
2,Actions,"Ask catering about moulds"
"""
    raw = _read(tmp_path, "board.txt", board, DocumentKind.WORKSHOP)
    title, _kind = document_title(raw, GAZ, Layout.of(raw).front)
    assert "Dysphagia and mealtimes" in title


def test_a_byline_with_a_clause_after_it(tmp_path: Path) -> None:
    page = """<html><body><article><h1>Our year in the community</h1>
<p>We cared for 412 people at home this year.</p>
<p class="byline">Page owner: Bronagh Fegarty, Head of Community Services, Southern Area
Hospice Services, with figures from the hospice's clinical audit team. Published June 2025.</p>
</article></body></html>"""
    raw = _read(tmp_path, "year.html", page, DocumentKind.EVIDENCE)
    found = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {"Bronagh Fegarty": Role.AUTHORS}


@pytest.mark.slow
def test_a_shaded_box_led_by_a_run_in_head_holds_learning(extractor: Any, tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("Practice News: spring 2025", 1)
    doc.add_paragraph(
        "Thirty-two patients joined us in Spean Bridge Village Hall to talk about "
        "getting to appointments."
    )
    box = doc.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].add_run("What we heard. ").bold = True
    box.paragraphs[0].add_run(
        "A bus that runs twice a day is not a way to reach a nine o'clock appointment. "
        "Neighbours already drive each other to appointments."
    )
    path = tmp_path / "news.docx"
    doc.save(str(path))
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    learned = {e.name for e in claims.entities if e.label.value == "Learning"}
    assert "Neighbours already drive each other to appointments." in learned


PEER_ASSIST = """# Peer assist: naloxone supply in hostels

Date: 12 March 2025
Present: Ruth Kenward (Hostel Manager, St Mungo's), Idris Palmer (Pharmacist, Boots)
Not able to join: Dr Alun Vaughan (Consultant in Addictions, Cardiff and Vale University
Health Board), who had offered to talk about take-home naloxone; his clinic overran.

Ruth described how naloxone kits are kept at the front desk.
"""


def test_a_key_that_says_its_people_could_not_come_lists_apologies(tmp_path: Path) -> None:
    raw = _read(tmp_path, "assist.md", PEER_ASSIST, DocumentKind.WORKSHOP)
    layout = Layout.of(raw)
    roles = {raw.blocks[i].key: layout.role_at(i) for i in range(len(raw.blocks))}
    assert roles["Not able to join"] == Role.APOLOGIES
    assert roles["Present"] == Role.ATTENDANCE


@pytest.mark.slow
def test_someone_under_a_key_that_says_they_could_not_come_took_no_part(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "assist.md", PEER_ASSIST, DocumentKind.WORKSHOP))
    linked = {(r.rel, r.source[1]) for r in claims.relations}
    assert {(Rel.ATTENDED, "Ruth Kenward"), (Rel.ATTENDED, "Idris Palmer")} <= linked
    assert not {(rel, name) for rel, name in linked if name == "Alun Vaughan"} & {
        (Rel.ATTENDED, "Alun Vaughan"),
        (Rel.INTERESTED_IN, "Alun Vaughan"),
    }
    assert (Rel.WORKS_AT, "Alun Vaughan") in linked  # where he works is still a fact


YEAR_PAGE = """# 2024-25: our year in numbers

Every number on this page is a person who was grieving and reached out to us.

## Behind the numbers

One in five people we saw had been bereaved by suicide.

Suicide prevention teams in the Western area now refer families to us directly.

## A volunteer's view

Volunteering with us takes six weeks of training.

We recruited 40 new volunteers this year; volunteering on the helpline now covers every evening.

## What we are changing in 2025-26

- A webchat service for children and young people, from September 2025.
- More school visits for young people.

Written by Niamh Corrigan, Area Manager, Cruse Bereavement Support, with figures from the data
team. Published 18 June 2025.
"""


@pytest.mark.slow
def test_a_sign_off_at_the_foot_of_a_page_of_parts_signs_the_whole_page(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "year.md", YEAR_PAGE, DocumentKind.EVIDENCE))
    parts = {e.name for e in claims.entities if e.label == Label.EVIDENCE}
    assert len(parts) > 2  # the page holds its parts as items of their own
    wrote = {r.target[1] for r in claims.relations if r.rel == Rel.AUTHORED}
    assert wrote == {min(parts, key=len)}, wrote  # the page itself, not its last part


NETWORK_MINUTES = """# Wessex Heart Failure Network: minutes of the quarterly meeting

Present: Dr Tobias Ferrand (Chair), Gemma Halloran (Nurse Specialist, University Hospital
Southampton), Ravi Sandhu (Pharmacist, Portsmouth Hospitals University NHS Trust)

## 1. Waiting times

Gemma gave the clinic figures: the wait for a first appointment is now nine weeks.

## 2. Medicines

Ravi described the titration clinic run by pharmacists.
"""


@pytest.mark.slow
def test_the_topic_in_the_name_of_the_body_whose_notes_they_are_is_their_subject(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "minutes.md", NETWORK_MINUTES, DocumentKind.WORKSHOP))
    about = {r.target[1] for r in claims.relations if r.rel == Rel.ADDRESSES}
    assert "heart failure" in about
    said = {r.source[1] for r in claims.relations if r.rel == Rel.INTERESTED_IN}
    assert not said  # a topic in a body's name is still not something anyone said


SURNAME_FIRST = """# MS network meeting

Present: Kernaghan, Orla (Belfast Trust); Fegan, Ciara (South Eastern Trust); Ardill, Declan
(Northern Trust)

Ciara presented the fatigue course.
"""


@pytest.mark.slow
def test_people_listed_surname_first_are_one_person_each(extractor: Any, tmp_path: Path) -> None:
    """The model tags the given names of "Fegan, Ciara" alone; each is the one full name the
    list gives, never a person of its own."""
    claims = extractor(_read(tmp_path, "ms.md", SURNAME_FIRST, DocumentKind.WORKSHOP))
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert people == {"Orla Kernaghan", "Ciara Fegan", "Declan Ardill"}
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert came == people


BODY_TITLE = """# Falls prevention in care homes across Public Health Wales's pilot sites

This review looked at falls prevention in twelve care homes. Falls fell by a fifth where
homes reviewed medicines after every fall.
"""


@pytest.mark.slow
def test_a_body_of_one_nation_in_the_title_sets_the_document_there(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "falls.md", BODY_TITLE, DocumentKind.EVIDENCE))
    covers = {r.target[1] for r in claims.relations if r.rel == Rel.COVERS}
    assert covers == {"Wales"}


CAPITALS_TITLE = """ENDOMETRIOSIS CARE IN NHS SCOTLAND: WHAT SHOULD A GOOD PATHWAY INCLUDE?

Results of a consensus study with women who have endometriosis and the staff who care for them.
"""


@pytest.mark.slow
def test_a_body_named_in_a_title_set_in_capitals(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "endo.txt", CAPITALS_TITLE, DocumentKind.EVIDENCE))
    orgs = {e.name.lower() for e in claims.entities if e.label == Label.ORGANISATION}
    assert orgs == {"nhs scotland"}  # not "ENDOMETRIOSIS CARE IN", the words before it
    assert {r.target[1] for r in claims.relations if r.rel == Rel.COVERS} == {"Scotland"}


def test_a_roll_call_line_with_the_part_taken_after_the_affiliation(tmp_path: Path) -> None:
    """An ECHO session's roll call: "Name, Role (Organisation), case presenter": the part
    taken, in lower case after the affiliation, does not stop the line being read, and a
    list of such lines under any heading says who came."""
    from ingest.extract.people_lists import parse_people

    line = "Iona Testlin, Audiologist (Powys Teaching Health Board), case presenter"
    found = parse_people(line, GAZ)
    assert [(e.name, e.role, e.organisations) for e in found] == [
        ("Iona Testlin", "Audiologist", ("Powys Teaching Health Board",))
    ]
    raw = _read(
        tmp_path,
        "echo.md",
        "# Session 4: tinnitus and sleep\n\n## Roll call\n\n"
        "Nineteen spokes joined. Those who spoke or presented:\n\n"
        f"- {line}\n"
        "- Manod Testcefn, Community Audiologist (Betsi Cadwaladr University Health Board)\n"
        "- Dr Anjali Testdesai, GP (Llanelli)\n",
        DocumentKind.WORKSHOP,
    )
    listed = _listed(raw)
    assert {"Iona Testlin", "Manod Testcefn", "Anjali Testdesai"} <= set(listed)
    assert Role.APOLOGIES not in {listed[n] for n in ("Iona Testlin", "Manod Testcefn")}


def test_a_markdown_sign_off_of_a_name_over_its_role_line(tmp_path: Path) -> None:
    """A recap signed "Niamh Devenney" over "Group Coordinator, Itchy Skin Parents Lisburn":
    two lines, not one paragraph, and the person who signed it is listed."""
    raw = _read(
        tmp_path,
        "recap.md",
        "# Meet-up recap: bath time and bad nights\n\nWe had eighteen parents.\n\n"
        "## Next month\n\n- Volunteers needed for the coffee rota.\n\n"
        "Niamh Testdevenney\nGroup Coordinator, Itchy Skin Parents Lisburn\n",
        DocumentKind.WORKSHOP,
    )
    texts = [raw.text[b.start : b.end] for b in raw.blocks]
    assert texts[-2:] == ["Niamh Testdevenney", "Group Coordinator, Itchy Skin Parents Lisburn"]
    assert "Niamh Testdevenney" in _listed(raw)


HOT_DEBRIEF = """# Hot debrief: Saturday catch-up clinic, Seacroft

Led by: Jodie Testworth, Superintendent Radiographer, Leeds Teaching Hospitals NHS Trust

We had booked 96 women and 91 came. Jodie asked everyone who could stay to take fifteen
minutes. Six of us did: mammographers Shabnam Testar and Rachel Keebletest of Leeds Teaching
Hospitals NHS Trust, Tess Ogunexample from the booking office, and Dr Ferdinand Okwutest, the
consultant radiologist who came across from St James's in the afternoon.

Rebekah Lyttletest, the pharmacist at Hillsborough Road Pharmacy, came too and answered an
hour of questions about emollients.
"""


@pytest.mark.slow
def test_people_listed_after_six_of_us_did_and_who_came_too(extractor: Any, tmp_path: Path) -> None:
    """ "Six of us did: A and B of …, C from the office, and Dr D, …": all of them stayed;
    "E, the pharmacist at …, came too": E came."""
    claims = extractor(_read(tmp_path, "debrief.md", HOT_DEBRIEF, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {
        "Jodie Testworth",
        "Shabnam Testar",
        "Rachel Keebletest",
        "Tess Ogunexample",
        "Ferdinand Okwutest",
        "Rebekah Lyttletest",
    } <= came
