"""Neo4j: the batched writer against a naive one-statement-per-row writer, then question
latency on the large synthetic graph loaded into the server.

Needs a running server (scripts/neo4j-dev start; the NEO4J_* variables from
`scripts/neo4j-dev env`). It EMPTIES the database it is pointed at.

Usage:  uv run python bench/bench_neo4j.py [--scale 1.0] [--naive-rows 3000] [--queries 200]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_query import question_mix, run_mix
from synthetic import generate

from graph.stores import cypher
from graph.stores.neo4j import BATCH, Neo4jStore
from graph.stores.neo4j_rows import graph_rows
from query import questions_for


def wipe(store: Neo4jStore) -> None:
    with store.driver.session(database=store.database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


def naive_write(
    store: Neo4jStore, nodes: dict[str, Any], rels: dict[str, Any], limit: int
) -> dict[str, float]:
    """One auto-commit statement per row, as a first attempt would do it."""
    out = {}
    with store.driver.session(database=store.database) as session:
        done, start = 0, time.perf_counter()
        for label, rows in sorted(nodes.items()):
            for row in rows:
                if done >= limit:
                    break
                session.run(
                    cypher.merge_one_node_naive(label), key=row["key"], props=row["props"]
                ).consume()
                done += 1
        out["nodes_per_s"] = done / (time.perf_counter() - start)
        for label, rows in sorted(nodes.items()):  # every endpoint exists, so rels really land
            store._write_rows(cypher.merge_nodes(label), rows)
        done, start = 0, time.perf_counter()
        for rel, rows in sorted(rels.items()):
            for row in rows:
                if done >= limit:
                    break
                session.run(
                    cypher.merge_one_rel_naive(rel),
                    source=row["source"],
                    target=row["target"],
                    key=row["key"],
                    props=row["props"],
                ).consume()
                done += 1
        out["relationships_per_s"] = done / (time.perf_counter() - start)
        landed = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single()
        assert landed is not None and landed["n"] == done, "the naive writer lost relationships"
    return out


def batched_write(store: Neo4jStore, graph: Any) -> dict[str, float]:
    """The store's own sync into an empty database: UNWIND batches of CREATE (the sync has
    read every key the server holds, so it knows these are new) in managed transactions."""
    store._sync(graph)
    done = store.last_sync
    return {
        "nodes": done["nodes"],
        "relationships": done["relationships"],
        "nodes_per_s": done["nodes"] / (done["node_ms"] / 1000),
        "relationships_per_s": done["relationships"] / (done["relationship_ms"] / 1000),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--naive-rows", type=int, default=3000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    store = Neo4jStore(
        os.environ["NEO4J_URI"],
        os.environ.get("NEO4J_USER", "neo4j"),
        os.environ["NEO4J_PASSWORD"],
        os.environ.get("NEO4J_DATABASE", "neo4j"),
    )
    docs, samples = generate(args.scale)
    graph = store._derive(docs, [])
    nodes, rels = graph_rows(graph)
    print(
        f"synthetic graph: {graph.number_of_nodes():,} nodes, "
        f"{graph.number_of_edges():,} relationships"
    )
    wipe(store)
    naive = naive_write(store, nodes, rels, args.naive_rows)
    print(
        f"naive writer (first {args.naive_rows:,} rows): {naive['nodes_per_s']:,.0f} nodes/s, "
        f"{naive['relationships_per_s']:,.0f} relationships/s"
    )
    wipe(store)
    batched = batched_write(store, graph)
    start = time.perf_counter()
    store._sync(graph)
    resync = time.perf_counter() - start
    print(
        f"batched writer (all rows, UNWIND {BATCH:,}): {batched['nodes_per_s']:,.0f} nodes/s, "
        f"{batched['relationships_per_s']:,.0f} relationships/s  "
        f"({batched['relationships_per_s'] / naive['relationships_per_s']:.0f}× naive for "
        f"relationships, {batched['nodes_per_s'] / naive['nodes_per_s']:.0f}× for nodes)"
    )
    print(f"sync of the unchanged graph (reads hashes, writes nothing): {resync:.1f} s")
    wipe(store)
    start = time.perf_counter()
    store.apply(docs)
    print(
        "full apply (derive, sync, ledger) into an empty database: "
        f"{time.perf_counter() - start:.1f} s"
    )
    rng = random.Random(5)
    ask = questions_for(store)
    start = time.perf_counter()
    ask.connect(samples["topics"][0], nation="Scotland")
    ask.evidence(samples["topics"][0])
    print(f"warm-up (names, vocabulary, TF-IDF): {time.perf_counter() - start:.1f} s")
    results = run_mix(question_mix(ask, samples, rng, search=False), args.queries)
    if args.json:
        args.json.write_text(
            json.dumps({"naive": naive, "batched": batched, "questions": results}, indent=2)
        )
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
