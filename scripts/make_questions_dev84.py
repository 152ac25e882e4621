"""Build the .docx and .pdf documents of the dev84 split in bench/questions, and check the split.

dev84 holds documents in layouts that none of dev/test or dev2 to dev80 has (see the section
"The dev84 split" of bench/questions/LAYOUTS.md): a radiographers' practice development session
record with a surname-first sign-in sheet, a radiotherapy mask co-design workshop report, a
cancer MDT streamlining pilot reflection in a 4Ls retrospective, a primary care MDT one-year-on
reflective practice session, a sexual health outreach team debrief intranet post, a health
advisers' partner notification peer review record, a housing association tenant health panel
minute, a health and housing delayed discharge learning session summary, a sleep service
snoring triage calibration session and a dental study club meeting report on snoring devices;
and, as evidence, a radiotherapy waiting times benchmarking report, an island radiotherapy
travel needs assessment page, a community MDT meeting observational study summary, an interim
evaluation of social workers in primary care MDTs, an STI testing uptake annual data
commentary, an online STI test kit return audit, an affordable housing chapter of a population
needs assessment, a housing charity's waiting list and health research page, a snoring referral
audit and a community pharmacy snoring screening pilot evaluation. Its binaries are built from
bench/questions/sources/dev84/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev84 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev80; dev81 to dev83 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev84.py build [--only NAME]
    uv run python scripts/make_questions_dev84.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev84"

RADIOTHERAPY = r"radiotherap|radiation therap"
MULTIDISCIPLINARY_TEAMS = (
    r"multi-?disciplinary|\bMDTs?\b|multi-?professional team|interdisciplinary team"
)
STIS = r"sexually transmitted|\bSTIs?\b"
AFFORDABLE_HOUSING = r"affordable hous|affordable homes?"
SNORING = r"snor"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": RADIOTHERAPY,
    "x02": MULTIDISCIPLINARY_TEAMS,
    "x03": STIS,
    "x04": AFFORDABLE_HOUSING,
    "x05": SNORING,
    "x06": RADIOTHERAPY,
    "x07": AFFORDABLE_HOUSING,
    "x08": SNORING,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev81", "dev82", "dev83")
    )


if __name__ == "__main__":
    sys.exit(main())
