"""Build the .docx and .pdf documents of the dev90 split in bench/questions, and check the split.

dev90 holds documents in layouts that none of dev/test or dev2 to dev85 has (see the section
"The dev90 split" of bench/questions/LAYOUTS.md): an asset-based community development
walkabout debrief, a strengths-based practice reflection circle, a patient story at Trust Board
feedback note, a digital storytelling workshop debrief, an ethnic minority communities health
inequalities listening event summary, a health equity champions network meeting with a round
robin, a frailty unit comprehensive geriatric assessment MDT huddle, a care home CGA in-reach
learning session, a Pharmacy First warts and verrucas consultation review and a school nursing
and podiatry verruca session; and, as evidence, a community asset mapping report, a
community-led health fund evaluation page, a patient story library evaluation, a thematic
review of patient stories at Board, an ethnicity recording data equity audit, a minority ethnic
carers survey in plain text, a CGA in the emergency department service evaluation, a frailty
unit CGA quality improvement page, a verruca treatment practice survey and a verruca
cryotherapy withdrawal service review. Its binaries are built from
bench/questions/sources/dev90/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev90 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev85; dev86 to dev88 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev90.py build [--only NAME]
    uv run python scripts/make_questions_dev90.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev90"

ASSET_BASED = r"asset[- ]based|assets[- ]based|community assets?|asset mapping|strengths?[- ]based"
PATIENT_STORIES = r"patient stor|patients' stories|patient narrative"
ETHNIC_MINORITY = r"ethnic minorit|minority ethnic|minoritised|\bBAME\b|\bBME\b|ethnically diverse"
CGA = r"comprehensive geriatric assessment|\bCGA\b"
VERRUCAS = r"verruca|plantar wart"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ASSET_BASED,
    "x02": PATIENT_STORIES,
    "x03": ETHNIC_MINORITY,
    "x04": CGA,
    "x05": VERRUCAS,
    "x06": ASSET_BASED,
    "x07": CGA,
    "x08": VERRUCAS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev86", "dev87", "dev88")
    )


if __name__ == "__main__":
    sys.exit(main())
