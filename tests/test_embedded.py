"""The embedded store and graph build: ledger, replace, forget, order independence, decisions,
atomic writes under kill. Claims are built by hand; no spaCy model is loaded."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import networkx as nx
import pytest

from graph.derive.build import sorted_view
from graph.errors import StoreError
from graph.model import (
    Decision,
    DocumentClaims,
    EntityClaim,
    Label,
    Provenance,
    Rel,
    RelationClaim,
    ResolutionDecision,
    node_key,
)
from graph.stores.embedded import EmbeddedStore
from query import questions_for


def prov(doc_id: str, quote: str = "q") -> Provenance:
    return Provenance(doc_id, quote, 0, len(quote), "test", 1.0)


def doc(doc_id: str, people: dict[str, str], content_hash: str = "h1") -> DocumentClaims:
    """A document stating person -> organisation affiliations (of people who consent to be
    contacted: anyone else is withheld, graph.privacy)."""
    entities, relations = [], []
    for person, org in people.items():
        p = prov(doc_id, f"{person} works at {org}.")
        entities.append(EntityClaim(Label.PERSON, person, {"consent": True}, provenance=[p]))
        entities.append(EntityClaim(Label.ORGANISATION, org, provenance=[p]))
        relations.append(
            RelationClaim(
                (Label.PERSON, person), Rel.WORKS_AT, (Label.ORGANISATION, org), provenance=[p]
            )
        )
    return DocumentClaims(
        doc_id,
        doc_id,
        content_hash,
        "txt",
        "evidence",
        "guess",
        doc_id,
        "2026-01-01T00:00:00+00:00",
        entities=entities,
        relations=relations,
    )


def snapshot(store: EmbeddedStore) -> dict[str, object]:
    """A comparable picture of the graph: nodes with docs, edges with supporting docs."""
    graph = store.graph()
    nodes = {k: sorted_view(d["docs"]) for k, d in graph.nodes(data=True)}
    edges = {
        f"{u}|{k}|{v}": sorted_view(d["docs"]) for u, v, k, d in graph.edges(keys=True, data=True)
    }
    return {"nodes": nodes, "edges": edges}


def test_embedded_apply_persists_and_reloads(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.apply([doc("a.txt", {"Aileen Murray": "NHS Highland"})])
    again = EmbeddedStore(tmp_path)
    assert list(again.ledger()) == ["a.txt"]
    graph = again.graph()
    person = node_key(Label.PERSON, "Aileen Murray")
    assert graph.has_edge(person, node_key(Label.ORGANISATION, "NHS Highland"), key="WORKS_AT")
    assert graph.nodes[person]["provenance"][0].quote == "Aileen Murray works at NHS Highland."


def test_embedded_replace_keeps_facts_other_documents_support(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.apply(
        [
            doc("a.txt", {"Aileen Murray": "NHS Highland", "Tomasz Nowak": "NHS Fife"}),
            doc("b.txt", {"Aileen Murray": "NHS Highland"}),
        ]
    )
    store.apply([doc("a.txt", {"Priya Shah": "NHS Tayside"}, content_hash="h2")])
    graph = store.graph()
    aileen = node_key(Label.PERSON, "Aileen Murray")
    assert graph.nodes[aileen]["docs"] == {"b.txt"}  # still supported by b.txt
    assert node_key(Label.PERSON, "Tomasz Nowak") not in graph  # only a.txt said it
    assert node_key(Label.PERSON, "Priya Shah") in graph
    store.apply([], forget=["b.txt"])
    assert aileen not in store.graph()


def test_embedded_graph_is_independent_of_ingest_order(tmp_path: Path) -> None:
    docs = [doc(f"{i}.txt", {f"Person {chr(65 + i)}": "Health Foundation"}) for i in range(5)]
    first = EmbeddedStore(tmp_path / "one")
    first.apply(docs)
    second = EmbeddedStore(tmp_path / "two")
    for d in reversed(docs):
        second.apply([d])
    assert snapshot(first) == snapshot(second)
    assert first.stats()["nodes"] == second.stats()["nodes"]


def test_embedded_decisions_merge_and_split_survive_reingest(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.apply(
        [
            doc("a.txt", {"Aileen Murray": "NHS Highland"}),
            doc("b.txt", {"Aileen Murray-Grant": "NHS Highland"}),
        ]
    )
    assert node_key(Label.PERSON, "Aileen Murray-Grant") in store.graph()
    store.set_decisions(
        [ResolutionDecision(Label.PERSON, "Aileen Murray", "Aileen Murray-Grant", Decision.SAME)]
    )
    store.apply([doc("b.txt", {"Aileen Murray-Grant": "NHS Highland"}, content_hash="h3")])
    people = [d["name"] for _, d in store.graph().nodes(data=True) if d["label"] == "Person"]
    assert len(people) == 1
    reopened = EmbeddedStore(tmp_path)
    assert len([1 for _, d in reopened.graph().nodes(data=True) if d["label"] == "Person"]) == 1


def test_embedded_not_same_decision_blocks_fuzzy_merge(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.apply(
        [doc("a.txt", {"Aileen Murray": "NHS Highland"}), doc("b.txt", {"A. Murray": "NHS Fife"})]
    )
    people = {d["name"] for _, d in store.graph().nodes(data=True) if d["label"] == "Person"}
    assert people == {"Aileen Murray"}  # the initial joins the one full name that fits
    store.set_decisions(
        [ResolutionDecision(Label.PERSON, "Aileen Murray", "A. Murray", Decision.NOT_SAME)]
    )
    people = {d["name"] for _, d in store.graph().nodes(data=True) if d["label"] == "Person"}
    assert people == {"Aileen Murray", "A. Murray"}


def test_embedded_corrupt_state_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "state.json").write_text("{not json")  # an older qkg's store, to migrate
    with pytest.raises(StoreError, match=r"state\.json: cannot read store"):
        EmbeddedStore(tmp_path)
    (tmp_path / "state.json").unlink()
    (tmp_path / "store.db").write_bytes(b"{not a database}" * 500)
    with pytest.raises(StoreError, match=r"store\.db: cannot read store"):
        EmbeddedStore(tmp_path).ledger()


_WRITER = textwrap.dedent(
    """
    import sys
    from graph.stores.embedded import EmbeddedStore
    from tests.test_embedded import doc
    store = EmbeddedStore(sys.argv[1])
    big = {f"Person {i}": f"Organisation {i % 50}" for i in range(3000)}
    i = 0
    print("ready", flush=True)
    while True:
        i += 1
        store.apply([doc("big.txt", big, content_hash=str(i))])
    """
)


@pytest.mark.slow
def test_embedded_kill_during_writes_leaves_last_good_state(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.apply([doc("keep.txt", {"Aileen Murray": "NHS Highland"})])
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    for delay in (0.3, 0.7, 1.1):
        proc = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(tmp_path)],
            cwd=root,
            env=env,
            stdout=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with sqlite3.connect(tmp_path / "store.db") as conn:  # never half-written
            kept = {r[0] for r in conn.execute("SELECT doc_id FROM documents")}
        assert "keep.txt" in kept
        reopened = EmbeddedStore(tmp_path)
        assert "Aileen Murray" in {
            e["name"] for d in reopened.all_claims() for e in d.to_dict()["entities"]
        }
        # the derived rows may be those of an older write: the next reader derives them again
        found = questions_for(reopened).search("Aileen Murray")
        assert found.results and found.results[0].name == "Aileen Murray"
        assert reopened.derived_current()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= 1  # only the last killed writer's; the next write clears it


def test_embedded_graph_is_a_networkx_multidigraph(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.apply([doc("a.txt", {"Aileen Murray": "NHS Highland"})])
    graph = store.graph()
    assert isinstance(graph, nx.MultiDiGraph)
    nations = {d["name"] for _, d in graph.nodes(data=True) if d["label"] == "Nation"}
    assert nations == {"England", "Scotland", "Wales", "Northern Ireland", "UK"}
    highland = node_key(Label.ORGANISATION, "NHS Highland")
    assert graph.has_edge(highland, node_key(Label.NATION, "Scotland"), key="BASED_IN")


def test_shortest_paths_in_key_order_match_networkx_on_random_graphs() -> None:
    """The search from both ends gives exactly the first paths of networkx's complete list."""
    import random

    import networkx as nx

    from query.backends.paths import shortest_in_key_order

    rng = random.Random(7)
    checked = 0
    for n, m in [(12, 14), (30, 45), (60, 150), (200, 400), (40, 300)]:
        for seed in range(8):
            g = nx.relabel_nodes(nx.gnm_random_graph(n, m, seed=seed), lambda i: f"n{i:03d}")
            a, b = rng.sample(sorted(g), 2)
            try:
                every = sorted(nx.all_shortest_paths(g, a, b))
            except nx.NetworkXNoPath:
                every = []
            for limit in (1, 3, 1000):
                assert shortest_in_key_order(g, a, b, limit) == every[:limit], (n, m, seed)
            checked += bool(every)
    assert checked > 30  # most pairs are connected: the comparison is not vacuous
    assert shortest_in_key_order(nx.path_graph(["a", "b"]), "a", "a", 5) == [["a"]]


def test_embedded_cli_migrates_a_state_json_store_with_one_line(tmp_path: Path) -> None:
    import orjson
    from typer.testing import CliRunner

    from cli.app import app

    docs = [
        doc("a.txt", {"Aileen Murray": "NHS Highland"}),
        doc("b.txt", {"Priya Shah": "NHS Fife"}),
    ]
    state = {"format": 1, "documents": [d.to_dict() for d in docs]}
    (tmp_path / "state.json").write_bytes(orjson.dumps(state))
    result = CliRunner().invoke(app, ["stats", "--json", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    notice = [line for line in result.stderr.splitlines() if line.startswith("migrated ")]
    assert len(notice) == 1 and "(2 documents)" in notice[0] and "store.db" in notice[0]
    assert (tmp_path / "state.json.migrated").exists() and not (tmp_path / "state.json").exists()
    again = CliRunner().invoke(app, ["stats", "--json", "--data", str(tmp_path)])
    assert again.exit_code == 0 and "migrated" not in again.stderr
    assert sorted(EmbeddedStore(tmp_path).ledger()) == ["a.txt", "b.txt"]
