"""Build the .docx and .pdf documents of the dev16 split in bench/questions, and check the split.

dev16 holds documents in layouts that none of dev/test or dev2 to dev15 has (see the section
"The dev16 split" of bench/questions/LAYOUTS.md): a Teams transcript exported as WebVTT, a
charity's trustee board minutes, a QI collaborative's learning session report, a GP cluster
meeting note, medicines optimisation peer review minutes, a ward teaching session log, poster
walk notes, a focus group topline, an experience-based co-design event record and Lean Coffee
notes; and, as evidence, an official statistics release page, a scrutiny task and finish group
report, a health protection quarterly report, a parliamentary committee inquiry summary, a
medicines Q&A, a prescribing measure page, a cohort profile paper, a research-on-a-page
summary, a register's annual report and a registered service evaluation. Its binaries are
built from bench/questions/sources/dev16/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev16 folders, topic words and the layouts
that are no longer new.

Usage:
    uv run python scripts/make_questions_dev16.py build [--only NAME]
    uv run python scripts/make_questions_dev16.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev16"

FUEL_POVERTY = r"fuel pover|fuel poor|cold homes?\b|warm homes"
CHILDHOOD_IMMUNISATIONS = r"immunis|vaccin|\bMMR\b"
POLYPHARMACY = r"polypharmacy|ten or more (?:regular )?medicines|10 or more medicines"
ARTHRITIS = r"arthrit"
PSORIASIS = r"psoria"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": FUEL_POVERTY,
    "x02": CHILDHOOD_IMMUNISATIONS,
    "x03": POLYPHARMACY,
    "x04": ARTHRITIS,
    "x05": PSORIASIS,
    "x06": CHILDHOOD_IMMUNISATIONS,
    "x07": ARTHRITIS,
    "x08": POLYPHARMACY,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
