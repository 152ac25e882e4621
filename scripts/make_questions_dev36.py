"""Build the .docx and .pdf documents of the dev36 split in bench/questions, and check the split.

dev36 holds documents in layouts that none of dev/test or dev2 to dev34 has (see the section
"The dev36 split" of bench/questions/LAYOUTS.md; dev35 was written at the same time, apart,
so its layouts were not known): an autistic adults' peer group "what we want" session, an
ALNCo cluster meeting note, a registered managers' network meeting note, a care home's
residents' and relatives' meeting minutes, a food bank's referral partners forum page, a parish
council working group's notes, museum-on-prescription facilitators' wrap-up, a digital
storytelling workshop log, a haemoglobinopathy network board's highlights page and a faith
leaders' health champions gathering; and, as evidence, a demand and capacity analysis, an
improvement hub resource page, a Regulation 80 quality of care review, a cost of care exercise
summary, a food bank data briefing, a community food provision mapping report, an exhibition
catalogue with an evaluation essay, a journal analysis article with a key messages box, clinical
standards with audit measures and a donor campaign evaluation. Its binaries are built from
bench/questions/sources/dev36/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev36 folders, topic words and the layouts
that are no longer new.

Usage:
    uv run python scripts/make_questions_dev36.py build [--only NAME]
    uv run python scripts/make_questions_dev36.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev36"

AUTISM = r"autis|asperger"
CARE_HOMES = r"care homes?\b|nursing homes?\b|residential care|residential homes?\b"
FOOD_INSECURITY = (
    r"food insecur|food banks?\b|foodbank|food poverty|food parcel|food pantr|holiday hunger"
    r"|going hungry|emergency food"
)
ARTS_ON_PRESCRIPTION = (
    r"arts on prescription|arts prescri|arts on referral|museums? on prescription"
)
SICKLE_CELL = r"sickle"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": AUTISM,
    "x02": CARE_HOMES,
    "x03": FOOD_INSECURITY,
    "x04": ARTS_ON_PRESCRIPTION,
    "x05": SICKLE_CELL,
    "x06": AUTISM,
    "x07": FOOD_INSECURITY,
    "x08": SICKLE_CELL,
}


def main(argv: list[str] | None = None) -> int:
    # dev2 to dev34 are earlier (their layouts are old); dev35 was written beside dev36.
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev35",))


if __name__ == "__main__":
    sys.exit(main())
