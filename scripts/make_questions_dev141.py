"""Build the .docx and .pdf documents of the dev141 split in bench/questions, and check the split.

dev141 holds documents in layouts that none of dev/test or dev2 to dev139 has (see the section
"The dev141 split" of bench/questions/LAYOUTS.md): a mental health trust's lived experience
advisory group record, a recovery college co-production day, a community planning partnership's
population health data walk, a public services board's well-being assessment workshop, an urgent
primary care centre's governance page, an ambulance handover rapid improvement week report-out,
an area integrated partnership board's development session, a locality integrated team's case
review, a football academy medical team meeting on ingrown toenails and a GP practice's review of
toenail surgery feedback cards; and, as evidence, a rapid evidence review on paying people for
their lived experience, a peer-led study of involvement, a ward-level healthy life expectancy
report, an official statistics release on health inequalities, a flow navigation centre
evaluation, a corridor care survey, an audit office report on a regional integration fund, an
interim evaluation of integrated neighbourhood teams, a library evidence search on ingrowing
toenails and a toenail surgery leaflet readability study. Its binaries are built from
bench/questions/sources/dev141/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev141 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev139; dev140, dev142 and dev143 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev141.py build [--only NAME]
    uv run python scripts/make_questions_dev141.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev141"

LIVED_EXPERIENCE = (
    r"lived experience|living experience|lived and living|experts? by experience"
    r"|service user involvement|user involvement"
)
POPULATION_HEALTH = (
    r"population health|wider determinants|social determinants|determinants of health"
    r"|healthy life expectancy|whole population approach|health of the population"
)
URGENT_AND_EMERGENCY_CARE = (
    r"urgent and emergency care|emergency care|urgent care|emergency admissions?"
    r"|unplanned admissions?|handover delays?|\bUEC\b|unscheduled care|unplanned care"
    r"|emergency department"
)
INTEGRATED_CARE = (
    r"integrated care|integrated health and social care|health and social care integration"
    r"|integration of health and social care|integrated services|integrated working"
    r"|joined[- ]up care|joined up care|seamless care"
)
INGROWN_TOENAILS = r"ingrown|ingrowing|toe ?nail|nail surgery|nail avulsion|onychocryptosis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": LIVED_EXPERIENCE,
    "x02": POPULATION_HEALTH,
    "x03": URGENT_AND_EMERGENCY_CARE,
    "x04": INTEGRATED_CARE,
    "x05": INGROWN_TOENAILS,
    "x06": LIVED_EXPERIENCE,
    "x07": URGENT_AND_EMERGENCY_CARE,
    "x08": INGROWN_TOENAILS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev140", "dev142", "dev143")
    )


if __name__ == "__main__":
    sys.exit(main())
