"""Build the .docx and .pdf documents of the dev4 split in bench/questions, and check the split.

dev4 holds documents in layouts that none of dev/test, dev2 or dev3 has (see the section
"The dev4 split" of bench/questions/LAYOUTS.md), chosen to probe learning and evidence reading.
Its binaries are built from bench/questions/sources/dev4/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev4 folders, topic words, the
per-item nations of the abstract book and the layouts that are no longer new.

Usage:
    uv run python scripts/make_questions_dev4.py build [--only NAME]
    uv run python scripts/make_questions_dev4.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev4"

LONELINESS = r"lonel|isolat|social connect"
ACTIVITY = r"physical activ|physically active|exercis|inactiv|walking"
HEART = r"heart|cardiac|cardio"
PERINATAL = r"perinatal|postnatal|postpartum|antenatal|maternal mental"
SICKLE = r"sickle cell"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": LONELINESS,
    "x02": ACTIVITY,
    "x03": HEART,
    "x04": PERINATAL,
    "x05": SICKLE,
    "x06": LONELINESS,
    "x07": ACTIVITY,
    "x08": PERINATAL,
}

# The abstract book holds three abstracts on different topics and nations; for a topic it
# covers only the nation of the abstract on that topic.
BOOK = "conference-abstract-book-page-14.txt"
ITEM_NATIONS = {
    (BOOK, "x01"): "Northern Ireland",
    (BOOK, "x06"): "Northern Ireland",
    (BOOK, "x02"): "Wales",
    (BOOK, "x07"): "Wales",
    (BOOK, "x05"): "Scotland",
    (BOOK, "x03"): "",
    (BOOK, "x04"): "",
    (BOOK, "x08"): "",
}


def use_dev4() -> None:
    """Point the dev2 builder's settings (through dev3's hooks) at the dev4 split."""
    dev3.use_split(SPLIT, TOPIC_WORDS, ITEM_NATIONS, ("dev2", "dev3"))


def main(argv: list[str] | None = None) -> int:
    return dev3.run(argv, use_dev4, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
