"""Build the .docx and .pdf documents of the dev135 split in bench/questions, and check the split.

dev135 holds documents in layouts that none of dev/test or dev2 to dev128 has (see the section
"The dev135 split" of bench/questions/LAYOUTS.md): a GP federation's type 2 diabetes remission
huddle page with names and roles in two parallel columns, a mosque's health talk notes on type 2
diabetes and fasting, a Scottish locality planning group's minute with a sederunt, a Flying
Start reflective session exported from a Loop page with @mentions, a GP cluster's population
health management workshop handout, an integrated care partnership's roundtable write-up, a
remote and rural video consulting learning call sent as an e-mail with a pasted Teams
participant list, a farmers' health day at an auction mart with a rota table, a teachers' union
voice care twilight page with a struck-out speaker and a hoarse voice pathway review note; and,
as evidence, a bilingual low calorie diet service evaluation with surname-first authors, a
diabetes journal article with equal-contribution marks, a council's Marmot Place progress
report page, a health visiting caseload weighting review in plain text, a health leaders'
case-study post, a linked-data insight in plain text, a regional engagement report with a back
page colophon, a university data insight page with authors in the footer, a joint voice clinic
audit with a metadata table on top and a contact centre voice survey report. Its binaries are
built from bench/questions/sources/dev135/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev135 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev134 but dev129 to dev131, written
beside it, whose layouts were not known).

Usage:
    uv run python scripts/make_questions_dev135.py build [--only NAME]
    uv run python scripts/make_questions_dev135.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev135"

TYPE_2_DIABETES = r"diabet|\bT2DM\b"
PROPORTIONATE_UNIVERSALISM = r"proportionate universal"
POPULATION_HEALTH_MANAGEMENT = r"population health management|\bPHM\b"
RURAL_HEALTH = r"\brural|remote and rural|remote communit|\bisland"
HOARSE_VOICE = r"hoarse|dysphoni"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": TYPE_2_DIABETES,
    "x02": PROPORTIONATE_UNIVERSALISM,
    "x03": POPULATION_HEALTH_MANAGEMENT,
    "x04": RURAL_HEALTH,
    "x05": HOARSE_VOICE,
    "x06": TYPE_2_DIABETES,
    "x07": POPULATION_HEALTH_MANAGEMENT,
    "x08": HOARSE_VOICE,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev129", "dev130", "dev131")
    )


if __name__ == "__main__":
    sys.exit(main())
