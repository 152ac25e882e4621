"""Build the .docx and .pdf documents of the dev22 split in bench/questions, and check the split.

dev22 holds documents in layouts that none of dev/test or dev2 to dev21 has (see the section
"The dev22 split" of bench/questions/LAYOUTS.md): an alcohol and drug partnership minute with a
sederunt, an outreach van's weekly debrief, a large print members' forum report, a public
Question Time panel record, a school staff training sign-off register, an educator peer
observation form, a fishbone (cause and effect) session record, a case vignette learning
session, a Senedd drop-in event note and an optometry peer review record; and, as evidence, a
drug death review group annual report, an open peer review article page, an annotated
bibliography, a guideline surveillance decision page, a journal case series, a mystery
shopping report, an election manifesto of asks, a SQUIRE quality improvement report, a fact
check article and a drug checking alert bulletin. Its binaries are built from
bench/questions/sources/dev22/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev22 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev21).

Usage:
    uv run python scripts/make_questions_dev22.py build [--only NAME]
    uv run python scripts/make_questions_dev22.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev22"

TYPE_1_DIABETES = r"type 1 diabetes|type one diabetes"
HOSPICE_CARE = r"hospice"
DRUG_RELATED_DEATHS = r"drug[- ]related death|drug deaths?\b|overdose|drug poisoning"
POSTNATAL_DEPRESSION = r"postnatal depression|postpartum depression|post-natal depression"
GLAUCOMA = r"glaucoma"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": TYPE_1_DIABETES,
    "x02": HOSPICE_CARE,
    "x03": DRUG_RELATED_DEATHS,
    "x04": POSTNATAL_DEPRESSION,
    "x05": GLAUCOMA,
    "x06": DRUG_RELATED_DEATHS,
    "x07": POSTNATAL_DEPRESSION,
    "x08": HOSPICE_CARE,
}


def main(argv: list[str] | None = None) -> int:
    # earlier_than("dev22") gives dev2 … dev21, so dev13 to dev21 are among the old layouts.
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
