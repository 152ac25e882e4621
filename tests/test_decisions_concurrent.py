"""Rulings recorded at the same moment by several processes are all kept (issue #14,
defect 9): recording one is a read-modify-write of the decisions under the store's lock."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from subprocess import PIPE
from typing import Any

import pytest

from graph.stores.embedded import EmbeddedStore
from tests.test_embedded import doc

ROOT = Path(__file__).resolve().parents[1]
WRITERS = 6

_RECORD = """
import sys, time
from pathlib import Path
from graph.model import Decision
from graph.stores.decisions import decide
from graph.stores.embedded import EmbeddedStore
store = EmbeddedStore(Path(sys.argv[1]))
store.graph()  # built before the start, so the writes meet
i = int(sys.argv[3])
while time.time() < float(sys.argv[2]):
    time.sleep(0.001)
decide(store, f"Ann Person{i}", f"Ann Personne{i}", Decision.NOT_SAME if i % 2 else Decision.SAME)
"""


@pytest.mark.slow  # several real processes racing: seconds, not a unit test
def test_decisions_recorded_at_once_by_several_processes_are_all_kept(tmp_path: Path) -> None:
    people = {f"Ann Person{i}": "NHS Fife" for i in range(WRITERS)}
    people |= {f"Ann Personne{i}": "NHS Fife" for i in range(WRITERS)}
    EmbeddedStore(tmp_path).apply([doc("a.txt", people)])
    start = time.time() + 6  # once every process has imported and built its graph
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _RECORD, str(tmp_path), str(start), str(i)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=PIPE,
            stderr=PIPE,
            text=True,
        )
        for i in range(WRITERS)
    ]
    outs = [proc.communicate(timeout=120) for proc in procs]
    assert [p.returncode for p in procs] == [0] * WRITERS, [err[-300:] for _out, err in outs]
    kept = sorted(d.a for d in EmbeddedStore(tmp_path).decisions())
    assert kept == [f"Ann Person{i}" for i in range(WRITERS)]


@pytest.mark.neo4j
def test_decisions_recorded_at_once_on_neo4j_are_all_kept(
    neo4j_store: Any, neo4j_env: dict[str, str]
) -> None:
    from graph.model import Decision
    from graph.stores.decisions import decide
    from graph.stores.neo4j import Neo4jStore

    people = {f"Ann Person{i}": "NHS Fife" for i in range(4)}
    people |= {f"Ann Personne{i}": "NHS Fife" for i in range(4)}
    neo4j_store.apply([doc("a.txt", people)])
    env = neo4j_env
    stores = [
        Neo4jStore(env["NEO4J_URI"], env["NEO4J_USER"], env["NEO4J_PASSWORD"]) for _ in range(4)
    ]
    for store in stores:
        store.graph()
    barrier = threading.Barrier(len(stores))
    errors: list[BaseException] = []

    def record(i: int) -> None:
        barrier.wait()
        try:
            decide(stores[i], f"Ann Person{i}", f"Ann Personne{i}", Decision.NOT_SAME)
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=record, args=(i,)) for i in range(len(stores))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    for store in stores:
        store.close()
    assert not errors, errors
    assert sorted(d.a for d in neo4j_store.decisions()) == [f"Ann Person{i}" for i in range(4)]
