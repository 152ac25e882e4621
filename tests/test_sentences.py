"""ingest.extract.sentences: sentence lookups by bisection agree with spaCy's own reading of
the sentence starts, on docs built by hand."""

from __future__ import annotations

import itertools

import pytest
import spacy
from spacy.tokens import Doc

from ingest.extract.affiliations import _same_sentence
from ingest.extract.sentences import doc_text, keep_text, same_sentence, sentence_at

WORDS = ["Ailsa", "Bevan", "joined", "NHS", "Fife", ".", "\n\n", "Ciaran", "Igwe", "spoke", "."]
SPACES = [True, True, True, True, False, False, False, True, True, False, False]


@pytest.fixture
def doc() -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=WORDS, spaces=SPACES)
    for token in doc:
        token.is_sent_start = token.i in (0, 6, 7)
    return doc


def test_sentences_same_sentence_as_token_flags(doc: Doc) -> None:
    for a, b in itertools.product(range(len(doc)), repeat=2):
        flags = not any(doc[i].is_sent_start for i in range(a + 1, b + 1))
        assert same_sentence(doc, a, b) == flags, (a, b)


def test_sentences_sentence_at_as_doc_sents(doc: Doc) -> None:
    sents = list(doc.sents)
    for token in doc:
        assert sentence_at(doc, token.i) == next(s for s in sents if token in s)


def test_sentences_kept_text_is_read(doc: Doc) -> None:
    assert doc_text(doc) == doc.text
    other = Doc(doc.vocab, words=WORDS, spaces=SPACES)
    keep_text(other, "given")
    assert doc_text(other) == "given"


def test_affiliations_same_sentence_stops_at_a_blank_line(doc: Doc) -> None:
    spans = [doc[a:b] for a, b in itertools.combinations(range(len(doc) + 1), 2)]
    for first, second in itertools.product(spans, repeat=2):
        gap = "\n\n" in doc[first.end : second.start].text_with_ws
        flags = not any(doc[i].is_sent_start for i in range(first.start + 1, second.start + 1))
        assert _same_sentence(first, second) == (not gap and flags), (first, second)
