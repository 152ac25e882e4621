"""Build the .docx and .pdf documents of the dev60 split in bench/questions, and check the split.

dev60 holds documents in layouts that none of dev/test or dev2 to dev56 has (see the section
"The dev60 split" of bench/questions/LAYOUTS.md): a Parkinson's exercise class feedback circle,
a Parkinson's singing group leader's session log, a supported housing move-on panel record, a
psychologically informed environments training day record, a U=U message testing session, a
World AIDS Day vigil organisers' debrief, walking football club committee minutes, a walking
football festival organisers' wash-up, an intensive cleft speech therapy week review and a cleft
speech and language therapists' clinical excellence network meeting; and, as evidence, a nurse
specialist caseload review, a regional medication timing audit results page, a Housing Support
Grant outcomes report, a supported housing improvement programme evaluation, a Fast Track city
annual update, a charity policy position paper, a sport participation programme evaluation, a
national association's club census, a cleft service's annual report to its commissioner and an
age-five outcomes audit summary. Its binaries are built from
bench/questions/sources/dev60/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev60 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev56; dev57 to dev59 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev60.py build [--only NAME]
    uv run python scripts/make_questions_dev60.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev60"

PARKINSONS = r"parkinson"
SUPPORTED_HOUSING = (
    r"supported housing|supported accommodation|supported living|housing with support"
)
HIV = r"\bHIV\b|human immunodeficiency"
WALKING_FOOTBALL = r"walking football"
CLEFT = r"\bcleft"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": PARKINSONS,
    "x02": SUPPORTED_HOUSING,
    "x03": HIV,
    "x04": WALKING_FOOTBALL,
    "x05": CLEFT,
    "x06": SUPPORTED_HOUSING,
    "x07": HIV,
    "x08": CLEFT,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev57", "dev58", "dev59")
    )


if __name__ == "__main__":
    sys.exit(main())
