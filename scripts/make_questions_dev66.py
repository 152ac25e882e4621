"""Build the .docx and .pdf documents of the dev66 split in bench/questions, and check the split.

dev66 holds documents in layouts that none of dev/test or dev2 to dev64 has (see the section
"The dev66 split" of bench/questions/LAYOUTS.md): a care home falls leads' network meeting
with a home-by-home table, a community first responders' falls and lifting training debrief,
a schools' vaping summit with breakout tables, a retailers' responsible vape sales evening, a
young carers' forum's minutes written by its members, a school young carers leads' cluster
meeting, a foodbank volunteers' post-Christmas debrief, a cash first partners' workshop with a
referral journey map, a hybrid narcolepsy peer support meeting with chat excerpts and a
disability advisers' study session on narcolepsy; and, as evidence, a falls response car
pilot evaluation, a care home falls collaborative end-of-programme report, a school survey
data briefing on vaping, a youth council consultation report on vaping, a young carers school
survey report, a young carers service outcomes web report, a food insecurity needs assessment
web page, a ward food insecurity screening service evaluation, a narcolepsy diagnostic delay
audit and a narcolepsy transition clinic evaluation. Its binaries are built from
bench/questions/sources/dev66/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev66 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev64; dev65, dev67 and dev68 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev66.py build [--only NAME]
    uv run python scripts/make_questions_dev66.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev66"

FALLS = r"\bfalls?\b|\bfallers?\b|fell at home|fear of falling|had a fall"
VAPING = r"\bvap(?:e|es|ing|ers?|ed)\b|e-cig|electronic cigarette"
YOUNG_CARERS = r"young carers?|young adult carers?|child carers?|young people who care"
FOOD_INSECURITY = (
    r"food insecur|food poverty|food banks?|foodbanks?|food parcels?|food pantr"
    r"|holiday hunger|going hungry"
)
NARCOLEPSY = r"narcolep|cataplex"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": FALLS,
    "x02": VAPING,
    "x03": YOUNG_CARERS,
    "x04": FOOD_INSECURITY,
    "x05": NARCOLEPSY,
    "x06": VAPING,
    "x07": FOOD_INSECURITY,
    "x08": NARCOLEPSY,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev65", "dev67", "dev68")
    )


if __name__ == "__main__":
    sys.exit(main())
