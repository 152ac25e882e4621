"""Build the .docx and .pdf documents of the dev130 split in bench/questions, and check the split.

dev130 holds documents in layouts that none of dev/test or dev2 to dev127 has (see the section
"The dev130 split" of bench/questions/LAYOUTS.md): a physical activity referral link workers'
huddle, a council learning day on getting people moving, a healthy homes hub case learning
session, a cold and damp homes summit communiqué, an emergency department learning review of
twelve-hour journeys, a health and wellbeing board agenda item on frequent attendance, a peer
workers' reflective practice circle sent as an e-mail, a peer support gathering blog post, a
head and neck cancer support group's dry mouth panel evening and a care home oral health
trainers' network meeting; and, as evidence, a JSNA chapter on physical activity, a university
news story on sitting less, a housing retrofit health impact assessment, a housing executive
cold homes survey in plain text, an unannounced emergency department inspection report, a
winter snapshot of emergency departments, a journals library summary of a peer support
evaluation, a peer worker programme evaluation with a contributors list, a hospice re-audit of
xerostomia and a community pharmacy short communication on dry mouth. Its binaries are built
from bench/questions/sources/dev130/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev130 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev127; dev128, dev129 and dev131 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev130.py build [--only NAME]
    uv run python scripts/make_questions_dev130.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev130"

PHYSICAL_ACTIVITY = (
    r"physical activity|physically active|physical inactivity|exercise|sedentary|\binactiv"
    r"|keeping active|staying active"
)
HOUSING = r"\bhousing\b|damp and mould|mould"
EMERGENCY_DEPARTMENTS = r"emergency department|\bA&E\b|accident and emergency|emergency room"
PEER_SUPPORT = (
    r"peer support|peer-support|peer worker|peer-led|mutual aid|peer educator|peer mentor"
)
DRY_MOUTH = r"dry mouth|xerostomia|mouth dryness|saliva"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": PHYSICAL_ACTIVITY,
    "x02": HOUSING,
    "x03": EMERGENCY_DEPARTMENTS,
    "x04": PEER_SUPPORT,
    "x05": DRY_MOUTH,
    "x06": PHYSICAL_ACTIVITY,
    "x07": EMERGENCY_DEPARTMENTS,
    "x08": DRY_MOUTH,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev128", "dev129", "dev131")
    )


if __name__ == "__main__":
    sys.exit(main())
