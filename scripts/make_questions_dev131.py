"""Build the .docx and .pdf documents of the dev131 split in bench/questions, and check the split.

dev131 holds documents in layouts that none of dev/test or dev2 to dev127 has (see the section
"The dev131 split" of bench/questions/LAYOUTS.md): a community midwifery team's away morning, an
antenatal education team-space post, a patient story selection panel, a digital storytelling
workshop, a neighbourhood walk and talk, a locality conversation café, a frailty MDT development
session with a sign-in sheet, a cluster MDT learning set with footnoted names, a street foot care
drop-in news post and a care home foot care training log; and, as evidence, a thematic review of
maternity complaints, a research briefing on travelling to give birth, a review of board patient
stories, a regional patient story programme report, a neighbourhood health pilot evaluation, a
research findings paper on place-based working, a community MDT case study, a regional audit of
cancer MDMs, a community pharmacy foot care audit and a podiatry conference poster. Its binaries
are built from bench/questions/sources/dev131/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev131 folders, topic words and the layouts
that are no longer new (those of dev/test and every earlier split; dev128 to dev130 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev131.py build [--only NAME]
    uv run python scripts/make_questions_dev131.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev131"

MATERNITY = (
    r"matern|midwi|pregnan|perinatal|antenatal|postnatal|childbirth|giving birth|give birth"
    r"|labour ward|birth outcomes"
)
PATIENT_STORIES = r"patient stor|patients' stor|service user stor|patient narrative"
PLACE_BASED = r"place[- ]based"
MULTIDISCIPLINARY_TEAMS = (
    r"multi-?disciplinary|\bMDTs?\b|multi-?professional team|interdisciplinary team"
)
CRACKED_HEELS = r"cracked heel|heel fissure|fissured heel|crack(?:ed|s)? in the heel"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": MATERNITY,
    "x02": PATIENT_STORIES,
    "x03": PLACE_BASED,
    "x04": MULTIDISCIPLINARY_TEAMS,
    "x05": CRACKED_HEELS,
    "x06": MATERNITY,
    "x07": MULTIDISCIPLINARY_TEAMS,
    "x08": CRACKED_HEELS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev128", "dev129", "dev130")
    )


if __name__ == "__main__":
    sys.exit(main())
