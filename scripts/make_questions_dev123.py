"""Build the .docx and .pdf documents of the dev123 split in bench/questions, and check the split.

dev123 holds documents in layouts that none of dev/test or dev2 to dev121 has (see the section
"The dev123 split" of bench/questions/LAYOUTS.md): a damp and mould co-design day record with a
table seating plan, a hospital discharge housing liaison teleconference note with a roll call by
site, a lunch club hosts' network round of the venues, a hospital intranet story on mealtime
volunteers with quote cards, a neighbourhood partnership away day typed up from flipcharts, a
community planning thematic group note with a two-column attendance table by sector, a hospice
reflective practice session with a team-grouped list, an emergency department peer support review
with a sign-off table, a charity walk first aid debrief with a checkpoint grid and crew key and a
district nursing practice development write-up with speakers in expanding panels; and, as
evidence, a warm homes on prescription evaluation with a centred title-page author block, a
government research findings page with a series box, a care home Food First audit with a steering
group annex, a holiday food club evaluation with a contents page and a signed foreword, a town's
place-based learning report with contributors by sector, a public health case study with a
contact card sidebar, a community nursing survey report with a research team box, a social work
research briefing in its e-mail text version, a poster transcribed panel by panel and a challenge
walk first aid records analysis with footnoted authors. Topics: housing, nutrition, place-based
approaches, compassion fatigue and the open topic blisters. Its binaries are built from
bench/questions/sources/dev123/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev123 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev121; dev122 was written beside it).

Usage:
    uv run python scripts/make_questions_dev123.py build [--only NAME]
    uv run python scripts/make_questions_dev123.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev123"

HOUSING = r"housing"
NUTRITION = r"nutrition|healthy eating|malnutrition|malnourish"
PLACE_BASED = r"place[- ]based"
COMPASSION_FATIGUE = r"compassion fatigue"
BLISTERS = r"blister"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HOUSING,
    "x02": NUTRITION,
    "x03": PLACE_BASED,
    "x04": COMPASSION_FATIGUE,
    "x05": BLISTERS,
    "x06": NUTRITION,
    "x07": HOUSING,
    "x08": BLISTERS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev122",))


if __name__ == "__main__":
    sys.exit(main())
