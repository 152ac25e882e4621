"""The Neo4j write lease is exclusive: however many writers race for it on a real server,
exactly one holds it at any time (issue #14, defect 5)."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from subprocess import PIPE
from typing import Any

import orjson
import pytest

pytestmark = pytest.mark.neo4j

ROOT = Path(__file__).resolve().parents[1]


def _stores(env: dict[str, str], n: int) -> list[Any]:
    from graph.stores.neo4j import Neo4jStore

    return [
        Neo4jStore(env["NEO4J_URI"], env["NEO4J_USER"], env["NEO4J_PASSWORD"]) for _ in range(n)
    ]


def test_neo4j_lease_taken_by_exactly_one_of_simultaneous_writers(
    neo4j_store: Any, neo4j_env: dict[str, str]
) -> None:
    """Rounds of four writers asking for the free lease at the same instant: one gets it."""
    from graph.stores.neo4j_lease import LeaseBusy

    stores = [neo4j_store, *_stores(neo4j_env, 3)]
    rounds = 60
    barrier = threading.Barrier(len(stores))
    held = [[False] * rounds for _ in stores]
    errors: list[BaseException] = []
    done = threading.Barrier(len(stores))

    def race(i: int) -> None:
        try:
            for r in range(rounds):
                barrier.wait()
                try:
                    with stores[i].lease.hold():
                        held[i][r] = True
                        done.wait()  # hold it until everyone has tried
                except LeaseBusy:
                    done.wait()
        except BaseException as e:
            errors.append(e)
            barrier.abort()
            done.abort()

    threads = [threading.Thread(target=race, args=(i,)) for i in range(len(stores))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    for store in stores[1:]:
        store.close()
    assert not errors, errors
    winners = [sum(held[i][r] for i in range(len(stores))) for r in range(rounds)]
    assert winners == [1] * rounds


_WORKER = """
import os, sys, time, orjson
from graph.stores.neo4j import Neo4jStore
from graph.stores.neo4j_lease import LeaseBusy
store = Neo4jStore(os.environ["NEO4J_URI"], os.environ["NEO4J_USER"], os.environ["NEO4J_PASSWORD"])
start_at = float(sys.argv[1])
while time.time() < start_at:
    time.sleep(0.001)
spans = []
while time.time() < start_at + 6:
    try:
        with store.lease.hold():
            began = time.time()
            time.sleep(0.01)
            spans.append((began, time.time()))
    except LeaseBusy:
        pass
store.close()
print(orjson.dumps(spans).decode())
"""


def test_neo4j_lease_held_by_one_process_at_a_time(
    neo4j_store: Any, neo4j_env: dict[str, str]
) -> None:
    """Three processes take, hold and give back the lease for six seconds: the times they
    held it never overlap."""

    env = {**os.environ, **neo4j_env}
    start_at = time.time() + 8  # after every process has imported the driver and connected
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(start_at)],
            cwd=ROOT,
            env=env,
            stdout=PIPE,
            stderr=PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    outs = [proc.communicate(timeout=120) for proc in procs]
    for proc, (_out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, err
    spans = sorted(span for out, _err in outs for span in orjson.loads(out))
    assert len(spans) > 10, "the lease was hardly ever taken"
    overlaps = [(a, b) for a, b in itertools.pairwise(spans) if b[0] < a[1]]
    assert not overlaps, f"{len(overlaps)} of {len(spans)} holds overlapped another"


def test_neo4j_lease_lost_to_another_writer_stops_the_write(
    neo4j_store: Any, neo4j_env: dict[str, str]
) -> None:
    """A writer whose lease ran out (and was taken by another) does not go on writing."""
    from graph.errors import StoreError
    from graph.stores.neo4j import Neo4jStore

    env = neo4j_env
    slow = Neo4jStore(env["NEO4J_URI"], env["NEO4J_USER"], env["NEO4J_PASSWORD"], lease_seconds=1)
    try:
        with slow.lease.hold():
            time.sleep(1.2)  # its lease expires
            with (
                neo4j_store.lease.hold(),  # and another writer takes it
                pytest.raises(StoreError, match="run the same command again"),
            ):
                slow.lease.renew()
    finally:
        slow.close()
