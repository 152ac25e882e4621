"""A unit named with its body is the body (ingest.extract.org_units), invented names."""

from __future__ import annotations

from typing import Any

import pytest

from ingest.extract.org_units import body_of_unit

KNOWN = {"Eastbury University", "Improvement Wales"}


def _body(name: str) -> str | None:
    words = name.split()
    found = body_of_unit(words, KNOWN.__contains__)
    return None if found is None else " ".join(words[found[0] : found[1]])


@pytest.mark.parametrize(
    "name, body",
    [
        (
            "Department of Clinical Neuroscience at the University of Fenwick",
            "University of Fenwick",
        ),
        ("School of Nursing at Eastbury University", "Eastbury University"),
        ("Institute for Ageing at Tynefield University", "Tynefield University"),
        ("WBHT Communications Team", "WBHT"),
        ("Improvement Wales Academy", "Improvement Wales"),
        ("Improvement Wales Quality and Safety Team", "Improvement Wales"),
    ],
)
def test_org_units_body_of_a_named_unit(name: str, body: str) -> None:
    assert _body(name) == body


@pytest.mark.parametrize(
    "name",
    [
        "Hospital at Home",  # a service, not a unit at a body
        "Westbay Communications Team",  # no anchor before the unit
        "Eastbury University",
        "Chair at Northvale Trust",  # a role, not a unit
    ],
)
def test_org_units_not_a_unit(name: str) -> None:
    assert _body(name) is None


@pytest.mark.slow
def test_org_units_unit_before_at_is_no_organisation(extractor: Any) -> None:
    doc = extractor.nlp(
        "Dr Orla Penhale, a registrar at the Institute for Ageing at Tynefield University, "
        "gave the lecture."
    )
    orgs = {e.text for e in doc.ents if e.label_ == "ORG"}
    assert "Institute for Ageing" not in orgs


def test_org_units_a_bodys_site_named_short_is_no_person() -> None:
    """ "… at Spinney Hill for three months" where the notes name Spinney Hill Medical Centre:
    the site, not a person; the same words with no such body, or not after "at", stay."""
    import spacy

    from ingest.extract.org_units import sites_of_bodies

    nlp = spacy.blank("en")

    def persons(text: str, spans: list[tuple[str, str, int]]) -> list[str]:
        doc = nlp(text)
        ents = []
        for words, label, nth in spans:
            start = -1
            for _ in range(nth + 1):
                start = text.index(words, start + 1)
            ents.append(doc.char_span(start, start + len(words), label=label))
        return [e.text for e in sites_of_bodies(ents) if e.label_ == "PERSON"]

    notes = "Ravi works at Spinney Hill Medical Centre. Ravi to test it at Spinney Hill."
    body = ("Spinney Hill Medical Centre", "ORG", 0)
    assert persons(notes, [body, ("Spinney Hill", "PERSON", 1)]) == []
    assert persons(notes, [("Spinney Hill", "PERSON", 1)]) == ["Spinney Hill"]
    told = "Ravi works at Spinney Hill Medical Centre. Spinney Hill told us."
    assert persons(told, [body, ("Spinney Hill", "PERSON", 1)]) == ["Spinney Hill"]
