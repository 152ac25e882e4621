"""Who took part, who made a piece of evidence and what it is called, in shapes read in the
twenty-second session: bodies listed with their people in brackets, a chair introduced with
post-nominals, an unconference's typed-up sheet, a transcript whose speakers are numbered and
say who they are, an outliner page's properties, a table of who did what, a sidebar of page
contributors, a title named by the trail over it (invented people; real bodies and places;
the real spaCy model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.model import Label, Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.absence_words import says_apologies
from ingest.extract.headings import role_of_heading
from ingest.extract.listed import parse_lenient
from ingest.extract.sections import Role
from ingest.types import DocumentKind
from tests.conftest import extract_file, linked_people, write_doc


def _names(claims: Any, label: Label) -> set[str]:
    return {e.name for e in claims.entities if e.label == label}


def test_list_lines_of_bodies_and_their_people() -> None:
    gaz = load_gazetteer()
    line = (
        "Rhyl Robins (first-aider: Gwenda Pryce-Hughes) · Prestatyn Puffins (first-aider: "
        "Mererid Huws-Tanat) · Holt Hawks (no first-aider this season)"
    )
    got = {(e.name, e.role, e.organisations) for e in parse_lenient(line, gaz)}
    assert got == {
        ("Gwenda Pryce-Hughes", "first-aider", ("Rhyl Robins",)),
        ("Mererid Huws-Tanat", "first-aider", ("Prestatyn Puffins",)),
    }  # a club is no one's name
    slashed = parse_lenient("Aoife Quinlan-Boyd / WHSCT / Dr Segun Adebayo-Lyle / FGPF", gaz)
    assert [(e.name, e.organisations) for e in slashed] == [
        ("Aoife Quinlan-Boyd", ("WHSCT",)),
        ("Segun Adebayo-Lyle", ("FGPF",)),
    ]


def test_words_that_say_who_was_there_or_not() -> None:
    assert role_of_heading("Clubs represented (first-aider in brackets)") == Role.ATTENDANCE
    assert role_of_heading("NAMES ON THE SHEET (people wrote their own)") == Role.ATTENDANCE
    assert role_of_heading("Not signed in") == Role.APOLOGIES
    assert role_of_heading("Pictured (left to right)") == Role.ATTENDANCE
    assert role_of_heading("Groups under-represented") is None
    assert says_apologies("CANCELLED (staff sickness, shop could not close)")
    assert says_apologies("Councillor Ewan Baird, who was unwell")
    assert not says_apologies("everyone who could not come will get the slides")


CLUBS = """# Ankle injuries on court: first-aiders' morning

Saturday 7 March 2026, Rhyl

**Clubs represented** (first-aider in brackets): Rhyl Robins (first-aider: Gwenda \
Pryce-Hughes) · Prestatyn Puffins (first-aider: Mererid Huws-Tanat, who couldn't come) · \
Holt Hawks (no first-aider this season).

## What we practised

Sister Nerys Cadwaladr-Ellis RGN ENP, emergency nurse practitioner, who chaired, \
welcomed everyone and showed the four-step check.
"""


def test_clubs_and_their_first_aiders(tmp_path: Path, extractor: Any) -> None:
    claims, rels = extract_file(
        extractor, write_doc(tmp_path, "clubs.md", CLUBS), DocumentKind.WORKSHOP
    )
    assert linked_people(claims, Rel.ATTENDED) == {"Gwenda Pryce-Hughes", "Nerys Cadwaladr-Ellis"}
    assert (Rel.WORKS_AT, "Gwenda Pryce-Hughes", "Rhyl Robins") in rels
    assert "Prestatyn Puffins" not in _names(claims, Label.PERSON)  # a club, not its person


SHEET = """HEALTH TECH UNCONFERENCE 2026 -- Swansea -- 5 March 2026

CONVENOR: Angharad Teifi-Rowlands (district nurse, Swansea Bay UHB) -- she pitched it at
  the morning marketplace

NAMES ON THE SHEET (people wrote their own; typed as written, in the
order they signed):

  1. Dafydd ab Rhisiart - TEC Cymru
  2. Dr Sian Melangell-Hughes GP (cluster lead)
  3. "Tudur Pennant-Rees" -- crossed through; Angharad says he was
     called back to the ward before the session started

WHAT PEOPLE SAID:

 * Dafydd said the readings were never looked at.
"""


def test_an_unconference_sheet(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "sheet.txt", SHEET)
    claims, _rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    assert linked_people(claims, Rel.ATTENDED) == {
        "Angharad Teifi-Rowlands",
        "Dafydd ab Rhisiart",
        "Sian Melangell-Hughes",
    }  # the reporter of an absence is not the one away


MEMO = """Transcript: Voice memo 0007 - "foot clinic evening"
Recorded: 3 March 2026, 19:00

[00:00:04] SPEAKER 1: Right, it's recording. For the transcript, I'm Eilidh Drummond-Hay,
podiatry lead with NHS Grampian, and this is our second evening.

[00:01:10] SPEAKER 2: Hi, Kenneth Baird-Ogilvie, I'm a practice nurse at Ellon Medical
Practice. We see a lot of these.

[00:02:30] SPEAKER 3: Morag Strachan-Yule, community pharmacist, Banchory.
"""


def test_numbered_speakers_who_say_who_they_are(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "memo.txt", MEMO)
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    assert linked_people(claims, Rel.ATTENDED) == {
        "Eilidh Drummond-Hay",
        "Kenneth Baird-Ogilvie",
        "Morag Strachan-Yule",
    }
    assert (Rel.WORKS_AT, "Eilidh Drummond-Hay", "NHS Grampian") in rels
    assert not {o for r, _, o in rels if r == Rel.WORKS_AT} & {"SPEAKER 3", "Speaker 3"}


PAGE = """title:: Sore feet and long shifts – lunch and learn
date:: [[Mar 17th, 2026]]
facilitator:: [[Lowri Penhallow-Jones]] (podiatrist, Swansea Bay University Health Board)
attendees:: [[Bryn Treharne-Lloyd]], [[Sioned Garmon]], advisers (12)
apologies:: [[Gethin Powys-Evans]] (off sick)

- Why we did this
	- Referrals went up.
"""


def test_an_outliner_pages_properties(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "page.md", PAGE)
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    assert linked_people(claims, Rel.ATTENDED) == {
        "Lowri Penhallow-Jones",
        "Bryn Treharne-Lloyd",
        "Sioned Garmon",
    }
    assert (Rel.WORKS_AT, "Lowri Penhallow-Jones", "Swansea Bay University Health Board") in rels
    assert _names(claims, Label.WORKSHOP) == {
        "Sore feet and long shifts – lunch and learn (2026-03-17)"
    }


WHO_DID_WHAT = """# Working together at home: an evaluation of neighbourhood teams in Dorset

## About this evaluation

| | |
|---|---|
| Dr Oyelaran Whitcombe-Ade | led the evaluation and wrote this report \
(Senior Research Fellow, University of Exeter) |
| Hester Polwarth | prepared the activity data (Data Analyst, Dorset Council) |

## Findings

Teams that met weekly shared more cases.
"""


def test_a_table_of_who_did_what(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "evaluation.md", WHO_DID_WHAT)
    claims, rels = extract_file(extractor, path, DocumentKind.EVIDENCE)
    assert "Oyelaran Whitcombe-Ade" in linked_people(claims, Rel.AUTHORED)  # led and wrote it
    assert (Rel.WORKS_AT, "Oyelaran Whitcombe-Ade", "University of Exeter") in rels
    assert (Rel.WORKS_AT, "Hester Polwarth", "Dorset Council") in rels


ASIDE = """<html><body><main>
<h1>Seeing the right person first: an evaluation of the NHS Borders flow navigation hub</h1>
<p>The hub took 40 calls a day.</p>
</main>
<aside class="contributors"><h2>Page contributors</h2>
<p>Report by <strong>Dr Fenella Rutherford-Kerr</strong>, Consultant in Emergency Medicine,
NHS Borders.</p></aside>
</body></html>
"""

TRAIL = """# Reports library

[All reports](/reports) / Older people's experience of day care in the Glens of Antrim

## Older people's experience of day care in the Glens of Antrim

Between January and May 2025 we asked 120 people about day care.
"""

PROGRAMME = """NHS WALES EXECUTIVE | GWEITHRAEDIAETH GIG CYMRU
Planned Care Programme

RAPID REVIEW
Orthopaedic waiting lists at Ysbyty Gwynedd

Setting: Bangor, Wales.

1. PURPOSE

The review looked at waiting lists.
"""


def test_evidence_titles_and_makers_beside_the_text(tmp_path: Path, extractor: Any) -> None:
    claims, _ = extract_file(
        extractor, write_doc(tmp_path, "hub.html", ASIDE), DocumentKind.EVIDENCE
    )
    assert linked_people(claims, Rel.AUTHORED) == {"Fenella Rutherford-Kerr"}
    claims, _ = extract_file(
        extractor, write_doc(tmp_path, "glens.md", TRAIL), DocumentKind.EVIDENCE
    )
    assert {e.name.split(" (")[0] for e in claims.entities if e.label == Label.EVIDENCE} == {
        "Older people's experience of day care in the Glens of Antrim"
    }
    claims, _ = extract_file(
        extractor, write_doc(tmp_path, "review.txt", PROGRAMME), DocumentKind.EVIDENCE
    )
    assert {e.name.split(" (")[0] for e in claims.entities if e.label == Label.EVIDENCE} == {
        "Orthopaedic waiting lists at Ysbyty Gwynedd"
    }


LAY = """# What happens when dietitians join general practice?

*Plain English summary · Queen's University Belfast · September 2025*

In Northern Ireland, 30 practices now have a dietitian. The Bright Starts community \
development programme helped.

Bright Starts funded two workers.
"""


def test_words_that_are_no_nation_and_no_person(tmp_path: Path, extractor: Any) -> None:
    claims, _ = extract_file(extractor, write_doc(tmp_path, "lay.md", LAY), DocumentKind.EVIDENCE)
    assert _names(claims, Label.NATION) == {"Northern Ireland"}  # "Plain English": a language
    assert "Bright Starts" not in _names(claims, Label.PERSON)  # a programme's name


TITLE_PAGE = """<div align="center">

**Hand hygiene in Flying Start settings**

**Monitoring report 2024**

Dr Heledd Wyn Pryce
Llinos Garmon-Jones

Welsh Oral Health Information Unit

</div>

## Contents

Summary ..................................... 1

## Summary

**Setting:** Flying Start areas in Wales. Hand hygiene was taught twice a year.
"""

POST = """<html><body><main>
<h1>Our parents' evening on type 1 diabetes at secondary school</h1>
<p class="posted">Posted 21 November 2025 by Orlagh Mac an Bhaird, Network Coordinator</p>
<p>Forty parents came to the community centre in Belfast.</p>
<p><strong>Speaking:</strong> Dr Cormac Ó Dálaigh (consultant paediatrician) and Gráinne
Devlin-Moore (paediatric diabetes nurse specialist).</p>
</main></body></html>
"""

PRESENT_HEADINGS = """# Post-infection review learning panel

## Present

## GLP – Dr Gwilym Pryce-Lloyd, Consultant Microbiologist (Chair)

CMH – Catrin Hedd Humphreys, Head of Infection Prevention, Wrexham Maelor Hospital

## IR – Iestyn Rhydwen, Estates Manager

## 1. Welcome

GLP welcomed the panel.
"""


def test_title_pages_posts_and_entries_set_as_headings(tmp_path: Path, extractor: Any) -> None:
    claims, _ = extract_file(
        extractor, write_doc(tmp_path, "report.md", TITLE_PAGE), DocumentKind.EVIDENCE
    )
    assert {e.name.split(" (")[0] for e in claims.entities if e.label == Label.EVIDENCE} == {
        "Hand hygiene in Flying Start settings"
    }  # not "Contents"
    assert {"Heledd Wyn Pryce", "Llinos Garmon-Jones"} <= linked_people(claims, Rel.AUTHORED)
    claims, _ = extract_file(
        extractor, write_doc(tmp_path, "post.html", POST), DocumentKind.WORKSHOP
    )
    assert {"Orlagh Mac an Bhaird", "Cormac Ó Dálaigh", "Gráinne Devlin-Moore"} <= linked_people(
        claims, Rel.ATTENDED
    )
    claims, _ = extract_file(
        extractor, write_doc(tmp_path, "panel.md", PRESENT_HEADINGS), DocumentKind.WORKSHOP
    )
    assert {"Gwilym Pryce-Lloyd", "Catrin Hedd Humphreys", "Iestyn Rhydwen"} <= linked_people(
        claims, Rel.ATTENDED
    )
