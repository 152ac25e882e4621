"""One contract, two stores: the example corpus in the embedded store and in a real Neo4j
server gives the same graph counts and the same answer to every question."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from subprocess import PIPE
from typing import Any

import orjson
import pytest

from graph.derive.ranking import ranking_index
from graph.derive.sides import coverage_of, facets_of
from graph.errors import StoreError
from graph.model import Decision, Label, ResolutionDecision, node_key
from graph.privacy import pseudonym
from ingest.pipeline import forget, ingest
from query import Questions, questions_for
from query.backends.embedded import EmbeddedBackend
from tests.conftest import NEO4J_SCRIPT

pytestmark = [pytest.mark.slow, pytest.mark.neo4j]

QUESTIONS: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("connect", ("peer support",), {"nation": "Scotland"}),
    ("connect", ("peer-support",), {"across": "profession", "from_person": "Callum MacLeod"}),
    ("connect", ("social prescribing",), {}),
    ("connect", ("mental health",), {"across": "sector", "from_person": "Aisha Khan"}),
    ("evidence", ("peer-support",), {}),
    ("evidence", ("loneliness",), {"nation": "Wales"}),
    ("learning", ("peer support",), {"not_from": "Wales"}),
    ("learning", ("carers",), {}),
    ("organisations", ("peer support",), {}),
    ("organisations", ("carers",), {"across": "nation", "nation": "England"}),
    ("profile", ("Aisha Khan",), {}),
    ("profile", ("Public Health Agency",), {}),
    ("path", ("Aisha Khan", "Callum MacLeod"), {}),
    ("path", ("Orla Brennan", "Healthcare Improvement Scotland"), {}),
    ("search", ("A Murray",), {}),
    ("search", ("helthcare improvment",), {}),
]


def answers(questions: Questions) -> list[Any]:
    return [
        getattr(questions, name)(*args, **kwargs).model_dump() for name, args, kwargs in QUESTIONS
    ]


def stored_ranking(store: Any) -> dict[str, dict[str, Any]]:
    """The ranking index as the Neo4j server holds it (QkgRanking nodes), decoded."""
    rows = store._read("MATCH (r:QkgRanking) RETURN r.key AS key, properties(r) AS props")
    return {
        r["key"]: {k: orjson.loads(v) for k, v in r["props"].items() if k not in ("key", "_h")}
        for r in rows
    }


def embedded_ranking(graph: Any) -> dict[str, dict[str, Any]]:
    facets = facets_of(graph)
    return ranking_index(graph, facets, coverage_of(graph, facets))


def counts(stats: dict[str, Any]) -> tuple[Any, ...]:
    return (stats["documents"], stats["words"], stats["nodes"], stats["relationships"])


@pytest.fixture()
def loaded(neo4j_store: Any, corpus: Path, extractor: Any) -> Any:
    report = ingest([corpus], neo4j_store, extractor=extractor)
    assert not report.errors
    return neo4j_store


def test_parity_counts_and_every_question(loaded: Any, example_store: Any) -> None:
    assert counts(loaded.stats()) == counts(example_store.stats())
    embedded = answers(Questions(EmbeddedBackend(example_store.graph())))
    neo4j = answers(questions_for(loaded))
    for (name, args, _kw), a, b in zip(QUESTIONS, embedded, neo4j, strict=True):
        assert a == b, f"{name}{args} differs between the stores"
    assert stored_ranking(loaded) == embedded_ranking(example_store.graph())


def test_parity_reingest_replace_forget_and_decisions(
    loaded: Any, corpus: Path, extractor: Any, tmp_path: Path
) -> None:
    before = counts(loaded.stats())
    again = ingest([corpus], loaded, extractor=extractor)
    assert again.added == [] and again.changed == [] and counts(loaded.stats()) == before
    from graph.stores.embedded import EmbeddedStore

    mirror = EmbeddedStore(tmp_path / "mirror")
    ingest([corpus], mirror, extractor=extractor)
    notes = tmp_path / "notes.md"
    shutil.copy(corpus / "workshops" / "2023-02-14-glasgow-peer-support-workshop.md", notes)
    text = notes.read_text("utf-8").replace("Mhairi Stewart", "Morwenna Trelawny")
    notes.write_text(text, "utf-8")
    for store in (loaded, mirror):
        ingest([notes], store, extractor=extractor)
        forget(store, str(corpus / "evidence" / "2024-phw-social-prescribing-loneliness-wales.pdf"))
        store.set_decisions(
            [
                ResolutionDecision(Label.PERSON, "Aisha Khan", "Aisha Kahn", Decision.SAME),
                ResolutionDecision(Label.PERSON, "Callum MacLeod", "Tomasz Nowak", Decision.SAME),
            ]
        )
    assert counts(loaded.stats()) == counts(mirror.stats())
    assert answers(questions_for(loaded)) == answers(Questions(EmbeddedBackend(mirror.graph())))
    ranking = stored_ranking(loaded)
    assert ranking == embedded_ranking(mirror.graph())
    people = {row[0] for topic in ranking.values() for row in topic["people"]}
    assert node_key(Label.PERSON, pseudonym("morwenna trelawny")) in people  # the new notes


def test_ranking_index_is_rebuilt_when_an_older_qkg_wrote_the_graph(
    loaded: Any, neo4j_env: dict[str, str], example_store: Any
) -> None:
    from graph.stores.neo4j import Neo4jStore

    before = answers(questions_for(loaded))
    with loaded.driver.session() as session:
        session.run("MATCH (r:QkgRanking) DELETE r").consume()
        session.run("MATCH (m:QkgMeta {id: 'ranking'}) DELETE m").consume()
    assert stored_ranking(loaded) == {}
    reopened = Neo4jStore(
        neo4j_env["NEO4J_URI"], neo4j_env["NEO4J_USER"], neo4j_env["NEO4J_PASSWORD"]
    )
    try:
        assert stored_ranking(reopened) == embedded_ranking(example_store.graph())
        assert answers(questions_for(reopened)) == before
    finally:
        reopened.close()


def test_ranking_index_is_built_once_when_two_processes_open_an_older_graph(
    loaded: Any, neo4j_env: dict[str, str], example_store: Any
) -> None:
    """Two API workers starting on a graph an older qkg wrote: one builds the index under the
    write lease, the other waits for it instead of failing."""
    with loaded.driver.session() as session:
        session.run("MATCH (r:QkgRanking) DELETE r").consume()
        session.run("MATCH (m:QkgMeta {id: 'ranking'}) DELETE m").consume()
    script = (
        "import os; from graph.stores.neo4j import Neo4jStore; "
        "s = Neo4jStore(os.environ['NEO4J_URI'], os.environ['NEO4J_USER'], "
        "os.environ['NEO4J_PASSWORD']); print(s.last_sync.get('ranking', 0))"
    )
    env = {**os.environ, **neo4j_env}
    root = Path(__file__).resolve().parents[1]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script], cwd=root, env=env, stdout=PIPE, stderr=PIPE, text=True
        )
        for _ in range(2)
    ]
    outs = [proc.communicate(timeout=300) for proc in procs]
    for proc, (_out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, err
    built = sorted(int(out.strip()) for out, _err in outs)
    assert built[0] == 0 and built[1] > 0  # one built it; the other found it built
    assert stored_ranking(loaded) == embedded_ranking(example_store.graph())


def test_parity_wrong_password_and_unreachable_server_are_one_line(
    neo4j_env: dict[str, str],
) -> None:
    from graph.stores.neo4j import Neo4jStore

    with pytest.raises(StoreError) as wrong:
        Neo4jStore(neo4j_env["NEO4J_URI"], neo4j_env["NEO4J_USER"], "not-the-password")
    assert "authentication failed" in str(wrong.value) and "not-the-password" not in str(
        wrong.value
    )
    with pytest.raises(StoreError) as away:
        Neo4jStore("bolt://127.0.0.1:1", "neo4j", "x")
    assert "not reachable" in str(away.value) and "\n" not in str(away.value)


def _node_count(env: dict[str, str]) -> int:
    from neo4j import GraphDatabase

    auth = (env["NEO4J_USER"], env["NEO4J_PASSWORD"])
    with GraphDatabase.driver(env["NEO4J_URI"], auth=auth) as driver:
        records, _, _ = driver.execute_query("MATCH (n:Entity) RETURN count(n) AS n")
        return int(records[0]["n"])


def test_parity_server_stopped_mid_write_then_rerun_completes(
    neo4j_store: Any, neo4j_env: dict[str, str], tmp_path: Path
) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from synthetic import generate

    from graph.stores.embedded import EmbeddedStore
    from graph.stores.neo4j import Neo4jStore

    docs, _samples = generate(0.1)
    env = neo4j_env
    store = Neo4jStore(env["NEO4J_URI"], env["NEO4J_USER"], env["NEO4J_PASSWORD"], retry_seconds=5)
    failures: list[BaseException] = []

    def write() -> None:
        try:
            store.apply(docs)
        except BaseException as e:
            failures.append(e)

    writer = threading.Thread(target=write)
    writer.start()
    deadline = time.monotonic() + 120
    while _node_count(env) < 500 and writer.is_alive() and time.monotonic() < deadline:
        time.sleep(0.2)  # stop the server once the write is under way
    subprocess.run([str(NEO4J_SCRIPT), "stop"], check=True, capture_output=True)
    writer.join(timeout=300)
    try:
        assert failures, "the write finished before the server stopped; make the corpus larger"
        assert isinstance(failures[0], StoreError)
        assert "not reachable" in str(failures[0]) and "again" in str(failures[0])
    finally:
        subprocess.run([str(NEO4J_SCRIPT), "start"], check=True, capture_output=True)
    store.close()
    again = Neo4jStore(env["NEO4J_URI"], env["NEO4J_USER"], env["NEO4J_PASSWORD"])
    assert again.ledger() == {}  # nothing was recorded as done
    again.apply(docs)
    expected = EmbeddedStore(tmp_path / "mirror")
    expected.apply(docs)
    assert counts(again.stats()) == counts(expected.stats())
    again.close()


def test_one_writer_at_a_time_on_a_shared_server(
    neo4j_store: Any, neo4j_env: dict[str, str]
) -> None:
    import socket

    from graph.model import DocumentClaims
    from graph.stores.neo4j import Neo4jStore

    env = neo4j_env
    other = Neo4jStore(env["NEO4J_URI"], env["NEO4J_USER"], env["NEO4J_PASSWORD"])
    doc = DocumentClaims(
        "d1", "notes/a.md", "h1", "md", "workshop", "folder", "A", "2026-01-01T00:00:00Z"
    )
    with other.lease.hold():  # another writer is part-way through
        with pytest.raises(StoreError) as busy:
            neo4j_store.apply([doc])
        assert "another qkg process" in str(busy.value) and "\n" not in str(busy.value)
        assert neo4j_store.ledger() == {}
    neo4j_store.apply([doc])  # free again once that writer is done
    assert set(neo4j_store.ledger()) == {"d1"}

    def leave(holder: str, ttl_ms: int) -> None:  # as a writer that died would
        other._run_write(
            lambda tx: tx.run(
                "MERGE (l:QkgMeta {id: 'write-lease'}) "
                "SET l.holder = $holder, l.expires = timestamp() + $ttl_ms",
                holder=holder,
                ttl_ms=ttl_ms,
            ).consume()
        )

    # a lease left by a process on this machine that has ended is taken over at once
    # (pids never exceed 2**22 on Linux, so this one cannot be running)
    leave(f"{socket.gethostname()}:{2**22 + 12345}:gone", ttl_ms=3_600_000)
    neo4j_store.apply([], forget=["d1"])
    assert neo4j_store.ledger() == {}
    # one left by another machine blocks until it expires
    leave("another-host:1:abc", ttl_ms=3_600_000)
    with pytest.raises(StoreError, match="another-host:1:abc"):
        neo4j_store.apply([doc])
    leave("another-host:1:abc", ttl_ms=-1)  # expired
    neo4j_store.apply([doc])
    assert set(neo4j_store.ledger()) == {"d1"}
    other.close()
