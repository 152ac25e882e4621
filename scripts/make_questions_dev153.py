"""Build the .docx and .pdf documents of the dev153 split in bench/questions, and check the split.

dev153 holds documents in layouts that none of dev/test or dev2 to dev151 has (see the section
"The dev153 split" of bench/questions/LAYOUTS.md): a community stroke team's away session in a
Word minutes template with "Meeting called by" fields and per-topic conclusions, a stroke
rehabilitation fringe breakfast's plain-text write-up with chair and panel lines and "from the
floor" contributions, a care home flu vaccination end-of-season review with a "Represented by"
table, a staff flu champions huddle exported from Google Docs with @-mention attendees, a
comprehensive geriatric assessment masterclass delegate pack with a programme grid and faculty
biographies, a community CGA session's shared pad with self-typed sign-in lines and an appended
chat, a bottle feeding session for family support workers in a Trust e-newsletter with "Meet
the facilitators" cards, an infant feeding steering group's minutes with an attendance matrix,
a school nursing fishbone session on bedwetting in plain text and a bilingual health board news
item with a "Yn y llun / Pictured" caption; and, as evidence, a stroke conference abstract book
entry with numbered affiliations, a one-page early supported discharge summary with a "Produced
by" strip, a council scrutiny task and finish group report with a witnesses table, a trial
registry record with contact tables, a SQUIRE-headed quality improvement report, a journal
article landing page with an affiliations list in a details element, a university research
project page with a project team tab, an end of study report form, a service evaluation with a
document details table and distribution list, and a charity's Jekyll post with front matter and
"About the authors" at the end. Its binaries are built from
bench/questions/sources/dev153/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev153 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev151; dev152, dev154 and dev155 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev153.py build [--only NAME]
    uv run python scripts/make_questions_dev153.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev153"

STROKE_REHABILITATION = r"stroke"
FLU_VACCINATION = r"\bflu\b|influenza"
CGA = r"comprehensive geriatric assessment|geriatric assessment|\bCGA\b"
BOTTLE_FEEDING = r"bottle[- ]?fe|formula[- ]fe|formula milk|infant formula|first infant milk"
BEDWETTING = r"bed[- ]?wetting|enuresis|wets? the bed|wetting the bed"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": STROKE_REHABILITATION,
    "x02": FLU_VACCINATION,
    "x03": CGA,
    "x04": BOTTLE_FEEDING,
    "x05": BEDWETTING,
    "x06": FLU_VACCINATION,
    "x07": BOTTLE_FEEDING,
    "x08": BEDWETTING,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev152", "dev154", "dev155")
    )


if __name__ == "__main__":
    sys.exit(main())
