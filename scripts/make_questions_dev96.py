"""Build the .docx and .pdf documents of the dev96 split in bench/questions, and check the split.

dev96 holds documents in layouts that none of dev/test or dev2 to dev92 has (see the section
"The dev96 split" of bench/questions/LAYOUTS.md): a strength and balance instructors'
six-monthly review, a class leaders' peer review day, a home care rota and travel time
workshop, a care at home organisers' reflective session, a care home hydration champions'
huddle, a care home hydration collaborative launch, a future care planning conversation café,
an advance care planning ward champions' action learning set, a barbershop health night on razor
bumps and a men's health group skin session; and, as evidence, a community falls service annual
report, a university research summary of a class follow-up study, a home care workforce survey,
a patient and client council engagement report on domiciliary care, a care home hydration point
prevalence audit, a care home hydration project evaluation, a GP advance care planning record
audit, a care home advance care planning peer review, a primary care guidance summary on razor
bumps and a staff network survey on razor bumps and face fit testing. Its binaries are built
from bench/questions/sources/dev96/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev96 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev92; dev93 to dev95 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev96.py build [--only NAME]
    uv run python scripts/make_questions_dev96.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev96"

STRENGTH_AND_BALANCE = r"strength and balance|falls prevention exercise"
HOME_CARE = r"home care|homecare|domiciliary|care at home"
HYDRATION = r"hydrat|fluid intake"
ADVANCE_CARE_PLANNING = r"advance care plan|anticipatory care plan|future care plan"
RAZOR_BUMPS = r"razor bumps?|pseudofolliculitis|shaving bumps?"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": STRENGTH_AND_BALANCE,
    "x02": HOME_CARE,
    "x03": HYDRATION,
    "x04": ADVANCE_CARE_PLANNING,
    "x05": RAZOR_BUMPS,
    "x06": HOME_CARE,
    "x07": ADVANCE_CARE_PLANNING,
    "x08": RAZOR_BUMPS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev93", "dev94", "dev95")
    )


if __name__ == "__main__":
    sys.exit(main())
