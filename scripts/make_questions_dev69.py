"""Build the .docx and .pdf documents of the dev69 split in bench/questions, and check the split.

dev69 holds documents in layouts that none of dev/test or dev2 to dev68 has (see the section
"The dev69 split" of bench/questions/LAYOUTS.md): a care homes' "Gloves Off" fortnight review, a
staff hand skin health check day, a school nurses' healthy weight clinic huddle, a family cook
and move programme partners' wash-up, a care home pharmacist visit debrief, a structured
medication review role-play session with patient volunteers, a community hospital step-up beds
criteria workshop, a community hospital "ask the team" evening, a board vaccination team's
shingles uptake drive minute and a practice's shingles catch-up Saturday debrief; and, as
evidence, a hand hygiene facilities survey, a research project lay summary on glove use, a
local child measurement programme annual report, a family healthy weight service evaluation
summary, a structured medication review evaluation summary, a domiciliary pharmacist medication
review audit, a community hospital length of stay audit summary for the public, a community
hospital rehabilitation outcomes report with site profiles, a shingles eligibility data quality
exercise report in plain text and a housebound shingles vaccination outreach review. Its binaries
are built from bench/questions/sources/dev69/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev69 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev68; dev70 to dev72 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev69.py build [--only NAME]
    uv run python scripts/make_questions_dev69.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev69"

HAND_HYGIENE = r"hand hygiene|hand-?washing|hand rub|handrub"
CHILDHOOD_OBESITY = r"obes|overweight|healthy weight|child measurement"
MEDICATION_REVIEWS = (
    r"medication reviews?|medicines? reviews?|structured medication|review of (?:their )?medic"
)
COMMUNITY_HOSPITALS = r"community hospitals?"
SHINGLES = r"shingles|herpes zoster|zoster|shingrix"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HAND_HYGIENE,
    "x02": CHILDHOOD_OBESITY,
    "x03": MEDICATION_REVIEWS,
    "x04": COMMUNITY_HOSPITALS,
    "x05": SHINGLES,
    "x06": HAND_HYGIENE,
    "x07": MEDICATION_REVIEWS,
    "x08": SHINGLES,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev70", "dev71", "dev72")
    )


if __name__ == "__main__":
    sys.exit(main())
