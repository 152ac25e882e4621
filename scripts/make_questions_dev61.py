"""Build the .docx and .pdf documents of the dev61 split in bench/questions, and check the split.

dev61 holds documents in layouts that none of dev/test or dev2 to dev60 has (see the section
"The dev61 split" of bench/questions/LAYOUTS.md): a befriending volunteers' group supervision
record, an intergenerational pen pals project review, a village hall video class test session
record, a tech buddy volunteers' debrief, a needle exchange team huddle, a drug checking
partners' feedback session, an integrated review joint training record, a Bookbug session
leaders' peer meeting, a support group's first meeting and a regional nurses' forum with a
round-the-regions table; and, as evidence, a befriending service outcomes report, a rural
needs impact assessment form, a commissioning for value focus pack, a value-based healthcare
outcomes report, an injecting equipment provision monitoring report, a needle exchange scheme
annual activity report, a childcare sufficiency assessment summary page, a Sure Start annual
report extract, a clinic patient survey report and an MDT audit report. Its binaries are built
from bench/questions/sources/dev61/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev61 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev60; dev62 to dev64 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev61.py build [--only NAME]
    uv run python scripts/make_questions_dev61.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev61"

LONELINESS = r"loneli|lonely|isolat|befriend|social connect"
PULMONARY_REHABILITATION = r"pulmonary rehab"
HARM_REDUCTION = r"harm reduction|harm minimisation|naloxone"
EARLY_YEARS = (
    r"early years|under-fives|\binfants\b|early childhood|pre-?school children|first 1000 days"
)
SARCOIDOSIS = r"sarcoid"
PULMONARY_SARCOIDOSIS = r"pulmonary sarcoid"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": LONELINESS,
    "x02": PULMONARY_REHABILITATION,
    "x03": HARM_REDUCTION,
    "x04": EARLY_YEARS,
    "x05": SARCOIDOSIS,
    "x06": LONELINESS,
    "x07": EARLY_YEARS,
    "x08": PULMONARY_SARCOIDOSIS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev62", "dev63", "dev64")
    )


if __name__ == "__main__":
    sys.exit(main())
