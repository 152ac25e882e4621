"""Build the .docx and .pdf documents of the dev19 split in bench/questions, and check the split.

dev19 holds documents in layouts that none of dev/test or dev2 to dev18 has (see the section
"The dev19 split" of bench/questions/LAYOUTS.md): a stroke unit's goal-setting MDT record, a
community grants "Dragons' Den" decision day, a breast screening clinic's hot debrief, a
quality circle's minutes with an initials grid of attendees and apologies, an infection
prevention link practitioners' study afternoon write-up, a ward's hand hygiene safety cross
review, a housing association's tenant engagement committee minutes, an estate walkabout, a
coeliac support group's AGM report in its newsletter and a cookery demonstration session
record; and, as evidence, a stroke organisational audit site extract, a think-tank blog with
footnotes, a screening programme's standards report summary, a screening health equity audit,
an infection prevention audit tool's results page, a health board's letter to a petitions
committee, a housing regulatory judgement, a landlord's tenant satisfaction measures page, a
patient leaflet evaluation and a guideline baseline assessment export. Its binaries are built
from bench/questions/sources/dev19/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev19 folders, topic words and the layouts
that are no longer new.

Usage:
    uv run python scripts/make_questions_dev19.py build [--only NAME]
    uv run python scripts/make_questions_dev19.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev19"

STROKE_REHABILITATION = r"\bstroke"
BREAST_SCREENING = r"breast screening|mammogra"
HAND_HYGIENE = r"hand hygiene|hand ?rub|hand ?wash"
SOCIAL_HOUSING = r"social housing|social landlord|housing association|social rent|\btenant"
COELIAC_DISEASE = r"coeliac|gluten"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": STROKE_REHABILITATION,
    "x02": BREAST_SCREENING,
    "x03": HAND_HYGIENE,
    "x04": SOCIAL_HOUSING,
    "x05": COELIAC_DISEASE,
    "x06": STROKE_REHABILITATION,
    "x07": COELIAC_DISEASE,
    "x08": SOCIAL_HOUSING,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
