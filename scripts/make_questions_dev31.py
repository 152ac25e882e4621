"""Build the .docx and .pdf documents of the dev31 split in bench/questions, and check the split.

dev31 holds documents in layouts that none of dev/test or dev2 to dev30 has (see the section
"The dev31 split" of bench/questions/LAYOUTS.md): a harm reduction nurse's dictated voice memo, a
Safety Advisory Group post-event debrief, a Poverty Truth Commission gathering record, a poverty
simulation debrief, usability test session notes, a go/no-go decision record, an assessment day
assessors' wash-up, a bidder event questions and responses log, a Team Brief cascade feedback
return and a GP trainee's case-based discussion record; and, as evidence, a Most Significant
Change story collection, a Fatal Accident Inquiry determination, a local child poverty action
report extract, a journal book review, a benefits realisation report, a user research personas
page, a clinical safety hazard log summary, a market position statement extract, an approved
judgment page and an expert advisory group's minutes extract. Its binaries are built from
bench/questions/sources/dev31/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev31 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev30).

Usage:
    uv run python scripts/make_questions_dev31.py build [--only NAME]
    uv run python scripts/make_questions_dev31.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev31"

NALOXONE = r"naloxone|prenoxad|nyxoid"
CHILD_POVERTY = r"child poverty|children (?:living )?in poverty|cost of the school day"
VIDEO_CONSULTATIONS = (
    r"video consult|video call|video appointment|video clinic|\bnear me\b|attend anywhere"
)
HOME_CARE = r"home care|homecare|domiciliary|care at home|home support"
MENINGITIS = r"meningit|meningococc"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": NALOXONE,
    "x02": CHILD_POVERTY,
    "x03": VIDEO_CONSULTATIONS,
    "x04": HOME_CARE,
    "x05": MENINGITIS,
    "x06": HOME_CARE,
    "x07": VIDEO_CONSULTATIONS,
    "x08": MENINGITIS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
