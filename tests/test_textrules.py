"""Unit tests of the text rules and name normalisation (no spaCy model)."""

from __future__ import annotations

import pytest

from graph.reference.names import PersonName, clean_org, clean_person
from ingest.extract.line_rules import (
    acronym_definitions,
    attendee_lines,
    evidence_metadata,
    learning_statements,
    parse_attendee,
    split_names,
)


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
    ("line", "expected"),
    [
        ("Morag Ferguson – GP, NHS Highland", ("Morag Ferguson", "GP", "NHS Highland")),
        (
            "- Dr Neil Sutherland – Senior Lecturer in Public Health, University of Glasgow",
            ("Dr Neil Sutherland", "Senior Lecturer in Public Health", "University of Glasgow"),
        ),
        (
            "Dr Neil Sutherland - Senior Lecturer, University of Glasgow",
            ("Dr Neil Sutherland", "Senior Lecturer", "University of Glasgow"),
        ),
        ("Kirsty Baird – See Me", ("Kirsty Baird", "", "See Me")),
        ("Kirsty Baird – peer worker", ("Kirsty Baird", "peer worker", "")),
        ("This was a long day with many people in the room.", None),
    ],
)
def test_textrules_parse_attendee(line: str, expected: tuple[str, str, str] | None) -> None:
    assert parse_attendee(line) == expected


def test_textrules_attendee_and_learning_sections_with_offsets() -> None:
    text = (
        "Notes of the day\n\nAttendees\n- Morag Ferguson – GP, NHS Highland\n"
        "- Tomasz Nowak – Peer Worker, Turning Point Scotland\n\nWhat we learned\n"
        "- Peer workers need supervision from someone who has done the job.\n"
        "- Short.\n* Rural areas need travel budgets for peer supporters.\n\nNext steps\n"
        "- Meet again in June and invite commissioners.\n"
    )
    attendees = attendee_lines(text)
    assert [parsed for _line, parsed in attendees] == [
        ("Morag Ferguson", "GP", "NHS Highland"),
        ("Tomasz Nowak", "Peer Worker", "Turning Point Scotland"),
    ]
    learned = learning_statements(text)
    assert [line.text for line in learned] == [
        "Peer workers need supervision from someone who has done the job.",
        "Rural areas need travel budgets for peer supporters.",
    ]
    for line in learned:
        assert text[line.start : line.end] == line.text


def test_textrules_evidence_metadata_from_text() -> None:
    text = (
        "Peer support in rural Wales: an evaluation\n"
        "Authors: Rhys Evans, Aisha Khan and Dr Owen Price\n"
        "Published by Public Health Wales, March 2023.\n\nSummary\nPeer support works."
    )
    meta = evidence_metadata(text, {})
    assert meta.authors == ["Rhys Evans", "Aisha Khan", "Dr Owen Price"]
    assert meta.year == 2023
    assert meta.publisher == "Public Health Wales"


def test_textrules_evidence_metadata_front_matter_wins() -> None:
    meta = evidence_metadata(
        "Published by Somebody Else in 2019.",
        {"authors": ["Ann Smith"], "publisher": "Nuffield Trust", "year": 2021},
    )
    assert (meta.authors, meta.year, meta.publisher) == (["Ann Smith"], 2021, "Nuffield Trust")


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


def test_textrules_split_names() -> None:
    assert split_names("Eilidh Grant, Tomasz Nowak & Aileen Murray") == [
        "Eilidh Grant",
        "Tomasz Nowak",
        "Aileen Murray",
    ]
