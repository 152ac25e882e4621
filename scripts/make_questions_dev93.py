"""Build the .docx and .pdf documents of the dev93 split in bench/questions, and check the split.

dev93 holds documents in layouts that none of dev/test or dev2 to dev88 has (see the
section "The dev93 split" of bench/questions/LAYOUTS.md): an improvement collaborative learning
session report with a storyboard table, a collaborative faculty retrospective in plain text, a
Realistic Medicine patient panel meeting on the BRAN questions, a BRAN prompt card pilot review
web write-up, a receptionist care-navigation training debrief, a practice managers' network
session on locum induction packs, a staff network listening circle on racism in plain text, a
co-design workshop on reporting racist abuse, a palliative symptom-control case review on
persistent hiccups and a community palliative nurses' journal club record; and, as evidence, a
collaborative wave 2 evaluation, a collaborative closing web report, a BRAN poster campaign
evaluation, a fracture clinic BRAN audit summary, a GP access survey report, a GP access
standards compliance return in plain text, an anti-racism framework annual progress report, a
racist incident data review web page, a hiccups guideline summary and a hospice hiccups audit.
Its binaries are built from bench/questions/sources/dev93/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev93 folders, topic words and the
layouts that are no longer new (dev89 to dev91 were written beside it).

Usage:
    uv run python scripts/make_questions_dev93.py build [--only NAME]
    uv run python scripts/make_questions_dev93.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev93"

IMPROVEMENT_COLLABORATIVES = r"collaborative|breakthrough series"
BRAN_QUESTIONS = r"\bBRAN\b|benefits, risks, alternatives"
GENERAL_PRACTICE = r"general practice|\bGPs?\b|doctor's surgery"
RACISM = r"racis|racial discrimination|racial harassment|race discrimination"
HICCUPS = r"hiccup"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": IMPROVEMENT_COLLABORATIVES,
    "x02": BRAN_QUESTIONS,
    "x03": GENERAL_PRACTICE,
    "x04": RACISM,
    "x05": HICCUPS,
    "x06": HICCUPS,
    "x07": GENERAL_PRACTICE,
    "x08": IMPROVEMENT_COLLABORATIVES,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev89", "dev90", "dev91")
    )


if __name__ == "__main__":
    sys.exit(main())
