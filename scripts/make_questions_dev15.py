"""Build the .docx and .pdf documents of the dev15 split in bench/questions, and check the split.

dev15 holds documents in layouts that none of dev/test or dev2 to dev13 has (see the section
"The dev15 split" of bench/questions/LAYOUTS.md): a teach-back training session log, a
partnership board's away day notes with table grids, a volunteer induction note, a joint
staff-side partnership forum's minutes, a critical friends review, protected learning time
session notes, a "Big Conversation" roadshow diary page, a peer assist record, kitchen table
discussion notes and a nominal group technique record; and, as evidence, the title pages of a
Health Technology Assessment monograph, a standards consultation analysis, an Assembly research
paper, a hospital trust's quality story, a pharmaceutical needs assessment extract, a Welsh
Health Circular, an interim pilot evaluation, a quarterly monitoring return, a shared learning
database example and a charity's member survey report. Its binaries are built from
bench/questions/sources/dev15/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev15 folders, topic words and the layouts
that are no longer new.

Usage:
    uv run python scripts/make_questions_dev15.py build [--only NAME]
    uv run python scripts/make_questions_dev15.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev15"

COPD = r"\bCOPD\b|chronic obstructive pulmonary"
NEONATAL = r"neonat"
COMMUNITY_PHARMACY = r"community pharmac|pharmacy first|common ailments service"
HARM_REDUCTION = r"harm reduction|naloxone|needle exchange|injecting equipment|drug checking"
HUNTINGTONS = r"huntington"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": COPD,
    "x02": NEONATAL,
    "x03": COMMUNITY_PHARMACY,
    "x04": HARM_REDUCTION,
    "x05": HUNTINGTONS,
    "x06": COPD,
    "x07": NEONATAL,
    "x08": HUNTINGTONS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev14",))


if __name__ == "__main__":
    sys.exit(main())
