"""Neo4j users get the same linked data and network insight: the example corpus in a real
Neo4j server and in the embedded store gives the same bridges, communities, gap map and an
isomorphic RDF export (all computed from `store.graph()`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rdflib import URIRef
from rdflib.compare import isomorphic

from graph.analytics import bridges, find_communities
from graph.analytics.gaps import gap_map
from graph.rdf import to_rdf
from graph.rdf.vocab import DEFAULT_BASE
from ingest.pipeline import ingest
from query import scope_keys

pytestmark = [pytest.mark.slow, pytest.mark.neo4j]


@pytest.fixture()
def loaded(neo4j_store: Any, corpus: Path, extractor: Any) -> Any:
    report = ingest([corpus], neo4j_store, extractor=extractor)
    assert not report.errors
    return neo4j_store


def insight(graph: Any) -> list[Any]:
    answers = [
        bridges(graph, "nation"),
        bridges(graph, "profession", scope_keys(graph, "peer support"), limit=5),
        bridges(graph, "sector", scope_keys(graph, "carers")),
        find_communities(graph),
        find_communities(graph, scope_keys(graph, "social prescribing")),
        gap_map(graph, "nation"),
        gap_map(graph, "sector"),
    ]
    return [a.model_dump() for a in answers]


def test_insight_neo4j_matches_embedded(loaded: Any, example_store: Any) -> None:
    from_neo4j = loaded.graph()
    embedded = example_store.graph()
    ours, theirs = insight(from_neo4j), insight(embedded)
    assert ours[0]["bridges"] and ours[3]["communities"]  # real answers, not two empty ones
    assert ours == theirs
    # The exports agree but for when each store ingested the documents (qkg:ingested_at).
    a, b = to_rdf(from_neo4j, DEFAULT_BASE), to_rdf(embedded, DEFAULT_BASE)
    when = URIRef(f"{DEFAULT_BASE}ns#ingested_at")
    for rdf in (a, b):
        assert len(list(rdf.triples((None, when, None)))) == 35
        rdf.remove((None, when, None))
    assert isomorphic(a, b), sorted(set(a) ^ set(b))[:5]


def test_insight_neo4j_imports_an_export_and_gives_it_back(
    neo4j_store: Any, example_store: Any, tmp_path: Path
) -> None:
    from rdflib import Graph

    from graph.rdf import import_file, write_file

    path = tmp_path / "examples.ttl"
    write_file(example_store.graph(), "turtle", DEFAULT_BASE, path)
    result = import_file(path, neo4j_store)
    assert len(result.documents) == 35
    again = to_rdf(neo4j_store.graph(), DEFAULT_BASE)
    assert isomorphic(Graph().parse(path), again)
    # ... with everyone but the people without consent, who are never exported (graph.privacy)
    want = dict(example_store.stats()["nodes"])
    graph = example_store.graph()
    want["Person"] = sum(
        d["label"] == "Person" and not d.get("withheld") for _k, d in graph.nodes(data=True)
    )
    assert neo4j_store.stats()["nodes"] == want
