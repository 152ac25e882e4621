"""Build the .docx and .pdf documents of the dev91 split in bench/questions, and check the split.

dev91 holds documents in layouts that none of dev/test or dev2 to dev87 has (see the section
"The dev91 split" of bench/questions/LAYOUTS.md): a Childsmile supervised toothbrushing
coordinators' network meeting note, a cross-border toothbrushing meeting learning from
Childsmile, a PREM questionnaire co-design workshop blog, a ward PREM results huddle, a
community anchors' partnership roundtable, a community anchors' peer learning circle, a
place-based planning session on scaling Family Hubs to need, a locality planning workshop on
levels of support, a school nursing summer huddle on sunburn and an agricultural show health
tent debrief; and, as evidence, a Childsmile annual monitoring report, an options appraisal
for a Childsmile-style programme, a PREM results dashboard commentary, a maternity PREM local
results page, a community anchor core funding evaluation, an umbrella body's community anchor
policy briefing, an integration joint board paper on a needs-weighted budget, a health
visiting caseload weighting review, a survey of council outdoor staff on sunburn and a
sunburn emergency department data note. Its binaries are built from
bench/questions/sources/dev91/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev91 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev87; dev88 to dev90 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev91.py build [--only NAME]
    uv run python scripts/make_questions_dev91.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev91"

CHILDSMILE = r"childsmile"
PREMS = r"\bPREMs?\b|patient[- ]reported experience|friends and family test"
COMMUNITY_ANCHORS = r"community anchors?|anchor organisations?"
PROPORTIONATE_UNIVERSALISM = r"proportionate universal"
SUNBURN = r"sunburn|sunburnt|sun safety|sunscreen|sun cream|sun protection"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CHILDSMILE,
    "x02": PREMS,
    "x03": COMMUNITY_ANCHORS,
    "x04": PROPORTIONATE_UNIVERSALISM,
    "x05": SUNBURN,
    "x06": PREMS,
    "x07": COMMUNITY_ANCHORS,
    "x08": SUNBURN,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev88", "dev89", "dev90")
    )


if __name__ == "__main__":
    sys.exit(main())
