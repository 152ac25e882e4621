"""Plain-text logs and reports laid out in columns: a surname-first list set in capitals with
its roles in a second column, a publisher's banner of a body not in the gazetteer over a title
wrapped after a joining word, who "held the debrief", and learning under "Learning from this
clinic" (invented people; real bodies and places; real spaCy model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.reference.gazetteer import load_gazetteer
from ingest.extract.people_lists import parse_people
from ingest.readers import read_document
from ingest.types import DocumentKind

LOG = """CARDIFF AND VALE UNIVERSITY HEALTH BOARD
Memory Assessment Service - Research Champions

DROP-IN DEBRIEF LOG
Held ........ Thursday 2 October 2025, 10.00 - 13.00
Where ....... Llandaff North Community Hub, Cardiff

WHO CAME TO THE DEBRIEF
  LLEWELLYN-JARRETT, Tomos       Research Nurse, Memory Assessment
                                 Service
  SIDDIQUE-ROWE, Kamal           Research Delivery Manager, Health and
                                 Care Research Wales

WHAT WE TALKED ABOUT
  The stall had 58 visitors and nine people asked to join a study on
  Alzheimer's disease.
"""

REPORT = """BLACKBURN WITH DARWEN BOROUGH COUNCIL - PUBLIC HEALTH
=====================================================

ROUTINE ENQUIRY ABOUT ADVERSE CHILDHOOD EXPERIENCES IN
PRIMARY CARE: PATIENT AND STAFF SURVEY RESULTS, 2025

Published    : 14 July 2025

1. BACKGROUND
   Eight GP practices asked adult patients about adverse childhood experiences.
"""

CLINIC = """Winter chilblains clinic: what the students saw

The clinic supervisor, Dr Lorna Brodie-MacPhail (Senior Lecturer in Podiatry), held the
debrief with fourth-year students.

Learning from this clinic

- Chilblains are not only a problem of older people: young adults in cold, damp rented flats
  get them too.
"""


def test_a_surname_first_list_in_capitals_is_read_as_names() -> None:
    gaz = load_gazetteer()
    [entry] = parse_people("SIDDIQUE-ROWE, Kamal   Research Delivery Manager, NHS Wales", gaz)
    assert (entry.name, entry.role) == ("Kamal Siddique-Rowe", "Research Delivery Manager")
    assert parse_people("NHS FIFE, Jane", gaz) == []  # a body in capitals, not a surname


@pytest.mark.slow
def test_a_column_log_keeps_its_columns_apart(tmp_path: Path, extractor: Any) -> None:
    path = tmp_path / "log.txt"
    path.write_text(LOG, "utf-8")
    claims = extractor(read_document(path, kind=DocumentKind.WORKSHOP))
    people = {e.name for e in claims.entities if e.label.value == "Person"}
    assert {"Tomos Llewellyn-Jarrett", "Kamal Siddique-Rowe"} <= people
    assert not any(name.startswith("Kamal ") and name != "Kamal Siddique-Rowe" for name in people)


@pytest.mark.slow
def test_a_banner_of_a_body_over_a_wrapped_title(tmp_path: Path, extractor: Any) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, "utf-8")
    raw = read_document(path, kind=DocumentKind.EVIDENCE)
    extractor(raw)
    assert raw.title == (
        "Routine enquiry about adverse childhood experiences in primary care: patient and "
        "staff survey results, 2025"
    )


@pytest.mark.slow
def test_who_held_the_debrief_took_part_and_learning_from_this_clinic(
    tmp_path: Path, extractor: Any
) -> None:
    path = tmp_path / "clinic.txt"
    path.write_text(CLINIC, "utf-8")
    claims = extractor(read_document(path, kind=DocumentKind.WORKSHOP))
    attended = {r.source[1] for r in claims.relations if r.rel.value == "ATTENDED"}
    assert "Lorna Brodie-MacPhail" in attended
    learned = " ".join(e.name for e in claims.entities if e.label.value == "Learning")
    assert "young adults in cold, damp rented flats get them too" in learned


def test_headings_and_unit_lines_from_the_spent_dev90() -> None:
    from ingest.extract.body_banners import unit_line
    from ingest.extract.headings import role_of_heading
    from ingest.extract.sections import Role

    assert role_of_heading("What the records and the discussion showed") == Role.LEARNING
    assert role_of_heading("What the survey shows") == Role.LEARNING
    assert unit_line("Acute Frailty Unit, Morriston Hospital, Swansea")  # under the banner
    assert not unit_line("Falls, frailty and the Acute Unit")
