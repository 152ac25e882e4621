"""Build the .docx and .pdf documents of the dev51 split in bench/questions, and check the split.

dev51 holds documents in layouts that none of dev/test or dev2 to dev50 has (see the section
"The dev51 split" of bench/questions/LAYOUTS.md): notes of a town hall public meeting on a
community hospital with a show of hands, a comment cards review session with a tally, a dads'
group evening, a creative writing afternoon with an anthology, a fire and rescue Safe and Well
partners' meeting, a tweetchat transcript in Q1 / A1 form, a mobile digital bus's round log by
village stop, an ideas platform export with votes and official replies, an orthogeriatric trauma
meeting note and a departmental audit meeting with a presenters table; and, as evidence, an
Independent Reconfiguration Panel advice letter, a six facet estates survey summary, a Friends and
Family Test comments digest, a routine outcome monitoring report of paired scores, a vendor white
paper with customer quotes, an alarm receiving centre call analysis, a website accessibility
statement with user testing, a library service standards return, a claims thematic review and an
audit case ascertainment report. Its binaries are built from
bench/questions/sources/dev51/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2 parser,
writers and check) and only supplies the dev51 folders, topic words and the layouts that are no
longer new (those of dev/test and of dev2 to dev50, from manifest.csv).

Usage:
    uv run python scripts/make_questions_dev51.py build [--only NAME]
    uv run python scripts/make_questions_dev51.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev51"

COMMUNITY_HOSPITALS = r"community hospital"
PERINATAL_MENTAL_HEALTH = r"perinatal|postnatal|antenatal|mother and baby unit|maternal mental"
FALLS = r"\bfalls?\b|falling|\bfallers?\b|\bfell\b"
DIGITAL_INCLUSION = (
    r"digital inclusion|digital(?:ly)? exclu|digital skills|digital literacy|digital poverty"
    r"|data poverty|digital divide|getting online|get online"
)
HIP_FRACTURE = r"hip fracture|fractured hip|broken hip|neck of femur|proximal femoral"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": COMMUNITY_HOSPITALS,
    "x02": PERINATAL_MENTAL_HEALTH,
    "x03": FALLS,
    "x04": DIGITAL_INCLUSION,
    "x05": HIP_FRACTURE,
    "x06": COMMUNITY_HOSPITALS,
    "x07": PERINATAL_MENTAL_HEALTH,
    "x08": HIP_FRACTURE,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
