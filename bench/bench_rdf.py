"""RDF export speed on the large synthetic graph (bench/synthetic.py) in the embedded store.

Builds the synthetic corpus into an embedded store, derives the graph once (not timed), then
times each export format writing to a temporary file:

- nt:     streamed N-Triples (graph/rdf/export.py `write_ntriples`: no rdflib Graph in memory)
- turtle: that stream re-serialised as Turtle with prefixes by pyoxigraph
- json-ld: an rdflib Graph compacted with a @context (slow; not in the default run)

and reports seconds, triples and triples per second, plus peak memory. Targets (indicative,
on a shared 2-core machine), in triples/s: N-Triples 100k, Turtle 80k, JSON-LD 10k.

Usage:  uv run python bench/bench_rdf.py [--scale 0.25] [--formats nt,turtle] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate

from graph.rdf.vocab import DEFAULT_BASE
from graph.rdf.write import write_file
from graph.stores.embedded import EmbeddedStore

TARGETS = {"nt": 100_000, "turtle": 80_000, "json-ld": 10_000}  # triples per second


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=0.25)
    parser.add_argument("--formats", default="nt,turtle")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    docs, _ = generate(args.scale)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "store")
        start = time.perf_counter()
        store.apply(docs)
        graph = store.graph()
        print(
            f"scale {args.scale}: built {graph.number_of_nodes():,} nodes, "
            f"{graph.number_of_edges():,} relationships in {time.perf_counter() - start:.1f} s"
        )
        for fmt in args.formats.split(","):
            out = Path(tmp) / f"export.{fmt}"
            start = time.perf_counter()
            triples = write_file(graph, fmt, DEFAULT_BASE, out)
            seconds = time.perf_counter() - start
            rate = triples / seconds
            verdict = "meets" if rate >= TARGETS[fmt] else "below"
            size = out.stat().st_size / 1e6
            print(
                f"{fmt:7s} {seconds:7.1f} s  {triples:>11,} triples  {rate:>9,.0f} triples/s  "
                f"{size:,.0f} MB  ({verdict} the {TARGETS[fmt]:,}/s target)"
            )
            results[fmt] = {
                "seconds": round(seconds, 2),
                "triples": triples,
                "triples_per_s": round(rate),
                "mb": round(size, 1),
            }
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"peak RSS {peak} MB")
    if args.json:
        args.json.write_text(json.dumps({"scale": args.scale, "peak_rss_mb": peak, **results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
