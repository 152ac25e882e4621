"""Build the .docx and .pdf documents of the dev133 split in bench/questions, and check the split.

dev133 holds documents in layouts that none of dev/test or dev2 to dev128 has (see the section
"The dev133 split" of bench/questions/LAYOUTS.md): a hospice befriending volunteers'
supervision circle, an out-of-hours palliative care helpline's first-month review, a staff
wellbeing champions network's minutes, a wellbeing guardian's station visit blog, a peer
naloxone network meeting, a recovery cafe's review afternoon typed from flipcharts, a
co-production event page with a written version of its video, a co-production working group
workshop write-up, a GP cluster protected learning session on hives and a children's allergy
parent session; and, as evidence, a hospice research report on homeless hostels, a conference
abstract print page, a staff wellbeing hubs evaluation, a professional body's member survey
briefing, an alcohol and drug partnership's annual return summary, a commissioned residential
rehabilitation evaluation, a co-production stories report, a PPI monitoring report, a hives
referrals audit and a prescribing bulletin. Its binaries are built from
bench/questions/sources/dev133/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev133 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev128; dev129 to dev131 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev133.py build [--only NAME]
    uv run python scripts/make_questions_dev133.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev133"

END_OF_LIFE_CARE = r"end[- ]of[- ]life|palliative"
WORKFORCE_WELLBEING = (
    r"staff well-?being|workforce well-?being|well-?being of staff|staff support|staff morale"
    r"|workplace well-?being|staff health and well-?being|employee well-?being|well-?being at work"
)
SUBSTANCE_USE = r"substance (?:use|misuse|abuse)|drugs? and alcohol|alcohol and drugs?|addiction"
CO_PRODUCTION = r"co-?produc|co-?design|co-?creat"
HIVES = r"\bhives\b|urticaria|nettle rash"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": END_OF_LIFE_CARE,
    "x02": WORKFORCE_WELLBEING,
    "x03": SUBSTANCE_USE,
    "x04": CO_PRODUCTION,
    "x05": HIVES,
    "x06": END_OF_LIFE_CARE,
    "x07": SUBSTANCE_USE,
    "x08": HIVES,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev129", "dev130", "dev131")
    )


if __name__ == "__main__":
    sys.exit(main())
