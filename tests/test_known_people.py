"""People known by name from the directories (ingest.extract.known_people): a directory
person's full name written in a document is that person, whatever the model made of it, and
a span the model found that reaches beyond the name is left alone. People are invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Span

from graph.stores.embedded import EmbeddedStore
from ingest.extract.known_people import KnownPeople
from ingest.pipeline import ingest
from ingest.types import DocumentKind

NLP = spacy.blank("en")


def _spans(text: str, ents: list[tuple[str, str]], names: list[str]) -> list[tuple[str, str]]:
    doc = NLP(text)
    given = []
    for words, label in ents:
        start = text.index(words)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None
        given.append(span)
    found: list[Span] = KnownPeople(names).spans(doc, given)
    return [(s.text, s.label_) for s in found]


def test_a_known_name_replaces_what_lay_inside_it() -> None:
    text = "Its Head of Policy, Iestyn Morgan-Bowen, attends the Board."
    assert _spans(text, [("Iestyn", "GPE")], ["Iestyn Morgan-Bowen"]) == [
        ("Iestyn Morgan-Bowen", "PERSON")
    ]
    assert _spans(text, [], ["Dr Iestyn Morgan-Bowen"]) == [("Iestyn Morgan-Bowen", "PERSON")]
    possessive = "Iestyn Morgan-Bowen's team wrote it."
    assert _spans(possessive, [], ["Iestyn Morgan-Bowen"]) == [("Iestyn Morgan-Bowen", "PERSON")]


def test_a_known_name_inside_a_longer_name_or_word_is_left_alone() -> None:
    house = "Sessions were held at Mary Seacole House in Cardiff."
    assert _spans(house, [("Mary Seacole House", "ORG")], ["Mary Seacole"]) == [
        ("Mary Seacole House", "ORG")
    ]
    assert _spans("Ann Bellamy chaired.", [], ["Ann Bell"]) == []
    assert _spans("Ann Bell-Jones chaired.", [], ["Ann Bell"]) == []
    assert _spans("ANN BELL chaired.", [], ["Ann Bell"]) == []  # capitals: not as written


def test_only_names_of_two_words_or_more_not_bodies_are_known() -> None:
    known = KnownPeople(
        ["Ann", "Ann Bell (NHS Fife)", "Marie Curie", "ann bell", "Team 4 Lead"],
        is_body=lambda name: name == "Marie Curie",
    )
    assert known.names == {"Ann Bell"}


NOTES = """# Cardiac rehabilitation network: notes of the spring meeting

The network's report goes to the Welsh Government, whose Head of Cardiac Policy, Iestyn
Morgan-Bowen, attends the Board each quarter.
"""
DIRECTORY = """name,role,organisation,profession,sector,nation,email,consent
Iestyn Morgan-Bowen,Head of Cardiac Policy,Welsh Government,policy,government,Wales,\
im@example.org,yes
"""


def _quotes_of(store: Any, name: str) -> list[str]:
    graph = store.graph()
    person = next(n for n, d in graph.nodes(data=True) if d.get("name") == name)
    provenance = [*graph.nodes[person].get("provenance", [])] + [
        p for _, _, d in graph.edges(person, data=True) for p in d.get("provenance", [])
    ]
    return [p.quote for p in provenance]


def _files(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "people.csv").write_text(DIRECTORY, "utf-8")
    (tmp_path / "notes.md").write_text(NOTES.replace("Iestyn\nMorgan", "Iestyn Morgan"), "utf-8")
    return tmp_path / "people.csv", tmp_path / "notes.md"


SAID = "whose Head of Cardiac Policy, Iestyn Morgan-Bowen"


@pytest.mark.slow
@pytest.mark.parametrize("together", [True, False])
def test_a_directory_person_named_in_notes_is_found_there(
    tmp_path: Path, extractor: Any, together: bool
) -> None:
    """Whether the directory comes in the same batch or was stored before, the notes' words
    about its person are theirs (the model alone tags no one in that sentence)."""
    people, notes = _files(tmp_path)
    store = EmbeddedStore(tmp_path / "data")
    if together:
        ingest([people, notes], store, extractor=extractor)
    else:
        ingest([people], store, kind=DocumentKind.DIRECTORY, extractor=extractor)
        ingest([notes], store, extractor=extractor)
    quotes = _quotes_of(store, "Iestyn Morgan-Bowen")
    assert any(SAID in q for q in quotes), quotes


@pytest.mark.neo4j
def test_a_directory_stored_in_neo4j_is_known_too(
    tmp_path: Path, extractor: Any, neo4j_store: Any
) -> None:
    people, notes = _files(tmp_path)
    ingest([people], neo4j_store, kind=DocumentKind.DIRECTORY, extractor=extractor)
    stored = list(neo4j_store.ledger())
    assert neo4j_store.person_names(stored, ["Iestyn"]) == ["Iestyn Morgan-Bowen"]
    assert neo4j_store.person_names(stored, ["Morgan"]) == []
    ingest([notes], neo4j_store, extractor=extractor)
    assert any(SAID in q for q in _quotes_of(neo4j_store, "Iestyn Morgan-Bowen"))


@pytest.mark.slow
def test_a_directory_added_after_the_notes_is_read_into_them_again(
    tmp_path: Path, extractor: Any
) -> None:
    """Notes stored before the directory keep their reading (an unchanged file is passed
    over) until they are ingested again with `again` (`qkg ingest --again`)."""
    people, notes = _files(tmp_path)
    store = EmbeddedStore(tmp_path / "data")
    ingest([notes], store, extractor=extractor)
    ingest([people], store, kind=DocumentKind.DIRECTORY, extractor=extractor)
    assert not any(SAID in q for q in _quotes_of(store, "Iestyn Morgan-Bowen"))
    report = ingest([notes], store, extractor=extractor)
    assert report.unchanged and not report.changed
    report = ingest([notes], store, extractor=extractor, again=True)
    assert report.changed and not report.unchanged
    assert any(SAID in q for q in _quotes_of(store, "Iestyn Morgan-Bowen"))
