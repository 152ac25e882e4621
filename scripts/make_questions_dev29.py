"""Build the .docx and .pdf documents of the dev29 split in bench/questions, and check the split.

dev29 holds documents in layouts that none of dev/test or dev2 to dev28 has (see the section
"The dev29 split" of bench/questions/LAYOUTS.md): a ward post-fall huddle proforma, a Liberating
Structures TRIZ record, a OneNote page exported to Word, a quiz game results report with host
notes, a detached youth work session recording sheet, a storyboard workshop record in panels, a
walking football coach's session plan with reflection, a club website match report with team
sheets, an audio newsletter script with a track list and a telephone befriending group call
sheet; and, as evidence, a screening quality assurance visit report, a journal rapid response, a
youth homelessness databank data note, an "ask me anything" forum thread, a feasibility study
with a CONSORT flow in text, a community encyclopedia article, a technical report opening with
a document control table, the text version of a pathway flowchart, a local eye health data
profile and a CPD article with multiple choice questions. Its binaries are built from
bench/questions/sources/dev29/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev29 folders, topic words and the layouts
that are no longer new (those of dev/test and of every split from dev2 to dev28).

Usage:
    uv run python scripts/make_questions_dev29.py build [--only NAME]
    uv run python scripts/make_questions_dev29.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev29"

# The splits written before dev29 (dev2 to dev28, dev13 to dev28 included): their layouts are
# old. dev3.earlier_than gives the same tuple; it is spelled out here so the check is explicit.
EARLIER = tuple(f"dev{k}" for k in range(2, 29))
assert dev3.earlier_than(SPLIT) == EARLIER

FALLS = r"\bfalls?\b|falling|\bfallen\b"
CERVICAL_SCREENING = r"cervical|smear test|\bHPV\b"
SOFA_SURFING = r"sofa[- ]?surf|couch[- ]?surf"
WALKING_FOOTBALL = r"walking football"
MACULAR_DEGENERATION = r"macular degeneration|\bAMD\b"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": FALLS,
    "x02": CERVICAL_SCREENING,
    "x03": SOFA_SURFING,
    "x04": WALKING_FOOTBALL,
    "x05": MACULAR_DEGENERATION,
    "x06": FALLS,
    "x07": CERVICAL_SCREENING,
    "x08": MACULAR_DEGENERATION,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
