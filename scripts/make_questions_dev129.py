"""Build the .docx and .pdf documents of the dev129 split in bench/questions, and check the split.

dev129 holds documents in layouts that none of dev/test or dev2 to dev127 has (see the section
"The dev129 split" of bench/questions/LAYOUTS.md): a reablement team's kanban board transcribed
from the wall, a reablement learning event's run sheet annotated on the day, an obstetric
emergency skills drill debrief with a tabard grid, a maternity voices partnership's shared
meeting pad, an unscheduled care escalation call with a roll call by site, a hospital site
manager's overnight log, a recovery café's members' meeting written as a letter, a recovery
open mic night's write-up, a care home oral care training return and a dental grand round
page; and, as evidence, a research collaboration's bitesize summary, an improvement hub case
study page, a perinatal mortality thematic review, a regional audit report, a cost-consequence
technical note, a national safety investigation report, a Recovery Star outcomes report, a
conference abstract submission confirmation e-mail, a university research news story and an
oral health survey fact sheet. Its binaries are built from
bench/questions/sources/dev129/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev129 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev127; dev128, dev130 and dev131 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev129.py build [--only NAME]
    uv run python scripts/make_questions_dev129.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev129"

REHABILITATION = r"rehabilit|reablement|re-ablement|intermediate care"
MATERNITY = r"maternity|midwi|pregnan|perinatal|stillbirth|obstetric|antenatal|fetal"
URGENT_AND_EMERGENCY_CARE = (
    r"urgent and emergency care|emergency department|unscheduled care|urgent care|\bA&E\b"
)
RECOVERY = r"\brecovery\b"
BAD_BREATH = r"bad breath|halitosis|breath odour|malodour"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": REHABILITATION,
    "x02": MATERNITY,
    "x03": URGENT_AND_EMERGENCY_CARE,
    "x04": RECOVERY,
    "x05": BAD_BREATH,
    "x06": REHABILITATION,
    "x07": URGENT_AND_EMERGENCY_CARE,
    "x08": BAD_BREATH,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev128", "dev130", "dev131")
    )


if __name__ == "__main__":
    sys.exit(main())
