"""Question latency on a large synthetic graph in the embedded store.

Builds bench/synthetic.py's corpus (scale 1.0: 50,000 people, 5,000 organisations, 20,000
evidence items, 500 topics) into an embedded store, then asks each question --queries times
with sampled topics, people and nations and reports p50/p95 latency and peak memory.
The first question pays for the indexes; that one-off cost is reported as "warm-up".

Usage:  uv run python bench/bench_query.py [--scale 1.0] [--queries 200] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contextlib

from synthetic import generate

from graph.errors import NotFoundError
from graph.stores.embedded import EmbeddedStore
from query import Questions
from query.backends.embedded import EmbeddedBackend

NATIONS = ["England", "Scotland", "Wales", "Northern Ireland"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(fn: Callable[[], Any], n: int) -> dict[str, float]:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        with contextlib.suppress(NotFoundError):
            fn()
        times.append((time.perf_counter() - start) * 1000)
    return {
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(percentile(times, 0.95), 2),
        "max_ms": round(max(times), 2),
    }


def question_mix(
    ask: Questions, samples: dict[str, list[str]], rng: random.Random, search: bool = True
) -> dict[str, Callable[[], Any]]:
    """Each question with sampled topics, people and nations (shared with bench_neo4j)."""

    def topic() -> str:
        return rng.choice(samples["topics"])

    def person() -> str:
        return rng.choice(samples["people"])

    questions: dict[str, Callable[[], Any]] = {
        "connect --nation": lambda: ask.connect(topic(), nation=rng.choice(NATIONS)),
        "connect --from --across profession": lambda: ask.connect(
            topic(), across="profession", from_person=person()
        ),
        "evidence": lambda: ask.evidence(topic()),
        "evidence --nation": lambda: ask.evidence(topic(), nation=rng.choice(NATIONS)),
        "learning --not-from": lambda: ask.learning(topic(), not_from=rng.choice(NATIONS)),
        "organisations": lambda: ask.organisations(topic()),
        "profile": lambda: ask.profile(person()),
        "search": lambda: ask.search(person()[:-2]),
        "path": lambda: ask.path(person(), person()),
    }
    if not search:
        del questions["search"]
    return questions


def run_mix(questions: dict[str, Callable[[], Any]], queries: int) -> dict[str, dict[str, float]]:
    """Time each question `queries` times (path a tenth as often) and print p50/p95."""
    results = {}
    for name, fn in questions.items():
        n = queries if name != "path" else max(10, queries // 10)
        results[name] = r = timed(fn, n)
        print(f"{name:<36} p50 {r['p50_ms']:>8.2f} ms   p95 {r['p95_ms']:>8.2f} ms   (n={n})")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    rng = random.Random(5)
    start = time.perf_counter()
    docs, samples = generate(args.scale)
    print(f"generated {len(docs):,} documents' claims in {time.perf_counter() - start:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp))
        start = time.perf_counter()
        store.apply(docs)
        graph = store.graph()
        build = time.perf_counter() - start
        counts = store.stats()["nodes"]
        print(
            f"stored and built the graph in {build:.1f} s: "
            + ", ".join(
                f"{counts.get(k, 0):,} {k}" for k in ("Person", "Organisation", "Evidence", "Topic")
            )
        )
        ask = Questions(EmbeddedBackend(graph))
        start = time.perf_counter()
        ask.connect(samples["topics"][0], nation="Scotland")
        ask.evidence(samples["topics"][0])
        warm = time.perf_counter() - start
        print(f"warm-up (indexes, TF-IDF): {warm:.1f} s")
        results = run_mix(question_mix(ask, samples, rng), args.queries)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"peak RSS {peak} MB")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "scale": args.scale,
                    "build_s": round(build, 1),
                    "warmup_s": round(warm, 1),
                    "peak_rss_mb": peak,
                    "nodes": counts,
                    "questions": results,
                },
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
