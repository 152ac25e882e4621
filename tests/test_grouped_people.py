"""Who took part and where they work, in shapes read in the twenty-first session: a sign-in
sheet typed out in plain text grouped by setting (each setting's label set in, its people set
in deeper still, an entry wrapped); the same list in Markdown with a sub-heading per
organisation and one per group of people that names no body (invented people; real bodies
and places; real spaCy model for the slow tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.model import Label, Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.group_labels import group_body
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind
from tests.conftest import extract_file, linked_people, write_doc

SIGN_IN = """CLUSTER PRACTICE EXCHANGE: SETTLING INTO SCHOOL
Wednesday 11 February 2026, Wrexham

WHO CAME (grouped by setting, as on the sign-in sheet)

  Ysgol Bryn Alyn
      Gwenllian Roberts-Pugh (Headteacher; hosted)
      Idris Farrant (ALNCo; these notes)
  Wrexham County Borough Council - Educational Psychology Service
      Dr Zubair Malik (Senior Educational Psychologist)
  ACE Hub Wales
      Heledd Cathan (Training and Development Lead) - led the
      first hour

WHY WE MET
Both schools have had more children arriving in Reception who cannot settle.
"""

ENTRIES = """Network call notes

On the call
  Olwen Treharne (OT) - Youth Worker, Wrexham County Borough Council
      Children's Services (youth hub)
  Dr Peris Llwyd (PL) - GP, Betsi Cadwaladr University Health Board
  Carys Mold (CM) - Pharmacist,
      Mold Pharmacy

1. Numbers
The numbers went up.
"""

BY_BODY = """# Falls prevention learning set

## Attendees

### NHS Fife
- Morven Aitchison (Physiotherapist)
- Callum Drysdale (Falls Coordinator)

### Patients and carers
- Isobel Ramage
- Tam Gilfillan

## What we heard
Falls fell when the physiotherapists visited at home.
"""


def test_group_labels_name_bodies_or_groups() -> None:
    gaz = load_gazetteer()
    assert group_body("ACE Hub Wales", gaz) == "ACE Hub Wales"
    assert group_body("Ysgol Bryn Alyn", gaz) == "Ysgol Bryn Alyn"  # Welsh: a school
    assert group_body("NHS Fife - Falls Service", gaz) == "NHS Fife"
    assert [group_body(label, gaz) for label in ("Patients and carers", "Parents", "Staff")] == [
        "",
        "",
        "",
    ]


def test_labels_set_in_over_entries(tmp_path: Path) -> None:
    doc = read_document(write_doc(tmp_path, "sign-in.txt", SIGN_IN))
    shapes = [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]
    assert (BlockKind.HEADING, "Ysgol Bryn Alyn") in shapes
    assert (BlockKind.LIST_ITEM, "Idris Farrant (ALNCo; these notes)") in shapes
    assert (
        BlockKind.LIST_ITEM,
        "Heledd Cathan (Training and Development Lead) - led the first hour",
    ) in shapes  # its wrapped line carries it on


def test_entries_with_their_details_set_in_stay_entries(tmp_path: Path) -> None:
    doc = read_document(write_doc(tmp_path, "call.txt", ENTRIES))
    items = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    assert items == [
        "Olwen Treharne (OT) - Youth Worker, Wrexham County Borough Council Children's "
        "Services (youth hub)",
        "Dr Peris Llwyd (PL) - GP, Betsi Cadwaladr University Health Board",
        "Carys Mold (CM) - Pharmacist, Mold Pharmacy",
    ]


def test_a_sign_in_sheet_grouped_by_setting(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "sign-in.txt", SIGN_IN)
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    assert linked_people(claims, Rel.ATTENDED) == {
        "Gwenllian Roberts-Pugh",
        "Idris Farrant",
        "Zubair Malik",
        "Heledd Cathan",
    }  # no setting is anyone's name
    assert {(r, p, o) for r, p, o in rels if r == Rel.WORKS_AT} >= {
        (Rel.WORKS_AT, "Gwenllian Roberts-Pugh", "Ysgol Bryn Alyn"),
        (Rel.WORKS_AT, "Idris Farrant", "Ysgol Bryn Alyn"),
        (Rel.WORKS_AT, "Zubair Malik", "Wrexham County Borough Council"),
        (Rel.WORKS_AT, "Heledd Cathan", "ACE Hub Wales"),
    }
    assert not {o for r, _, o in rels if r == Rel.WORKS_AT} & {"Headteacher", "ALNCo"}


def test_attendees_under_their_bodies_headings(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "learning-set.md", BY_BODY)
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    assert linked_people(claims, Rel.ATTENDED) == {
        "Morven Aitchison",
        "Callum Drysdale",
        "Isobel Ramage",
        "Tam Gilfillan",
    }
    works = {(p, o) for r, p, o in rels if r == Rel.WORKS_AT}
    assert {("Morven Aitchison", "NHS Fife"), ("Callum Drysdale", "NHS Fife")} <= works
    assert not {p for p, _ in works} & {"Isobel Ramage", "Tam Gilfillan"}


TABLES = """COMMUNITY ASSET MAPPING EVENING
Harlech -- Neuadd Goffa -- Tuesday 20 January 2026

------------------------------------------------------------------------------
PWY OEDD WRTH Y BYRDDAU / WHO WAS AT THE TABLES
------------------------------------------------------------------------------
BWRDD 1 / TABLE 1 (castle end):
   Gwilym Rhydderch (Cwmni Bro Harlech, development officer);
   Mererid Tudwal (Capel Jerusalem, deacon); two residents
BWRDD 2 / TABLE 2 (station end):
   Eirlys Hafod-Lewis, health visitor -- Betsi Cadwaladr University
   Health Board; Owain Cadwaladr-Pugh (rugby club); three residents

WHAT WENT ON THE MAP
The chapel vestry and the station cafe were marked most.
"""

RUN_IN = """Learning review session

Tuesday 3 February 2026, Craigavon Area Hospital

Chair. Dr Saoirse Ní Bhriain, Consultant, Southern Health and Social Care Trust.

Present. Colm Mac Giolla, Nurse Practitioner (SHSCT); Mrs Bisi Adebayo-Kerr, SHSCT.

Deputising. Aoife Cullinane, Deputy Head, SHSCT, for Gerard Loughran (Head), on leave.

1. Purpose
To review twelve patients whose wait was longer than twelve hours.

Producer's debrief

Written by Ayesha Mahmood, Engagement Lead, Soar Valley Community Radio, with Harj. 21 January 2026.
"""

WHOS_WHO = """# Facilitators' supervision

## Who's who

All from Potteries Healthy Lifestyles CIC unless shown.

| Initials | Who |
|---|---|
| HB | Harriet Boothroyd — Senior Facilitator (chaired) |
| KMB | Kofi Mensah-Abbey — Group Facilitator, Tuesday evening group at Meir |
| SBV | Seema Bhogal-Vyas — Dietitian, Midlands Partnership University NHS Foundation Trust |

## What supervision surfaced
Where people are weighed decides who stays in a weight management group.
"""


def test_tables_labelled_at_the_margin(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "mapping.txt", TABLES)
    doc = read_document(path)
    items = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    assert items[1] == (
        "Eirlys Hafod-Lewis, health visitor -- Betsi Cadwaladr University Health Board; "
        "Owain Cadwaladr-Pugh (rugby club); three residents"
    )  # the line that ended because "Health" would not fit carries on
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    assert {"Gwilym Rhydderch", "Mererid Tudwal", "Eirlys Hafod-Lewis"} <= linked_people(
        claims, Rel.ATTENDED
    )  # "Who was at the tables" is who came
    assert (Rel.WORKS_AT, "Eirlys Hafod-Lewis", "Betsi Cadwaladr University Health Board") in rels
    assert "Cwmni Bro Harlech" not in linked_people(claims, Rel.ATTENDED)  # a company


def test_labels_run_in_with_a_full_stop_and_written_by(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "review.txt", RUN_IN)
    claims, _rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    came = linked_people(claims, Rel.ATTENDED)
    assert {"Saoirse Ní Bhriain", "Colm Mac Giolla", "Bisi Adebayo-Kerr"} <= came
    assert "Aoife Cullinane" in came and "Gerard Loughran" not in came  # deputised for
    assert "Ayesha Mahmood" in came  # she wrote the debrief


def test_an_organisation_stated_once_over_a_table(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "supervision.md", WHOS_WHO)
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    assert {"Harriet Boothroyd", "Kofi Mensah-Abbey", "Seema Bhogal-Vyas"} <= linked_people(
        claims, Rel.ATTENDED
    )  # a cell's description after the role does not lose its person
    works = {(p, o) for r, p, o in rels if r == Rel.WORKS_AT}
    assert {
        ("Harriet Boothroyd", "Potteries Healthy Lifestyles CIC"),
        ("Kofi Mensah-Abbey", "Potteries Healthy Lifestyles CIC"),
        ("Seema Bhogal-Vyas", "Midlands Partnership University NHS Foundation Trust"),
    } <= works
    assert ("Seema Bhogal-Vyas", "Potteries Healthy Lifestyles CIC") not in works


LETTER = """Warm spaces, winter 2025-26: a letter to our partners

Dear partners,

The hall was full every Tuesday. Visits were up by almost half on last winter.

Yours in partnership,

Ngozi Eze-Adams
Volunteer Coordinator, East Belfast Warm Welcome
"""

CIRCLE = """Subject: Notes - reflective practice circle

Bore da pawb,

Round the circle: Aisha Conteh-Price (peer support worker, Hywel Dda UHB) and me.

Diolch,
Hefina

--
Hefina Rhydderch-Ebrahim
Peer Support Lead
Hywel Dda University Health Board
"""

SURVEY = """# Getting there: patients' journeys to outpatient appointments in Powys

Published by Llais, 2026.

## What this report is about

People in Powys travel further for outpatient appointments than anywhere else in Wales.

## How we did it

Fieldwork and analysis were carried out by Iolo Glyndwr-Davies, Engagement Officer, Llais.

## What people told us

Most missed appointments are lost on the return journey.
"""


def test_valedictions_end_the_letter_above_who_signs(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "letter.txt", LETTER)
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    assert "Ngozi Eze-Adams" in linked_people(claims, Rel.ATTENDED)
    path = write_doc(tmp_path, "circle.txt", CIRCLE)
    doc = read_document(path)
    assert "Diolch," in [doc.text[b.start : b.end] for b in doc.blocks]  # no run-on into "Hefina"
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    assert "Hefina Rhydderch-Ebrahim" in linked_people(claims, Rel.ATTENDED)  # a Welsh name
    assert (Rel.WORKS_AT, "Hefina Rhydderch-Ebrahim", "Hywel Dda University Health Board") in rels


def test_a_plain_english_reports_chapters_are_not_items(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "survey.md", SURVEY)
    claims, _rels = extract_file(extractor, path, DocumentKind.EVIDENCE)
    wrote = {(r.source[1], r.target[1]) for r in claims.relations if r.rel == Rel.AUTHORED}
    assert {target for name, target in wrote if name == "Iolo Glyndwr-Davies"} == {
        "Getting there: patients' journeys to outpatient appointments in Powys (Llais, 2026)"
    }  # the report's, not an item called "How we did it"


KEY = """OUT-OF-HOURS PALLIATIVE CARE HELPLINE
First-month review, Thursday 2 April 2026

PEOPLE (initials are used in the rest of these notes)

  BMQ    Brona McGuirk-Quinn     District Nursing Sister (chair)
  COD    Cathal Ó Dochartaigh    Specialist Palliative Care Nurse,
                                 Foyle Hospice (on Teams)
  FAB    Folake Adeyemi-Brown    GP, Western Urgent Care
  SK     Sinéad Keogh            Helpline call handler

1. WHY WE ARE HERE
BMQ asked for an honest look at month one.
"""

REPORT = """PUBLIC HEALTH AGENCY
Personal and Public Involvement (PPI)

----------------------------------------------------------------------
PPI MONITORING REPORT 2024/25
Co-production in the Health and Social Care Trusts of Northern Ireland
----------------------------------------------------------------------

Published: January 2026

1. PURPOSE

The Public Health Agency monitors each year how the Trusts involve service users.
"""


def test_a_key_to_initials_in_columns_with_a_wrapped_cell(tmp_path: Path) -> None:
    doc = read_document(write_doc(tmp_path, "review.txt", KEY))
    rows = [list(b.cells) for b in doc.blocks if b.kind == BlockKind.TABLE_ROW]
    assert ["BMQ", "Brona McGuirk-Quinn", "District Nursing Sister (chair)"] in rows
    assert [
        "COD",
        "Cathal Ó Dochartaigh",
        "Specialist Palliative Care Nurse, Foyle Hospice (on Teams)",
    ] in rows  # the wrapped line under its column carries the cell on
    assert len(rows) >= 4


def test_a_programme_named_with_its_short_form_is_no_title(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "ppi.txt", REPORT)
    claims, _rels = extract_file(extractor, path, DocumentKind.EVIDENCE)
    titles = {e.name for e in claims.entities if e.label == Label.EVIDENCE}
    assert any(t.startswith("PPI monitoring report 2024/25") for t in titles), titles
