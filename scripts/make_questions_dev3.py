"""Build the .docx and .pdf documents of the dev3 split in bench/questions, and check the split.

dev3 holds documents in layouts that neither dev/test nor dev2 has (see the section "The dev3
split" of bench/questions/LAYOUTS.md), chosen to probe learning and evidence reading. Its
binaries are built from bench/questions/sources/dev3/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py (whose parser and writers are reused unchanged: this
script only points them at the dev3 folders and supplies the dev3 topic words and the layouts
that are no longer new).

Usage:
    uv run python scripts/make_questions_dev3.py build [--only NAME]
    uv run python scripts/make_questions_dev3.py check
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev2 as dev2  # the dev2 builder: parse, write_docx, write_pdf, check

SPLIT = "dev3"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": r"\bfalls?\b|falling",
    "x02": r"\bstroke",
    "x03": r"dementia",
    "x04": r"smok|tobacco|vaping|stop smoking|\bquit",
    "x05": r"infant feeding|breastfe|breast milk",
    "x06": r"sepsis",
    "x07": r"infant feeding|breastfe|breast milk",
    "x08": r"smok|tobacco|vaping|stop smoking|\bquit",
}

# A document of several items (the library digest) covers, for a topic, only the nations of
# the item on that topic, not every nation in its manifest row.
ITEM_NATIONS = {
    ("current-awareness-digest-february.md", "x05"): "Wales",
    ("current-awareness-digest-february.md", "x07"): "Wales",
    ("current-awareness-digest-february.md", "x06"): "England",
}


def check_gaps(item: dict, rows: list[dict], texts: dict[Path, str]) -> list[str]:
    """dev2's gap check, with the nations of a multi-item document narrowed per topic."""
    narrowed = [
        {**r, "nations": ITEM_NATIONS.get((r["file"], item["id"]), r["nations"])} for r in rows
    ]
    return original_check_gaps(item, narrowed, texts)


original_check_gaps = dev2.check_gaps


def earlier_layouts(splits: Sequence[str] = ("dev2",)) -> set[str]:
    """The layouts of dev/test (dev2's list) and of these splits (from manifest.csv)."""
    with (dev2.QDIR / "manifest.csv").open(encoding="utf-8") as handle:
        used = {r["layout"] for r in csv.DictReader(handle) if r["split"] in splits}
    return set(dev2.OLD_LAYOUTS) | used


def use_dev3() -> None:
    """Point the dev2 builder's module-level settings at the dev3 split."""
    dev2.SPLIT = SPLIT
    dev2.BASE = dev2.QDIR / SPLIT
    dev2.SRC = dev2.QDIR / "sources" / SPLIT
    dev2.OLD_LAYOUTS = earlier_layouts()
    dev2.TOPIC_WORDS = TOPIC_WORDS
    dev2.check_gaps = check_gaps


def use_split(
    split: str, topic_words: dict[str, str], item_nations: dict[Any, str], earlier: Sequence[str]
) -> None:
    """Point the dev2 builder (through dev3's hooks) at a later split: its folders, topic
    words and per-item nations, and as old layouts those of dev/test and the `earlier`
    splits (dev4 and dev5 use it)."""
    global SPLIT, TOPIC_WORDS, ITEM_NATIONS
    old = earlier_layouts(earlier)  # before use_dev3 widens dev2's list
    SPLIT, TOPIC_WORDS, ITEM_NATIONS = split, topic_words, item_nations
    use_dev3()
    dev2.OLD_LAYOUTS = old


def earlier_than(split: str) -> tuple[str, ...]:
    """The splits written before `split` ("dev14" -> "dev2" … "dev13"): their layouts are old.

    >>> earlier_than("dev5")
    ('dev2', 'dev3', 'dev4')
    """
    return tuple(f"dev{k}" for k in range(2, int(split.removeprefix("dev"))))


def split_main(
    split: str,
    topic_words: dict[str, str],
    argv: list[str] | None,
    doc: str,
    beside: tuple[str, ...] = (),
) -> int:
    """A later split's builder: its folders and topic words, the splits before it as old
    (but those written `beside` it, at the same time: their layouts were not known)."""
    earlier = tuple(s for s in earlier_than(split) if s not in beside)
    return run(argv, lambda: use_split(split, topic_words, {}, earlier), doc)


def run(argv: list[str] | None, use: Callable[[], None], doc: str) -> int:
    """`build [--only NAME]` or `check` a split, its settings set by `use`."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--only")
    sub.add_parser("check")
    args = parser.parse_args(argv)
    use()
    if args.cmd == "build":
        dev2.build(args.only)
        return 0
    return dev2.check()


def main(argv: list[str] | None = None) -> int:
    return run(argv, use_dev3, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
