"""Precision of the people-list parser on the lines it claims, against the devset gold.

Runs `ingest.extract.people_lists.parse_people` over every line of ``bench/devset/dev/*.txt``
(footnote affiliations read from the lines that start with a mark), and scores the persons
and (person, organisation) relations it returns against the gold ``.json`` sidecars
(``bench/devset/GUIDELINES.md``). Only the lines the parser claims are scored: prose is the
spaCy pipeline's job. A relation counts as right when the gold holds it exactly or, with
``resolved``, after the document's own acronyms ("HIS") and gazetteer short forms ("NHS
Lincolnshire ICB") are mapped to the gold name, as resolution in the graph does.

Usage::

    uv run python bench/eval_people.py [--split dev] [--errors] [--root DIR]

Never run it on ``test`` while developing: that split is held out.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from graph.model import fold
from graph.reference.gazetteer import Gazetteer, load_gazetteer
from ingest.extract.acronyms import acronym_definitions
from ingest.extract.people_lists import footnote_affiliations, parse_people

DEVSET = Path(__file__).resolve().parent / "devset"
_MARKED = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]|\d{1,2}\s+[A-Z])")


def _resolver(text: str, gold_orgs: list[str], gaz: Gazetteer) -> Callable[[str], str]:
    acronyms = {fold(k): v for k, v in acronym_definitions(text).items()}
    by_entry = {}
    for name in gold_orgs:
        entry = gaz.org(name)
        if entry is not None:
            by_entry[entry.name] = name

    def resolve(org: str) -> str:
        if fold(org) in acronyms:
            return acronyms[fold(org)]
        entry = gaz.org(org)
        return by_entry.get(entry.name, org) if entry is not None else org

    return resolve


def evaluate(root: Path, split: str, show_errors: bool) -> dict[str, float]:
    gaz = load_gazetteer()
    counts = dict.fromkeys(
        ("lines", "claimed", "persons", "persons_ok", "rels", "rels_ok", "rels_resolved_ok"), 0
    )
    gold_person_total = 0
    found_gold: set[tuple[str, str]] = set()
    seconds = 0.0
    for path in sorted((root / split).glob("*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text("utf-8"))
        persons = {p.lower() for p in gold["persons"]}
        relations = {(p.lower(), o.lower()) for p, o in gold["relations"]}
        gold_person_total += len(persons)
        text = path.read_text("utf-8")
        lines = text.splitlines()
        resolve = _resolver(text, gold["organisations"], gaz)
        began = time.perf_counter()
        footnotes = footnote_affiliations([ln for ln in lines if _MARKED.match(ln)], gaz)
        parsed = [(line, parse_people(line, gaz, footnotes)) for line in lines]
        seconds += time.perf_counter() - began
        counts["lines"] += len(lines)
        for line, entries in parsed:
            if not entries:
                continue
            counts["claimed"] += 1
            for entry in entries:
                counts["persons"] += 1
                ok = entry.name.lower() in persons
                counts["persons_ok"] += ok
                if ok:
                    found_gold.add((path.name, entry.name.lower()))
                elif show_errors:
                    print(f"{path.name}: person {entry.name!r} <- {line.strip()[:110]!r}")
                for org in entry.organisations:
                    counts["rels"] += 1
                    raw = (entry.name.lower(), org.lower()) in relations
                    resolved = (entry.name.lower(), resolve(org).lower()) in relations
                    counts["rels_ok"] += raw
                    counts["rels_resolved_ok"] += resolved
                    if show_errors and not resolved:
                        print(f"{path.name}: relation {entry.name!r} -> {org!r}")
    return {
        **counts,
        "person_precision": counts["persons_ok"] / max(counts["persons"], 1),
        "relation_precision": counts["rels_ok"] / max(counts["rels"], 1),
        "relation_precision_resolved": counts["rels_resolved_ok"] / max(counts["rels"], 1),
        "gold_persons_found": len(found_gold) / max(gold_person_total, 1),
        "lines_per_second": counts["lines"] / max(seconds, 1e-9),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--root", type=Path, default=DEVSET)
    parser.add_argument("--errors", action="store_true", help="print every miss")
    args = parser.parse_args()
    for key, value in evaluate(args.root, args.split, args.errors).items():
        print(f"{key:28} {value:.3f}" if isinstance(value, float) else f"{key:28} {value}")


if __name__ == "__main__":
    main()
