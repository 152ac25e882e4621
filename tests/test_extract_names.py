"""Names cut wrongly by the model, joined or split again (ingest.extract.name_parts,
ingest.extract.document_entities), invented people and bodies (real spaCy model)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Span

from graph.reference.gazetteer import load_gazetteer
from ingest.extract.affiliation_words import ROLE_WORDS
from ingest.extract.document_entities import DocumentFixer
from ingest.extract.model_spans import ORG_HEADS
from tests.test_extract import pairs, summary

pytestmark = pytest.mark.slow


def _ents(extractor: Any, text: str, label: str) -> set[str]:
    return {e.text for e in extractor.nlp(text).ents if e.label_ == label}


@pytest.mark.parametrize(
    "text, org",
    [
        (
            "Orla Penhale works at Barnet, Enfield and Haringey Mental Health NHS Trust, which "
            "serves north London.",
            "Barnet, Enfield and Haringey Mental Health NHS Trust",
        ),
        (
            "She was deputy director of operations at the Royal Liverpool and Broadgreen "
            "University Hospitals NHS Trust.",
            "Royal Liverpool and Broadgreen University Hospitals NHS Trust",
        ),
    ],
)
def test_names_places_listed_before_a_body_are_its_name(
    extractor: Any, text: str, org: str
) -> None:
    assert org in _ents(extractor, text, "ORG")


def test_names_surname_tagged_organisation_after_a_given_name() -> None:
    """The model tags "Masom"-like surnames ORG and leaves the given name out: built by hand."""
    nlp = spacy.blank("en")
    doc = nlp("Trust Chair Neil Vantongeren said: “We are delighted to welcome her.”")
    fixer = DocumentFixer(load_gazetteer(), ORG_HEADS, ROLE_WORDS)
    found = fixer(doc, [Span(doc, 3, 4, label="ORG")])
    assert [(e.text, e.label_) for e in found] == [("Neil Vantongeren", "PERSON")]


@pytest.mark.parametrize(
    "text, start, end, name",
    [  # the model's cuts, by hand: the saint left out, the name cut at its "'s"
        ("St Elowen Hospice has announced a new chair.", 1, 3, "St Elowen Hospice"),
        ("Orla Penhale, Chairman, St Brannock's Hospice, Truro", 5, 7, "St Brannock's Hospice"),
    ],
)
def test_names_saint_is_part_of_a_body_name(text: str, start: int, end: int, name: str) -> None:
    doc = spacy.blank("en")(text)
    fixer = DocumentFixer(load_gazetteer(), ORG_HEADS, ROLE_WORDS)
    found = fixer(doc, [Span(doc, start, end, label="ORG")])
    assert name in {e.text for e in found if e.label_ == "ORG"}


@pytest.mark.parametrize(
    "text, not_org",
    [
        (
            "Members declare any payment from a trade union within the meaning of the Trade "
            "Union and Labour Relations (Consolidation) Act 1992.",
            "Labour Relations",
        ),
        (
            "Ward manager Orla Penhale has led her team in delivering Project Kestrel on her "
            "rehabilitation ward.",
            "Project Kestrel",
        ),
    ],
)
def test_names_titles_are_no_organisations(extractor: Any, text: str, not_org: str) -> None:
    assert not_org not in _ents(extractor, text, "ORG")


def test_names_role_of_one_body_at_another(extractor: Any) -> None:
    text = (
        "The series is presented by Orla Penhale, Managing Director of Q at the Health "
        "Foundation, who leads it."
    )
    found = pairs(extractor, text)
    assert ("Orla Penhale", "Health Foundation") in found


def test_names_leading_for_is_no_part_of_the_name(extractor: Any) -> None:
    text = (
        "Podcast guests\n\n- Dr Orla Penhale, Chief Clinical Improvement Officer, for "
        "Cambridgeshire and Peterborough ICB\n- Dr Bram Okonjo, Research Fellow, Fenwick "
        "University\n"
    )
    found = summary(extractor, text)
    assert not any(o.lower().startswith("for ") for o in found["organisations"])
    assert ["Orla Penhale", "Cambridgeshire and Peterborough ICB"] in found["relations"]


def test_names_acronym_place_acronym_is_one_body(extractor: Any) -> None:
    text = (
        "Talks on the latest research at NIHR Leeds CRF this spring.\n\n"
        "Prof. Orla Penhale, NIHR Leeds CRF Theme Lead for Immunity and Professor of "
        "Immunology, University of Leeds\n"
    )
    assert "NIHR Leeds CRF" in _ents(extractor, text, "ORG")
    found = summary(extractor, text)
    assert ["Orla Penhale", "NIHR Leeds CRF"] in found["relations"]
    assert "NIHR" not in found["organisations"]


def test_names_full_name_of_an_acronym_of_two_words(extractor: Any) -> None:
    text = (
        "The North West Coast Academic Health Science Network (NWC AHSN) is leading the work. "
        "The NWC AHSN will report in May."
    )
    orgs = _ents(extractor, text, "ORG")
    assert "North West Coast Academic Health Science Network" in orgs
    assert "NWC AHSN" in orgs
    assert not orgs & {"NWC", "AHSN"}


@pytest.mark.parametrize(
    "text, person",
    [
        ("Ms Marisol O’Reilly will be appointed as Chair of the trust.", "Marisol O’Reilly"),
        ("Dr Orla McTavish and Idris O’Kane, Lead Nurse, spoke.", "Idris O’Kane"),
    ],
)
def test_names_surname_with_an_apostrophe_is_one_name(
    extractor: Any, text: str, person: str
) -> None:
    assert person in _ents(extractor, text, "PERSON")


def test_names_an_actions_verb_is_not_part_of_a_name(extractor: Any) -> None:
    """An action item's verb before whoever is to do it: "Offer Eilidh a place …"."""
    found = _ents(extractor, "Offer Eilidh a place on course 4.", "PERSON")
    assert found == {"Eilidh"}


def test_names_a_banner_in_capitals_is_no_person(extractor: Any) -> None:
    text = "RESEARCH ARTICLE · Revised\n\nSleep after a stroke: a survey of 300 survivors\n"
    assert not {p for p in _ents(extractor, text, "PERSON") if p.isupper()}


def test_names_a_venue_is_no_person(extractor: Any) -> None:
    text = "Venue:   AK Bell Library, York Place, Perth (Learning Room) + MS Teams\n"
    assert not {p for p in _ents(extractor, text, "PERSON") if p.endswith("Library")}
