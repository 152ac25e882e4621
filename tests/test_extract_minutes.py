"""Minutes that name their body on a heading line and give attendance in prose
(ingest.extract.heading_bodies, ingest.extract.meetings.members_in_prose), invented bodies and
people (real spaCy model)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract import pairs

pytestmark = pytest.mark.slow

MINUTES = (
    "Agenda and draft minutes\n\nNorthumberland Health and Wellbeing Board\n"
    "Thursday, 18th April, 2019 10.00 am\n\nMinutes:\n\n"
    "Apologies for absence were received from Mr D Ashcombe (Ms H Lowry attended as "
    "substitute), Mr A Penhale and Ms B Tremayne, NHS England.\n"
)
BODY = "Northumberland Health and Wellbeing Board"


def test_minutes_heading_names_the_body(extractor: Any) -> None:
    assert BODY in {e.text for e in extractor.nlp(MINUTES).ents if e.label_ == "ORG"}


def test_minutes_apologies_and_substitutes_sit_on_the_body(extractor: Any) -> None:
    found = pairs(extractor, MINUTES)
    for person in ("D Ashcombe", "H Lowry", "A Penhale"):
        assert (person, BODY) in found
    assert ("B Tremayne", "NHS England") in found
    assert ("B Tremayne", BODY) not in found


def test_minutes_heading_with_a_date_after_a_dash(extractor: Any) -> None:
    text = "Agenda and minutes\n\nNorthumberland Health & Wellbeing Board - Tuesday 21 May 2019\n"
    orgs = {e.text for e in extractor.nlp(text).ents if e.label_ == "ORG"}
    assert "Northumberland Health & Wellbeing Board" in orgs


def test_minutes_only_in_minutes(extractor: Any) -> None:
    text = MINUTES.replace("Agenda and draft minutes", "Annual report").replace("Minutes:", "")
    assert ("D Ashcombe", BODY) not in pairs(extractor, text)


NAMES_UNDER_HEADINGS = (
    "Health & Wellbeing Board Minutes\n\nWednesday, 14th March, 2018\n\nAttendance Details\n\n"
    "Cllr Alma Venner (Chairman), Cllr Rory Tamblyn, Petra Oldroyd, Gideon Marsh\n"
    "Oswin Kettle (Healthwatch Northmoor)\nBeryl Tamsett (NBC)\nIn Attendance:\n"
    "Cllr Hester Quayle (Cabinet Member for Housing).\nApologies for absence:\n"
    "Cllr Graham Pruitt, Imogen Faraday.\n"
)
HWB = "Health & Wellbeing Board"


def test_minutes_names_under_attendance_and_apologies_headings(extractor: Any) -> None:
    found = pairs(extractor, NAMES_UNDER_HEADINGS)
    for person in ("Alma Venner", "Rory Tamblyn", "Petra Oldroyd", "Imogen Faraday"):
        assert (person, HWB) in found
    assert ("Oswin Kettle", HWB) not in found  # a body of his own in brackets
    assert ("Beryl Tamsett", HWB) not in found
    assert ("Hester Quayle", HWB) not in found  # "In Attendance": officers and guests


MINUTE_PROSE = (
    "Agenda and draft minutes\n\nHealth and Wellbeing Board - Thursday, 5th March, 2020 2.00 pm\n\n"
    "Venue: Virtual Meeting\n\nMinutes:\n\nCerys Wadlow took the Chair for items 1 - 3.\n\n"
    "Apologies for absence were received from Graham Okafor, James Featherby and Nell Arkwright "
    "(Healthwatch nominee).\n\n"
    "The Board was advised that Tamsin Greaves was attending as James Featherby's substitute.\n\n"
    "The Chairman said that Ottilie Marchbank would join later.\n"
)
BOARD = "Health and Wellbeing Board"


def test_minutes_body_in_a_dated_heading_without_a_place(extractor: Any) -> None:
    assert BOARD in {e.text for e in extractor.nlp(MINUTE_PROSE).ents if e.label_ == "ORG"}


def test_minutes_prose_seats_chairs_and_substitutes(extractor: Any) -> None:
    found = pairs(extractor, MINUTE_PROSE)
    for person in ("Cerys Wadlow", "Graham Okafor", "Tamsin Greaves"):
        assert (person, BOARD) in found
    assert ("Ottilie Marchbank", BOARD) not in found
    assert ("Nell Arkwright", BOARD) not in found  # she sits for a body of her own


def test_dated_heading_without_a_place_needs_papers(extractor: Any) -> None:
    text = MINUTE_PROSE.replace("Agenda and draft minutes", "Annual report")
    assert BOARD not in {e.text for e in extractor.nlp(text).ents if e.label_ == "ORG"}
