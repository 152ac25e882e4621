"""Build the .docx and .pdf documents of the dev106 split in bench/questions, and check the split.

dev106 holds documents in layouts that none of dev/test or dev2 to dev105 has (see the section
"The dev106 split" of bench/questions/LAYOUTS.md): a kaizen week report-out slide deck, gemba
walk notes with an initials key, an estate walkabout log with timestamps, a sheltered housing
health day debrief with a stall table, a Flying Start practice exchange write-up with speaker
cards, a Bookbug leaders' reflective circle, a self-management course tutors' review day with a
signature block, a self-management champions' network call with a pasted participants panel, a
care home bowel care huddle with a tick-and-cross attendance grid and a learning disability
carers' co-design blog post with a left-to-right photo caption; and, as evidence, a Lean Six
Sigma project closure page, a value stream mapping study, a social housing tenant health
survey, a tenancy wellbeing pilot evaluation with a document control table, a Sure Start
programme evaluation with a signed foreword, a two-year review uptake audit page, a
self-management course evaluation summary card, a self-management fund evaluation with a
colophon, a constipation admissions audit with a registration box and a care home laxative
review sent as an e-mail. Its binaries are built from
bench/questions/sources/dev106/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev106 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev105; dev107 to dev109 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev106.py build [--only NAME]
    uv run python scripts/make_questions_dev106.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev106"

LEAN = r"\blean\b|kaizen|value stream|six sigma"
SOCIAL_HOUSING = (
    r"social housing|council hous|council home|social landlord|social tenan|social rent"
    r"|housing association|housing executive|sheltered housing"
)
EARLY_YEARS = (
    r"early years|under-fives|under fives|pre-?school|early childhood|toddler|\binfants?\b"
    r"|first (1,?000|thousand) days"
)
SELF_MANAGEMENT = r"self[- ]?manag|self[- ]care|manag\w* (their|your) (own )?(condition|health)"
CONSTIPATION = r"constipat"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": LEAN,
    "x02": SOCIAL_HOUSING,
    "x03": EARLY_YEARS,
    "x04": SELF_MANAGEMENT,
    "x05": CONSTIPATION,
    "x06": LEAN,
    "x07": SOCIAL_HOUSING,
    "x08": CONSTIPATION,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev107", "dev108", "dev109")
    )


if __name__ == "__main__":
    sys.exit(main())
