"""Build the .docx and .pdf documents of the dev24 split in bench/questions, and check the split.

dev24 holds documents in layouts that none of dev/test or dev2 to dev22 has (see the section
"The dev24 split" of bench/questions/LAYOUTS.md): a youth worker's debrief of a school vaping
assembly, an affinity-mapping write-up, a MARAC learning review note, a community radio
phone-in production log, a group CBT-I facilitators' handover sheet, a library reading group's
session notes, a joint meeting note of an island community council and GP surgery, an annotated
visit itinerary, a prison hepatitis C test and treat week tally and debrief and a lived
experience panel's three-column note; and, as evidence, a trading standards test purchase
report, a youth assembly committee report, a domestic homicide review executive summary, a
court observation project report, a clinical senate review report, a health app review
scorecard, an island communities impact assessment, a peer challenge feedback report, an
all-party parliamentary group inquiry report and a RE-AIM evaluation summary. Its binaries are
built from bench/questions/sources/dev24/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev24 folders, topic words and the layouts
that are no longer new (those of dev/test and of dev2 to dev22; dev23 was not on this branch
when dev24 was written and is left out of the comparison).

Usage:
    uv run python scripts/make_questions_dev24.py build [--only NAME]
    uv run python scripts/make_questions_dev24.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev24"

VAPING = r"\bvap|e-cig|electronic cigarette"
COERCIVE_CONTROL = r"coercive|controlling behaviour|domestic abuse"
INSOMNIA = r"insomnia|\bsleep"
ISLAND_COMMUNITIES = r"\bisland|\bisles?\b"
HEPATITIS_C = r"hepatitis C|\bhep C\b|\bHCV\b"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": VAPING,
    "x02": COERCIVE_CONTROL,
    "x03": INSOMNIA,
    "x04": ISLAND_COMMUNITIES,
    "x05": HEPATITIS_C,
    "x06": INSOMNIA,
    "x07": VAPING,
    "x08": HEPATITIS_C,
}

# dev23 was not on this branch when dev24 was written: its layouts were not known.
BESIDE = ("dev23",)


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=BESIDE)


if __name__ == "__main__":
    sys.exit(main())
