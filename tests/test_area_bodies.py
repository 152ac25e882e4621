"""NHS bodies named after the areas they serve (ingest.extract.area_bodies), on blank-model
docs: the name runs back from the body's head over a list of areas joined by "and"; and a
defined acronym written alone (ingest.extract.defined_names.acronym_mentions)."""

from __future__ import annotations

import pytest
import spacy

from graph.reference.names import name_words
from ingest.extract.area_bodies import area_bodies
from ingest.extract.model_spans import ORG_HEADS

NLP = spacy.blank("en")
ROLE_HEADS = name_words()["role-head"]


def bodies(text: str, ents: tuple[tuple[str, str], ...] = ()) -> list[str]:
    doc = NLP(text)
    spans = []
    for words, label in ents:
        start = text.index(words)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = spans
    found = area_bodies(doc, list(doc.ents), ORG_HEADS.__contains__, ROLE_HEADS.__contains__)
    return [e.text for e in found if e.label_ == "ORG"]


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "She joined Tees, Esk and Wear Valley Mental Health Foundation Trust in May.",
            "Tees, Esk and Wear Valley Mental Health Foundation Trust",
        ),
        (
            "He is chair of Chelsea and Westminster NHS Foundation Trust Hospital.",
            "Chelsea and Westminster NHS Foundation Trust Hospital",
        ),
        (
            "She now works for the North East and North Cumbria Integrated Care System (ICS).",
            "North East and North Cumbria Integrated Care System",
        ),
        ("The South-Eastern HSC Trust opened a ward.", "South-Eastern HSC Trust"),
        ("Staffordshire and Stoke ICB held a meeting.", "Staffordshire and Stoke ICB"),
        (  # a head no organisation covers: its area words, no list needed
            "She is a nurse at South Warwickshire NHS Foundation Trust now.",
            "South Warwickshire NHS Foundation Trust",
        ),
    ],
)
def test_area_bodies_whole_name(text: str, body: str) -> None:
    assert body in bodies(text)


def test_area_bodies_replace_the_cut_pieces() -> None:
    text = "He is chair of Chelsea and Westminster NHS Foundation Trust Hospital."
    found = bodies(
        text, (("Chelsea", "PERSON"), ("Westminster NHS Foundation Trust Hospital", "ORG"))
    )
    assert found == ["Chelsea and Westminster NHS Foundation Trust Hospital"]


@pytest.mark.parametrize(
    "text, ents, wrong",
    [
        (  # two bodies, the first with a head of its own
            "The chair of Cornwall Council and Cornwall Partnership NHS Foundation Trust met.",
            (),
            "Cornwall Council and Cornwall Partnership NHS Foundation Trust",
        ),
        (  # a person before the dash of a list line
            "Rhiannon Pask - Lancashire and South Cumbria NHS Foundation Trust",
            (("Rhiannon Pask", "PERSON"),),
            "Rhiannon Pask - Lancashire and South Cumbria NHS Foundation Trust",
        ),
        (  # a person of two names joined to a body
            "Thanks to Rhiannon Pask and Westminster NHS Foundation Trust.",
            (("Rhiannon Pask", "PERSON"),),
            "Rhiannon Pask and Westminster NHS Foundation Trust",
        ),
        (  # a list with no "and"
            "Colleagues from Leeds, Bradford NHS Trust came.",
            (),
            "Leeds, Bradford NHS Trust",
        ),
    ],
)
def test_area_bodies_not_across_other_names(
    text: str, ents: tuple[tuple[str, str], ...], wrong: str
) -> None:
    assert wrong not in bodies(text, ents)


def test_defined_acronym_names_the_body_where_written_alone() -> None:
    from ingest.extract.defined_names import acronym_mentions

    text = "West Suffolk NHS Foundation Trust (WSFT) has volunteers. Staff at WSFT said so."
    doc = NLP(text)
    full = doc.char_span(0, len("West Suffolk NHS Foundation Trust"), label="ORG")
    assert full is not None
    found = acronym_mentions(doc, [full])
    assert [e.text for e in found].count("WSFT") == 2


def test_defined_acronym_not_tagged_when_its_full_name_is_no_organisation() -> None:
    from ingest.extract.defined_names import acronym_mentions

    doc = NLP("The Better Care Fund (BCF) pays. The BCF grew.")
    assert acronym_mentions(doc, []) == []


def test_area_bodies_keep_an_entity_already_whole() -> None:
    text = "She chairs Cardiff and Vale University Health Board now."
    doc = NLP(text)
    start = text.index("Cardiff")
    whole = doc.char_span(start, text.index(" now"), label="ORG", span_id="gazetteer")
    assert whole is not None
    found = area_bodies(doc, [whole], ORG_HEADS.__contains__, ROLE_HEADS.__contains__)
    assert [(e.text, e.id_) for e in found] == [(whole.text, "gazetteer")]
