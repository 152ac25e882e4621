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
