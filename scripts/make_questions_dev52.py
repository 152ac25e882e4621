"""Build the .docx and .pdf documents of the dev52 split in bench/questions, and check the split.

dev52 holds documents in layouts that none of dev/test or dev2 to dev50 has (see the section
"The dev52 split" of bench/questions/LAYOUTS.md): an aphasia-friendly stroke group's notes, a
poster judging panel's notes, a Takeover Day record, a charter drafting session record, a data
walk's station notes, a community organising house meeting's notes, a school immunisation
session day sheet, door-knocking canvass returns with a debrief, a call listening review record
and a film screening with a panel; and, as evidence, a Board Assurance Framework principal risk
entry, a therapy staffing establishment review, a census topic report, a Young Carers in Schools
assessor's feedback, an Explanatory Memorandum to regulations, a funder's learning paper, an
atlas of variation map page, a living review's update log, an ambulance clinical indicator page
and a trainee-led collaborative audit with its collaborator list. Its binaries are built from
bench/questions/sources/dev52/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev52 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev50; dev51 was written beside it).

Usage:
    uv run python scripts/make_questions_dev52.py build [--only NAME]
    uv run python scripts/make_questions_dev52.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev52"

STROKE_REHABILITATION = r"\bstroke"
YOUNG_CARERS = r"young carer|young adult carer"
FOOD_INSECURITY = r"food insecur|food poverty|food bank|foodbank|food parcel"
VACCINATION = r"vaccin|immunis"
SEPSIS = r"sepsis|septic"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": STROKE_REHABILITATION,
    "x02": YOUNG_CARERS,
    "x03": FOOD_INSECURITY,
    "x04": VACCINATION,
    "x05": SEPSIS,
    "x06": VACCINATION,
    "x07": FOOD_INSECURITY,
    "x08": YOUNG_CARERS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev51",))


if __name__ == "__main__":
    sys.exit(main())
