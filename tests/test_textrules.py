"""Acronym definitions and name normalisation (no spaCy model)."""

from __future__ import annotations

import pytest

from graph.reference.names import PersonName, clean_org, clean_person
from ingest.extract.acronyms import acronym_definitions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Healthcare Improvement Scotland (HIS) said", {"HIS": "Healthcare Improvement Scotland"}),
        ("the Public Health Agency (PHA) and the PHA", {"PHA": "Public Health Agency"}),
        ("Department of Health (DoH) in Belfast", {"DoH": "Department of Health"}),
        ("we met (GP) colleagues", {}),
        (
            "funded by the National Institute for Health and Care Research (NIHR)",
            {"NIHR": "National Institute for Health and Care Research"},
        ),
    ],
)
def test_textrules_acronym_definitions(text: str, expected: dict[str, str]) -> None:
    assert acronym_definitions(text) == expected


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Dr. Aileen Murray's", "Aileen Murray"),
        ("Murray, Aileen", "Aileen Murray"),
        ("Professor Rukhsana Iqbal OBE", "Rukhsana Iqbal"),
        ("Cllr Siân Ellis", "Siân Ellis"),
        ("  Tomasz   Nowak ", "Tomasz Nowak"),
    ],
)
def test_names_clean_person(raw: str, clean: str) -> None:
    assert clean_person(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("the King's Fund's", "King's Fund"),
        ("The Health Foundation", "Health Foundation"),
        ("NHS Lothian's", "NHS Lothian"),
        ("Royal College of GPs", "Royal College of GPs"),
    ],
)
def test_names_clean_org(raw: str, clean: str) -> None:
    assert clean_org(raw) == clean


def test_names_person_name_parts() -> None:
    name = PersonName.parse("Dr Maria van der Berg")
    assert name.surname == "van der berg" and name.given == ("maria",)
    assert PersonName.parse("A. J. Murray").initials_only
