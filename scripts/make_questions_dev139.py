"""Build the .docx and .pdf documents of the dev139 split in bench/questions, and check the split.

dev139 holds documents in layouts that none of dev/test or dev2 to dev135 has (see the section
"The dev139 split" of bench/questions/LAYOUTS.md): a GP practice's palliative register meeting
with an initials key, a hospice's news story with photo captions, a food partnership's pantry
pilot review with attendees grouped by organisation, a care home mealtimes collaborative's
learning session report, a families' listening event with a transcribed sign-in sheet, an
alcohol care team's lunchtime learning slide pack, a staff wellbeing champions' network note
with surname-first attendees, a rest spaces co-design workshop summary, a ward teach-and-tell
page with profile cards and a community pharmacy peer review record with a signature block;
and, as evidence, a care home survey report with a colophon page, a university repository
record, a JSNA topic chapter, a community cookery evaluation with a citation line, an area
planning board's plain-text needs assessment summary, a partnership's evaluation web page with
an "About the authors" disclosure, a staff survey report with a version control table, a
regional thematic review page, a research briefing with authors at the end and a conference
abstract export. Its binaries are built from
bench/questions/sources/dev139/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev139 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev135; dev136 to dev138 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev139.py build [--only NAME]
    uv run python scripts/make_questions_dev139.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev139"

END_OF_LIFE_CARE = r"end[- ]of[- ]life|palliative|last days of life|dying"
NUTRITION = r"nutrition|healthy eating|healthy diet|malnutrition"
SUBSTANCE_USE = (
    r"substance (?:use|misuse)|drugs? and alcohol|alcohol and drugs?|addiction"
    r"|residential rehab"
)
WORKFORCE_WELLBEING = r"staff (?:health and )?wellbeing|wellbeing of staff|staff support"
CHAPPED_LIPS = r"chapped lips|cracked lips|lip care"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": END_OF_LIFE_CARE,
    "x02": NUTRITION,
    "x03": SUBSTANCE_USE,
    "x04": WORKFORCE_WELLBEING,
    "x05": CHAPPED_LIPS,
    "x06": END_OF_LIFE_CARE,
    "x07": NUTRITION,
    "x08": CHAPPED_LIPS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev136", "dev137", "dev138")
    )


if __name__ == "__main__":
    sys.exit(main())
