"""Build the .docx and .pdf documents of the dev48 split in bench/questions, and check the split.

dev48 holds documents in layouts that none of dev/test or dev2 to dev44 has (see the section
"The dev48 split" of bench/questions/LAYOUTS.md): a strength and balance partnership's
highlights / lowlights / help needed note, an asks and offers network session page, an NHS
Health Check outreach team's daily stand-up notes, a learning history in two columns, a Three
Horizons workshop record, a transcription of a handwritten minute book, a menopause café hosts'
check-in and check-out record, a mind map exported as text, a public health registrars' teaching
session record and a TB cohort review meeting record; and, as evidence, a social value (themes,
outcomes and measures) report, a return on investment tool printout, a rapid ethnographic
assessment, an evaluation registry entry, a rapid qualitative analysis matrix, an extract of a
parallel (shadow) report to a UN treaty body, a community foundation's Vital Signs theme page, a
Section 75 annual progress report extract, an oral history project report and a research
outcomes export. Its binaries are built from
bench/questions/sources/dev48/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev48 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev44; dev45 to dev47 were written beside
it, so their layouts were not known).

Usage:
    uv run python scripts/make_questions_dev48.py build [--only NAME]
    uv run python scripts/make_questions_dev48.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev48"

STRENGTH_AND_BALANCE = r"strength and balance|falls prevention exercise"
HEALTH_CHECKS = r"health checks?\b|health MOT"
PREP = r"\bPrEP\b|pre-exposure prophylaxis"
MENOPAUSE_CAFES = r"menopause caf"
TUBERCULOSIS = r"tubercul|\bTB\b"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": STRENGTH_AND_BALANCE,
    "x02": HEALTH_CHECKS,
    "x03": PREP,
    "x04": MENOPAUSE_CAFES,
    "x05": TUBERCULOSIS,
    "x06": HEALTH_CHECKS,
    "x07": PREP,
    "x08": TUBERCULOSIS,
}

# Splits written at the same time as dev48, whose layouts were not known to it.
BESIDE = ("dev45", "dev46", "dev47")


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=BESIDE)


if __name__ == "__main__":
    sys.exit(main())
