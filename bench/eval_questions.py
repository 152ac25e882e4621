"""Judge extraction by the questions it must answer: ingest a corpus of workshop notes, evidence
and a people directory written in layouts qkg was not written beside, ask the Lab's questions
and score the planted answers, per question kind and per store.

A corpus split is a folder ``bench/questions/<split>/`` with ``workshops/``, ``evidence/``,
``directory.csv`` and ``answers.yaml`` (see ``bench/questions/README.md`` for the schema).
Each answer passes or fails as a whole:

* ``connect``     every ``expect`` name in the top ``top`` results; no ``forbid`` name in any
* ``evidence``    every ``expect`` a substring of a title in the top ``top``; no ``forbid`` in
                  the top ``top``; the answer's ``gaps`` exactly the planted ones
* ``learning``    every ``expect`` a substring of a statement in the top ``top``; no ``forbid``
                  in the top ``top``
* ``affiliation`` the organisation (found by name or alias) among the person's organisations

Names and substrings are compared folded (case, accents, punctuation). The split ``test`` is
held out: rules are never tuned on it. It also checks that ``qkg gaps`` and ``qkg evidence``
agree on every topic of the graph.

Usage::

    uv run python bench/eval_questions.py [--split dev|test|dev2|...|all]
                                         [--store embedded|neo4j|both] [--corpus DIR]
                                         [--json OUT] [--failures]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.errors import QkgError  # noqa: E402
from graph.model import fold  # noqa: E402
from ingest.types import DocumentKind  # noqa: E402

CORPUS = ROOT / "bench" / "questions"
KINDS = ("connect", "evidence", "learning", "affiliation")
FOUR = ("England", "Scotland", "Wales", "Northern Ireland")


def load_answers(split_dir: Path) -> list[dict[str, Any]]:
    with (split_dir / "answers.yaml").open(encoding="utf-8") as handle:
        items = yaml.safe_load(handle) or []
    return [dict(item) for item in items]


def ingest_split(split_dir: Path, store: Any) -> list[str]:
    """Ingest a split into `store` (each folder with its kind); the one-line errors."""
    from ingest.pipeline import ingest

    errors: list[str] = []
    for folder, kind in (
        ("directory.csv", DocumentKind.DIRECTORY),
        ("workshops", DocumentKind.WORKSHOP),
        ("evidence", DocumentKind.EVIDENCE),
    ):
        path = split_dir / folder
        if path.exists():
            errors += ingest([path], store, kind=kind).errors
    return errors


def _has(haystack: list[str], needle: str) -> bool:
    return any(fold(needle) in fold(h) for h in haystack)


def judge(ask: Any, item: dict[str, Any]) -> tuple[bool, str]:
    """(passed, what came back) for one planted answer."""
    kind = item["kind"]
    top = int(item.get("top") or 5)
    try:
        if kind == "connect":
            answer = ask.connect(
                item["asked"],
                across=item.get("across"),
                from_person=item.get("from"),
                nation=item.get("nation"),
                limit=max(top, 20),
            )
            names = [r.person.name for r in answer.results]
            shown = {fold(n) for n in names[:top]}
            ok = all(fold(n) in shown for n in item.get("expect", []))
            ok = ok and not any(fold(n) in {fold(x) for x in names} for n in item.get("forbid", []))
            return ok, "; ".join(names[:top])
        if kind == "evidence":
            answer = ask.evidence(item["asked"], nation=item.get("nation"), limit=top)
            titles = [r.title for r in answer.results]
            ok = all(_has(titles, t) for t in item.get("expect", []))
            ok = ok and not any(_has(titles, t) for t in item.get("forbid", []))
            if "gaps" in item:
                ok = ok and sorted(answer.gaps) == sorted(item["gaps"] or [])
            return ok, "; ".join(titles) + f" | gaps {answer.gaps}"
        if kind == "learning":
            answer = ask.learning(item["asked"], not_from=item.get("not_from"), limit=top)
            statements = [r.statement for r in answer.results]
            ok = all(_has(statements, t) for t in item.get("expect", []))
            ok = ok and not any(_has(statements, t) for t in item.get("forbid", []))
            return ok, " || ".join(statements)
        if kind == "affiliation":
            orgs = []
            for person in _people_named(ask, item["person"]):
                orgs += person.card.organisations if person.card else []
            if not orgs:
                return False, "no such person, or no organisation"
            try:
                wanted = ask.profile(item["organisation"])
                names = {fold(wanted.name), *(fold(a) for a in wanted.aliases)}
                ok = fold(item["organisation"]) in names and fold(wanted.name) in {
                    fold(o) for o in orgs
                }
            except QkgError:
                ok = False
            return ok, "; ".join(orgs)
    except QkgError as e:
        return False, f"error: {str(e).splitlines()[0]}"
    raise ValueError(f"{item.get('id')}: unknown kind {kind!r}")


def _people_named(ask: Any, name: str) -> list[Any]:
    """The profiles of everyone with this name (several when people share it)."""
    try:
        found = ask.profile(name)
    except QkgError as e:
        names = getattr(e, "suggestions", [])
        if "are named" not in str(e):
            return []
        return [ask.profile(n) for n in names]
    known = {fold(found.name), *(fold(a) for a in found.aliases)}
    return [found] if fold(name) in known else []


def gaps_agree(store: Any, ask: Any) -> list[str]:
    """Topics on which `qkg gaps` and `qkg evidence` count evidence differently."""
    from graph.analytics.gaps import gap_map

    disagree = []
    for row in gap_map(store.graph()).rows:
        coverage = ask.evidence(row.topic).coverage
        if any(row.cells[n].evidence != coverage.get(n, 0) for n in row.cells):
            disagree.append(row.topic)
    return disagree


def open_store(kind: str, where: Path) -> Any:
    if kind == "embedded":
        from graph.stores.embedded import EmbeddedStore

        return EmbeddedStore(where)
    import os

    from graph.stores.neo4j import Neo4jStore
    from tests.conftest import wipe_neo4j

    env = {k: os.environ[k] for k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD")}
    env["NEO4J_DATABASE"] = os.environ.get("NEO4J_DATABASE", "neo4j")
    wipe_neo4j(env)
    return Neo4jStore(env["NEO4J_URI"], env["NEO4J_USER"], env["NEO4J_PASSWORD"])


def evaluate(split_dir: Path, store_kind: str) -> dict[str, Any]:
    from query import questions_for

    with tempfile.TemporaryDirectory(prefix="qkg-eval-") as tmp:
        store = open_store(store_kind, Path(tmp))
        try:
            errors = ingest_split(split_dir, store)
            ask = questions_for(store)
            results = []
            for item in load_answers(split_dir):
                ok, got = judge(ask, item)
                results.append({"id": item.get("id"), "kind": item["kind"], "ok": ok, "got": got})
            disagree = gaps_agree(store, ask)
        finally:
            store.close()
    passed: Counter[str] = Counter(r["kind"] for r in results if r["ok"])
    total: Counter[str] = Counter(r["kind"] for r in results)
    return {
        "split": split_dir.name,
        "store": store_kind,
        "by_kind": {k: [passed[k], total[k]] for k in KINDS if total[k]},
        "passed": sum(passed.values()),
        "total": sum(total.values()),
        "errors": errors,
        "gaps_disagree": disagree,
        "results": results,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        default="dev",
        help="a split folder under the corpus (dev, test, dev2, ...) or 'all' (dev and test)",
    )
    parser.add_argument("--store", choices=("embedded", "neo4j", "both"), default="embedded")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--failures", action="store_true", help="print each failed answer")
    args = parser.parse_args(argv)
    splits = ("dev", "test") if args.split == "all" else (args.split,)
    present = sorted(
        p.name for p in args.corpus.iterdir() if p.is_dir() and (p / "answers.yaml").exists()
    )
    for split in splits:
        if split not in present:
            parser.error(f"no split {split!r} in {args.corpus} (present: {', '.join(present)})")
    stores = ("embedded", "neo4j") if args.store == "both" else (args.store,)
    reports = []
    for split in splits:
        for store_kind in stores:
            report = evaluate(args.corpus / split, store_kind)
            reports.append(report)
            kinds = "  ".join(f"{k} {p}/{t}" for k, (p, t) in report["by_kind"].items())
            share = report["passed"] / report["total"] if report["total"] else 0.0
            print(
                f"{split:5} {store_kind:9} {report['passed']}/{report['total']} "
                f"({share:.0%})  {kinds}"
            )
            if report["errors"]:
                print(f"      ingest errors: {len(report['errors'])}: {report['errors'][:3]}")
            if report["gaps_disagree"]:
                print(f"      gaps and evidence disagree on: {report['gaps_disagree']}")
            if args.failures:
                by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
                for r in report["results"]:
                    if not r["ok"]:
                        by_kind[r["kind"]].append(r)
                for kind, failed in by_kind.items():
                    for r in failed:
                        print(f"      FAIL {r['id']} ({kind}): {r['got'][:300]}")
    if args.json:
        args.json.write_text(json.dumps(reports, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
