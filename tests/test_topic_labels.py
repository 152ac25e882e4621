"""How texts name a topic: its label, altLabels and hiddenLabels (SKOS), the last for common
phrasings that are not names of it ("leaving hospital" for hospital discharge), all matched by
the gazetteer step (ingest.extract.gazetteer_matcher); hidden labels are never shown."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from graph.reference.gazetteer import load_gazetteer, read_topics
from ingest.extract.gazetteer_matcher import GAZ_KEY, GazetteerMatcher

TTL = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix topic: <https://w3id.org/qkg/topic/> .
topic:x a skos:Concept ;
    skos:prefLabel "hospital discharge"@en ;
    skos:altLabel "delayed discharge"@en ;
    skos:hiddenLabel "leaving hospital"@en, "discharge lounge"@en .
"""


def test_topic_labels_hidden_labels_are_read_apart_from_alt_labels(tmp_path: Path) -> None:
    path = tmp_path / "topics.ttl"
    path.write_text(TTL, "utf-8")
    (entry,) = read_topics(path)
    assert entry.alt_labels == ("delayed discharge",)
    assert entry.hidden_labels == ("discharge lounge", "leaving hospital")


@pytest.fixture(scope="module")
def matcher() -> tuple[spacy.language.Language, GazetteerMatcher]:
    nlp = spacy.blank("en")
    return nlp, GazetteerMatcher(nlp, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Ravi waited six hours in the Discharge Lounge.", "hospital discharge"),
        ("Delays in leaving hospital were longest in winter.", "hospital discharge"),
        ("Going home from hospital took nine days.", "hospital discharge"),
        ("Most discharges from hospital happened after 4pm.", "hospital discharge"),
        # curly apostrophes, as word processors and web pages write them
        ("A clinic for people with Parkinson’s disease.", "Parkinson's disease"),
        ("Every carer’s assessment was late.", "carer's assessment"),
        # a condition named after someone, by the name alone
        ("A walking group for people with Parkinson's.", "Parkinson's disease"),
        ("Memory clinics see people with Alzheimer’s first.", "Alzheimer's disease"),
        # spelled with -ize, or clipped as clinicians write them
        ("Childhood immunizations fell in 2024.", "childhood immunisations"),
        ("Places on cardiac rehab went unused.", "cardiac rehabilitation"),
        # how UK texts name a topic in other words (hidden labels)
        ("Unscheduled care was under pressure all winter.", "urgent and emergency care"),
        ("Delayed transfers of care fell by a third.", "delayed discharge"),
        ("Every carer support plan was reviewed.", "carer's assessment"),
    ],
)
def test_topic_labels_common_phrasings_name_their_topic(
    matcher: tuple[spacy.language.Language, GazetteerMatcher], text: str, topic: str
) -> None:
    nlp, gazetteer = matcher
    doc = gazetteer(nlp(text))
    assert f"TOPIC|{topic}" in {span.label_ for span in doc.spans[GAZ_KEY]}


def test_topic_labels_discharge_alone_names_no_topic(
    matcher: tuple[spacy.language.Language, GazetteerMatcher],
) -> None:
    nlp, gazetteer = matcher
    doc = gazetteer(nlp("The nurse noted a discharge from the wound."))
    assert not [s for s in doc.spans[GAZ_KEY] if s.label_.startswith("TOPIC|")]


def test_topic_labels_each_nations_main_hospitals_are_local_services() -> None:
    """The gazetteer knows the main hospitals of Welsh and Scottish boards and NI trusts, with
    their nations: ingest.extract.coverage counts them for the nation they serve."""
    from ingest.extract.coverage import _SITE, LOCAL_KINDS

    gaz = load_gazetteer()
    for name, nation in (
        ("Morriston Hospital", "Wales"),
        ("Ysbyty Penrhos Stanley", "Wales"),
        ("Perth Royal Infirmary", "Scotland"),
        ("Gilbert Bain Hospital", "Scotland"),
        ("Lagan Valley Hospital", "Northern Ireland"),
        ("Cumberland Infirmary", "England"),
    ):
        entry = gaz.org(name)
        assert entry is not None and entry.nation == nation, name
        assert entry.kind in LOCAL_KINDS or _SITE.search(entry.name), name


def test_topic_labels_places_match_with_curly_apostrophes(
    matcher: tuple[spacy.language.Language, GazetteerMatcher],
) -> None:
    nlp, gazetteer = matcher
    doc = gazetteer(nlp("Two clinics, in King’s Lynn and Connah’s Quay."))
    assert {s.text for s in doc.spans[GAZ_KEY] if s.label_ == "PLACE"} == {
        "King’s Lynn",
        "Connah’s Quay",
    }
