"""Ingest speed: qkg's whole ingest against bare `nlp.pipe` of the same model, same texts.

Generates a corpus of at least --words words (default 200,000) by re-voicing the annotated
development texts and the example workshop notes with other invented names, then measures,
each in a fresh process so peak memory is its own:

  bare      en_core_web_sm (senter + ner, NumPy ops), `list(nlp.pipe(texts))`
  ingest    `qkg ingest --jobs 1` end to end: read files, extract, resolve, write the embedded
            store
  default   `qkg ingest` as a user runs it: --jobs left to `auto_jobs` (the usable cores, for a
            batch this big)

Besides wall time, each mode's CPU time (its own and its worker processes'): on a shared
machine the wall times of one-process modes swing with the load, their CPU times much less.

Usage:  uv run python bench/bench_ingest.py [--words 200000] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    *sorted((ROOT / "bench" / "devset" / "dev").glob("*.txt")),
    *sorted((ROOT / "examples" / "workshops").glob("*.md")),
]
GIVEN = [
    "Ailsa",
    "Bronwen",
    "Ciaran",
    "Deepa",
    "Emeka",
    "Fergus",
    "Gwen",
    "Hamish",
    "Ifeoma",
    "Jude",
    "Kasia",
    "Lowri",
    "Malik",
]
FAMILY = [
    "Abernethy",
    "Bevan",
    "Chaudhry",
    "Doherty",
    "Ellis",
    "Fraser",
    "Griffiths",
    "Hughes",
    "Igwe",
    "Jenkins",
    "Nwosu",
]
_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")


def make_corpus(folder: Path, words: int, seed: int = 7) -> int:
    """Write .txt files until `words` words; people's names are swapped for others."""
    rng = random.Random(seed)
    texts = [p.read_text("utf-8") for p in SOURCES]
    total, n = 0, 0
    while total < words:
        text = texts[n % len(texts)]
        mapping: dict[str, str] = {}

        def swap(match: re.Match[str], mapping: dict[str, str] = mapping) -> str:
            if match.group(1) not in GIVEN and rng.random() < 0.5:
                return match.group(0)
            key = match.group(0)
            mapping.setdefault(key, f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}")
            return mapping[key]

        body = _NAME.sub(swap, text)
        (folder / f"doc-{n:04d}.txt").write_text(body, "utf-8")
        total += len(body.split())
        n += 1
    return total


def _texts(folder: Path) -> list[str]:
    from ingest.readers import read_all

    return [d.text for d in read_all([folder]).documents]


def run_mode(mode: str, folder: Path) -> dict[str, float]:
    """One measurement, in this process."""
    if mode == "bare":
        from ingest.extract.nlp import load_model

        texts = _texts(folder)
        nlp = load_model()
        start, cpu = time.perf_counter(), _cpu()
        n_ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=32))
        seconds, cpu = time.perf_counter() - start, _cpu() - cpu
        words = sum(len(t.split()) for t in texts)
        extra = {"entities": n_ents}
    else:
        from graph.stores.embedded import EmbeddedStore
        from ingest.extract.extractor import Extractor
        from ingest.pipeline import auto_jobs, ingest
        from ingest.readers import read_all

        jobs = 1 if mode == "ingest" else None  # None: auto_jobs decides, as for a user
        extractor = Extractor()
        _ = extractor.nlp  # model loading is not ingest throughput, as for bare
        with tempfile.TemporaryDirectory() as data:
            start, cpu = time.perf_counter(), _cpu()
            report = ingest(
                [folder], EmbeddedStore(Path(data)), n_process=jobs, extractor=extractor
            )
            seconds, cpu = time.perf_counter() - start, _cpu() - cpu
        words = report.words
        extra = {
            "documents": len(report.added),
            "persons": report.stats["persons"],
            "jobs": jobs or auto_jobs(read_all([folder]).documents),
        }
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "mode": mode,
        "words": words,
        "seconds": round(seconds, 2),
        "words_per_s": round(words / seconds),
        "cpu_s": round(cpu, 2),
        "words_per_cpu_s": round(words / cpu),
        "peak_rss_mb": round(peak / 1024),
        "peak_child_rss_mb": round(peak_children / 1024),
        **extra,
    }


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.corpus)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        words = make_corpus(corpus, args.words)
        print(f"corpus: {len(list(corpus.iterdir()))} files, {words:,} words")
        results = []
        for mode in ("bare", "ingest", "default"):
            cmd = [sys.executable, __file__, "--mode", mode, "--corpus", str(corpus)]
            line = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
            result = json.loads(line.stdout.strip().splitlines()[-1])
            results.append(result)
            jobs = f" (jobs {result['jobs']})" if "jobs" in result else ""
            print(
                f"{mode + jobs:<18} {result['words_per_s']:>7,} words/s"
                f"  {result['seconds']:>6.1f} s"
                f"  CPU {result['cpu_s']:>6.1f} s ({result['words_per_cpu_s']:,} words/CPU s)"
                f"  peak RSS {result['peak_rss_mb']} MB (children {result['peak_child_rss_mb']} MB)"
            )
    bare, bare_cpu = results[0]["words_per_s"], results[0]["words_per_cpu_s"]
    for result in results[1:]:
        print(
            f"{result['mode']}: {result['words_per_s'] / bare:.2f} × bare NER throughput "
            f"(per CPU second: {result['words_per_cpu_s'] / bare_cpu:.2f} ×)"
        )
    if args.json:
        args.json.write_text(json.dumps({"words": words, "results": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
