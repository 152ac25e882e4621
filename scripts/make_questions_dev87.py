"""Build the .docx and .pdf documents of the dev87 split in bench/questions, and check the split.

dev87 holds documents in layouts that none of dev/test or dev2 to dev83 has (see the section
"The dev87 split" of bench/questions/LAYOUTS.md): a memory service's MDT case conference on
suspected vascular dementia, a vascular dementia carers' café facilitators' debrief, a knee
decision aid prototype review panel write-up, a shared decision making champions network
record, a rota gap escalation huddle's minutes, a domiciliary care staff shortages roundtable
summary, a population health management data-to-action workshop, a neighbourhood health
profile walk-through log, a Pharmacy First cold sore consultation peer review and a care home
infection prevention link practitioners' meeting; and, as evidence, a vascular dementia
carers' survey report, a post-stroke cognitive screening audit page, a decision aid think-aloud
user testing report, a decision aid staff survey summary, a nursing vacancy commentary page, a
domiciliary care provider survey, a Director of Public Health's annual report chapter, an
indicator briefing for a community planning partnership, a care home cold sore audit and a
Common Ailments Service data note. Its binaries are built from
bench/questions/sources/dev87/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev87 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev83; dev84 to dev86 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev87.py build [--only NAME]
    uv run python scripts/make_questions_dev87.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev87"

VASCULAR_DEMENTIA = r"vascular dementia"
DECISION_AIDS = r"decision aids?|option grids?"
STAFF_SHORTAGES = (
    r"vacanc|staff shortages?|workforce shortages?|staffing shortages?|understaff"
    r"|short[- ]staffed|rota gaps?|unfilled posts?|workforce gaps?"
)
POPULATION_HEALTH = (
    r"population health|determinants of health|healthy life expectancy"
    r"|whole[- ]population approach|health of the population"
)
COLD_SORES = r"cold sores?|herpes labialis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": VASCULAR_DEMENTIA,
    "x02": DECISION_AIDS,
    "x03": STAFF_SHORTAGES,
    "x04": POPULATION_HEALTH,
    "x05": COLD_SORES,
    "x06": STAFF_SHORTAGES,
    "x07": POPULATION_HEALTH,
    "x08": COLD_SORES,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev84", "dev85", "dev86")
    )


if __name__ == "__main__":
    sys.exit(main())
