"""Layouts of course logs, registers and letters met on documents we did not write, on
invented people: a register set out with dot leaders, wrapped prose whose line is shaped
like a heading, the leader who names herself in brackets, an absence from one session of a
course, a running order's "Led by" column, a corrected author list marked with footnotes, a
citation's names run into its title, a job title tagged as a person, and an open letter
whose parts are not a collection's items. Real files read by the readers; the tests that need
the model are marked slow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label, Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.layout import Layout
from ingest.extract.people_blocks import people_in
from ingest.extract.sections import Role
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind

GAZ = load_gazetteer()


def _read(tmp_path: Path, name: str, text: str, kind: DocumentKind) -> Any:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_document(path, tmp_path, kind)


def _listed(raw: Any) -> dict[str, tuple[Role, str]]:
    return {i.entry.name: (i.meaning, i.part) for i in people_in(raw, GAZ, Layout.of(raw))}


REGISTER = """PHYSIOTHERAPY PRECEPTORSHIP - TEACHING AFTERNOON

Date ........ Tuesday 3 June 2025
Venue ....... Lecture theatre, Ysbyty Gwynedd, Bangor

ATTENDANCE
  B6  Gethin Morfudd ........ Ward 12 ................ present
      (led the case discussion)
  B5  Lowri Penhallow ....... Outpatients ............ present
  B5  Teleri Carnoch ........ Community team ......... absent
      (on leave)

The afternoon began with a case of a fall on the ward.
"""


def test_a_register_set_out_with_dot_leaders_is_a_table_of_who_came(tmp_path: Path) -> None:
    raw = _read(tmp_path, "log.txt", REGISTER, DocumentKind.WORKSHOP)
    rows = [b.cells for b in raw.blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows == [
        ("B6", "Gethin Morfudd", "Ward 12", "present (led the case discussion)"),
        ("B5", "Lowri Penhallow", "Outpatients", "present"),
        ("B5", "Teleri Carnoch", "Community team", "absent (on leave)"),
    ]
    listed = _listed(raw)
    assert listed["Teleri Carnoch"][0] == Role.APOLOGIES
    assert listed["Gethin Morfudd"][0] != Role.APOLOGIES
    keys = [b.key for b in raw.blocks if b.kind == BlockKind.METADATA]
    assert keys == ["Date", "Venue"]  # one leader each: a key and its value, not a table


WRAPPED = """NOTES OF THE WALKING GROUP LEADERS' MEETING

Met in the back room of the library as usual, nine of us round the tables.

Heledd Gwynfor, a community development worker from the Caerphilly
County Borough Council health team, came for the first hour to tell
us about the new routes. Eifion Maddocks, walk leader with Ramblers
Cymru, brought the map packs and stayed to the end.
"""


def test_a_wrapped_line_shaped_like_a_heading_runs_on_in_its_paragraph(tmp_path: Path) -> None:
    raw = _read(tmp_path, "walks.txt", WRAPPED, DocumentKind.WORKSHOP)
    texts = [raw.text[b.start : b.end] for b in raw.blocks]
    assert not any(b.kind == BlockKind.HEADING for b in raw.blocks)
    assert any(
        t.startswith("Heledd Gwynfor, a community") and t.endswith("the end.") for t in texts
    )


RUNNING_ORDER = """<html><body>
<h1>Talking about self-harm: notes from the staff session</h1>
<p>Posted by Aisling Bracewell, Pastoral Lead, 14 January 2025.</p>
<h2>Running order</h2>
<table>
<tr><th>Time</th><th>Part</th><th>Led by</th></tr>
<tr><td>09:00</td><td>Why now</td><td>Fergal Ashdown, Deputy Head, Kingsmead School</td></tr>
<tr><td>09:30</td><td>What to say first</td><td>Nerys Castellan, School Nurse</td></tr>
</table>
<h2>What staff took away</h2>
<ul><li>Asking directly does not put the idea in anyone's head.</li></ul>
</body></html>
"""


def test_a_running_orders_led_by_column_says_who_led_each_part(tmp_path: Path) -> None:
    raw = _read(tmp_path, "inset.html", RUNNING_ORDER, DocumentKind.WORKSHOP)
    listed = _listed(raw)
    assert listed["Fergal Ashdown"] == (Role.ATTENDANCE, "lead")
    assert listed["Nerys Castellan"] == (Role.ATTENDANCE, "lead")


CORRECTION = """**Journal of Community Nursing Research** · Volume 9 · Article 14

# Correction to: Leg ulcer clinics run by community nurses in Scotland: a cohort study

*Published: 4 May 2025*

**Correction**

The authors reported that one author was left out of the author list.

The corrected author list is:

Morven Ellery¹, Callum Strachan², Isobel Wardlaw¹

¹ NHS Highland, Inverness, Scotland · ² University of the Highlands and Islands, Inverness, Scotland

*Cite the original article as:* Ellery M, Strachan C, Wardlaw I. Leg ulcer clinics run by
community nurses in Scotland: a cohort study. J Community Nurs Res. 2025;9:3.
"""


def test_a_corrected_author_list_marked_with_footnotes_names_the_authors(tmp_path: Path) -> None:
    raw = _read(tmp_path, "correction.md", CORRECTION, DocumentKind.EVIDENCE)
    listed = {i.entry.name: i for i in people_in(raw, GAZ, Layout.of(raw))}
    assert {"Morven Ellery", "Callum Strachan", "Isobel Wardlaw"} <= set(listed)
    assert listed["Callum Strachan"].meaning == Role.AUTHORS
    assert listed["Callum Strachan"].entry.organisations == (
        "University of the Highlands and Islands",
    )


@pytest.mark.slow
def test_a_citations_names_run_into_its_title_make_no_person(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "correction.md", CORRECTION, DocumentKind.EVIDENCE))
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert not [p for p in people if "Leg" in p or "Wardlaw I" in p]
    made = {r.source[1] for r in claims.relations if r.rel == Rel.AUTHORED}
    assert {"Morven Ellery", "Callum Strachan", "Isobel Wardlaw"} <= made


CHOIR = """LUNG CHOIR (CARDIFF) - PRACTICE NOTES
kept by the choir leader

Practice 6 of the autumn block
Thursday 9 October 2025, Canton Community Hall, Cardiff

Led tonight by me (Bethan Alaw-Price, music therapist and choir leader, Asthma and Lung UK
Cymru). Piano from Emrys Tudwal as always.

Rhodri Bevanwy, a respiratory physiotherapist from the Cardiff and Vale University Health
Board pulmonary rehabilitation team, came for the whole practice to watch the breathing work.

Not with us: Catrin Lleucu (respiratory nurse) had meant to come but was called to the ward.

WHAT WE NOTICED
 - Long phrases sung slowly train the out-breath better than any exercise sheet.
"""


@pytest.mark.slow
def test_the_leader_who_names_herself_and_a_guest_with_a_long_apposition(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "choir.txt", CHOIR, DocumentKind.WORKSHOP))
    came = {r.source[1]: r.props.get("role") for r in claims.relations if r.rel == Rel.ATTENDED}
    assert came.get("Bethan Alaw-Price") == "lead"
    assert "Rhodri Bevanwy" in came
    assert "Catrin Lleucu" not in came


COURSE = """# Carers' course: register and facilitator log

| | |
|---|---|
| Lead facilitator | Shona Drummoch, Family Therapist, NHS Fife |
| Co-facilitator | Hamish Torrance, Carer Coach, Beat |
| Guest | Dr Rae Kinnaird, Consultant Psychiatrist, NHS Fife |

## Facilitator log

### Session 1, 5 March: getting started

Introductions and ground rules.

### Session 2, 12 March: meals

Dr Rae Kinnaird on meal plans. Hamish off sick; Shona ran the session alone.

### Session 3, 19 March: keeping going

Closing round and evaluation forms.

## What carers took away

- Staying calm at the table works better than arguing.
"""


@pytest.mark.slow
def test_an_absence_from_one_session_of_a_course_is_not_from_the_course(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "course.md", COURSE, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Shona Drummoch", "Hamish Torrance", "Rae Kinnaird"} <= came


LETTER = """OPEN LETTER TO THE CABINET SECRETARY FOR HEALTH
Leg ulcer care in Scotland: two changes that cannot wait

12 May 2025

Dear Cabinet Secretary,

We write as nurses and patients who live with leg ulcers in Scotland.

The position in Scotland
------------------------

Waits for a leg ulcer clinic in Scotland rose from 3 weeks to 9 weeks, and some people
travelled to clinics in England to be seen sooner. Waits for compression therapy were longest
in the Highlands.

What we ask
-----------

A waiting time standard of two weeks for a first appointment at a leg ulcer clinic, and
a wound care nurse in every community nursing team, for people with pressure ulcers too.

Yours sincerely,

Morven Ellery, Tissue Viability Nurse, NHS Highland
"""


@pytest.mark.slow
def test_an_open_letters_parts_are_one_letter(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "letter.txt", LETTER, DocumentKind.EVIDENCE))
    items = [e for e in claims.entities if e.label == Label.EVIDENCE]
    assert len(items) == 1
    covers = {r.target[1] for r in claims.relations if r.rel == Rel.COVERS}
    assert "England" not in covers and "Scotland" in covers


GUEST = """TEACHING AFTERNOON - SESSION LOG
Date ........ Thursday 10 April 2025
Guest ....... Dr Idris Penwarden, Consultant Rheumatologist, Swansea Bay
              University Health Board

The guest talked us through treating gout to target.
"""


@pytest.mark.slow
def test_a_job_title_tagged_as_a_person_is_no_person(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "hdr.txt", GUEST, DocumentKind.WORKSHOP))
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert "Idris Penwarden" in people
    assert not any("Rheumatologist" in p for p in people)
