"""Build the .docx and .pdf documents of the dev28 split in bench/questions, and check the split.

dev28 holds documents in layouts that none of dev/test or dev2 to dev26 has (see the section
"The dev28 split" of bench/questions/LAYOUTS.md): a diabetes prevention programme's cohort review
call notes, a co-design empathy map write-up, a Balint group session record, a junior doctors'
forum minutes, a landlord forum's web notes, a councillors' member development session, a
conservation task day log with weather, a seasonal planning workshop, a cystic fibrosis parents'
evening question page and a virtual patient advisory group's minutes; and, as evidence, a data
archive catalogue record, a medical student's SSC report, an inquiry witness statement, a Freedom
to Speak Up Guardian's board report, a homelessness review evidence annex, a law centre's case
file review, an evidence information note, a health impact assessment screening record, a
clinical commissioning policy statement and a priority setting partnership's top 10 page. Its
binaries are built from bench/questions/sources/dev28/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev28 folders, topic words and the
layouts that are no longer new (every split from dev2 to dev26; dev27 was written at the same
time and is left out).

Usage:
    uv run python scripts/make_questions_dev28.py build [--only NAME]
    uv run python scripts/make_questions_dev28.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev28"
BESIDE = ("dev27",)  # written at the same time: its layouts were not known

PREDIABETES = r"prediabet|pre-diabet|non-diabetic hyperglyc|borderline diabetes|impaired glucose"
MORAL_INJURY = r"moral injur|morally injur"
TEMPORARY_ACCOMMODATION = (
    r"temporary accommodation|temporary housing|interim accommodation|emergency accommodation"
)
GREEN_SOCIAL_PRESCRIBING = (
    r"green social prescrib|green prescri|nature prescri|nature on prescription"
)
CYSTIC_FIBROSIS = r"cystic fibrosis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": PREDIABETES,
    "x02": MORAL_INJURY,
    "x03": TEMPORARY_ACCOMMODATION,
    "x04": GREEN_SOCIAL_PRESCRIBING,
    "x05": CYSTIC_FIBROSIS,
    "x06": PREDIABETES,
    "x07": GREEN_SOCIAL_PRESCRIBING,
    "x08": TEMPORARY_ACCOMMODATION,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=BESIDE)


if __name__ == "__main__":
    sys.exit(main())
