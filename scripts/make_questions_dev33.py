"""Build the .docx and .pdf documents of the dev33 split in bench/questions, and check the split.

dev33 holds documents in layouts that none of dev/test or dev2 to dev32 has (see the section
"The dev33 split" of bench/questions/LAYOUTS.md): a stroke choir leader's rehearsal notes, a
LEGO® SERIOUS PLAY® session record, a carers' skills course register and facilitator log, a
school INSET day page on a staff hub, a bike bus parents' planning meeting, a hospital bicycle
user group's minutes, a pharmacy committee's contractors' evening note, a Freshers' Fair stall
debrief, a GP training scheme's half day release log and a Now / Next / Later roadmap page;
and, as evidence, a city walking and cycling index, a WelTAG Lite appraisal summary, an
Annual Quality Statement extract, a Chief Medical Officer's annual report chapter, a college
report with a working group table, an open letter with signatories, a medicines regulator's
public assessment report, a journal correction notice above its abstract, a joint formulary
chapter page and a primary care clinical knowledge summary. Its binaries are built from
bench/questions/sources/dev33/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev33 folders, topic words and, through
dev3.split_main, the layouts of dev2 to dev32 as no longer new.

Usage:
    uv run python scripts/make_questions_dev33.py build [--only NAME]
    uv run python scripts/make_questions_dev33.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev33"

STROKE = r"\bstroke"
ANOREXIA = r"anorexi"
ACTIVE_TRAVEL = r"active travel|\bcycling|\bcyclists?\b|bicycle|wheeling"
CONTRACEPTION = r"contracept"
GOUT = r"\bgout"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": STROKE,
    "x02": ANOREXIA,
    "x03": ACTIVE_TRAVEL,
    "x04": CONTRACEPTION,
    "x05": GOUT,
    "x06": STROKE,
    "x07": ACTIVE_TRAVEL,
    "x08": ANOREXIA,
}


def main(argv: list[str] | None = None) -> int:
    # dev34 is written at the same time as dev33: its layouts were not known.
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev34",))


if __name__ == "__main__":
    sys.exit(main())
