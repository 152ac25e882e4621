"""A specific condition, group, setting or programme is a topic of its own under the broader
one (topics.ttl), not an alternative label of it: asking for it answers with what names it,
asking for the broader topic still takes it in. Documents and people are invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy

from graph.model import Label, Rel
from graph.reference.gazetteer import load_gazetteer
from graph.reference.topics import narrower_of, taken_in
from graph.stores.embedded import EmbeddedStore
from ingest.extract.gazetteer_matcher import GAZ_KEY, GazetteerMatcher
from ingest.types import DocumentKind
from query import questions_for
from tests.test_query import Doc
from tests.test_section_topics import claims_of, targets

L = Label


def vocabulary() -> tuple[dict[str, Any], dict[str, list[str]]]:
    topics = {t.label: t for t in load_gazetteer().topics}
    label = {t.iri: t.label for t in topics.values()}
    narrower = narrower_of({t.label: [label[b] for b in t.broader] for t in topics.values()})
    return topics, narrower


def test_narrower_topics_no_label_names_two_topics() -> None:
    seen: dict[str, str] = {}
    for topic in load_gazetteer().topics:
        for name in (topic.label, *topic.alt_labels, *topic.hidden_labels):
            assert seen.setdefault(name.lower(), topic.label) == topic.label, name


@pytest.mark.parametrize(
    ("broad", "narrow"),
    [
        ("long-term conditions", "long COVID"),
        ("long-term conditions", "Parkinson's disease"),
        ("long-term conditions", "type 2 diabetes"),  # through diabetes
        ("screening", "bowel screening"),  # through cancer screening
        ("cancer care", "cervical screening"),
        ("social care", "care homes"),
        ("substance use", "naloxone"),  # through harm reduction
        ("infant feeding", "breastfeeding"),
    ],
)
def test_narrower_topics_are_taken_in_by_the_broader_at_any_depth(broad: str, narrow: str) -> None:
    topics, narrower = vocabulary()
    assert narrow in taken_in(narrower, broad)
    assert topics[narrow].definition


@pytest.fixture(scope="module")
def matcher() -> tuple[Any, GazetteerMatcher]:
    """A blank pipeline and the gazetteer matcher, built once for the module."""
    nlp = spacy.blank("en")
    return nlp, GazetteerMatcher(nlp, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "topic", "not_topic"),
    [
        ("Clinics for long COVID opened in March.", "long COVID", "long-term conditions"),
        ("People living with chronic conditions.", "long-term conditions", "long COVID"),
        ("Residents of two care homes took part.", "care homes", "social care"),
        ("Peer supporters helped with breastfeeding.", "breastfeeding", "infant feeding"),
    ],
)
def test_narrower_topics_text_names_its_own_concept(
    matcher: Any, text: str, topic: str, not_topic: str
) -> None:
    nlp, match = matcher
    doc = match(nlp(text))
    found = {span.label_ for span in doc.spans[GAZ_KEY]}
    assert f"TOPIC|{topic}" in found and f"TOPIC|{not_topic}" not in found


def corpus() -> list[Any]:
    covid = Doc("long-covid.txt")
    item = covid.entity(L.EVIDENCE, "Long COVID clinics in Gwent", year=2024)
    covid.rel(item, Rel.ADDRESSES, covid.entity(L.TOPIC, "long COVID"), "Clinics for long COVID.")
    covid.rel(item, Rel.COVERS, covid.entity(L.NATION, "Wales"))
    sugar = Doc("diabetes.txt")
    other = sugar.entity(L.EVIDENCE, "Diabetes education in Fife", year=2024)
    sugar.rel(other, Rel.ADDRESSES, sugar.entity(L.TOPIC, "diabetes"), "Diabetes classes.")
    sugar.rel(other, Rel.COVERS, sugar.entity(L.NATION, "Scotland"))
    return [covid.claims, sugar.claims]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path_factory.mktemp("narrower"))
    store.apply(corpus())
    return store


def test_narrower_topics_the_narrow_topic_answers_with_its_own_evidence_and_gaps(
    store: EmbeddedStore,
) -> None:
    answer = questions_for(store).evidence("long covid")
    assert [e.title for e in answer.results] == ["Long COVID clinics in Gwent"]
    assert answer.gaps == ["England", "Scotland", "Northern Ireland"]


def test_narrower_topics_the_broad_topic_takes_in_every_narrower_one(store: EmbeddedStore) -> None:
    answer = questions_for(store).evidence("long-term conditions")
    assert {e.title for e in answer.results} == {
        "Long COVID clinics in Gwent",
        "Diabetes education in Fife",
    }
    assert answer.gaps == ["England", "Northern Ireland"]


REPORT = """Eating well again: a review of community support

Ward staff saw more young people with anorexia after the pandemic.
Families asked for evening groups on binge eating.
The review team met every month.
"""


@pytest.mark.slow
def test_narrower_topics_sentences_on_narrower_topics_are_the_broader_ones(
    extractor: Any, tmp_path: Path
) -> None:
    """One sentence on anorexia and one on binge eating: two on eating disorders, as when
    they were its labels; each narrow topic (with none narrower) is the document's on its one
    sentence too, as a specific topic is."""
    claims = claims_of(extractor, tmp_path, "review.txt", REPORT, DocumentKind.EVIDENCE)
    addressed = targets(claims, Rel.ADDRESSES)
    assert {"eating disorders", "anorexia", "binge eating"} <= addressed


def test_narrower_topics_a_narrow_topic_with_nothing_of_its_own_answers_with_the_broader(
    store: EmbeddedStore,
) -> None:
    """Nothing in the store is about epilepsy: the answer is the broader topic's, and says so;
    the evidence on long COVID still answers "long covid" alone."""
    answer = questions_for(store).evidence("epilepsy")
    assert {e.title for e in answer.results} == {
        "Long COVID clinics in Gwent",
        "Diabetes education in Fife",
    }
    assert answer.gaps == ["England", "Northern Ireland"]
    assert "nothing in the store is about “epilepsy” itself" in answer.scope.note
    assert "long-term conditions" in answer.scope.note


@pytest.mark.parametrize("asked", ["post-COVID syndrome", "Post-COVID conditions"])
def test_narrower_topics_a_hidden_label_asked_names_its_topic(
    store: EmbeddedStore, asked: str
) -> None:
    """A hidden label is for search (SKOS): asked, in the singular or the plural, it is its
    topic, on the store's own rows and on its derived graph alike."""
    from query import Questions
    from query.backends.embedded import EmbeddedBackend

    for questions in (questions_for(store), Questions(EmbeddedBackend(store.graph()))):
        answer = questions.evidence(asked)
        assert [e.title for e in answer.results] == ["Long COVID clinics in Gwent"]
        assert [(t.topic, t.relation) for t in answer.scope.topics][:1] == [("long COVID", "same")]
