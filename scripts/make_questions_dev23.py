"""Build the .docx and .pdf documents of the dev23 split in bench/questions, and check the split.

dev23 holds documents in layouts that none of dev/test or dev2 to dev22 has (see the section
"The dev23 split" of bench/questions/LAYOUTS.md): a dental team's verifiable CPD session record,
a planning day recorded in its running timetable, a workplace pledge signing event note, a
menopause café facilitator's write-up, a charity AGM minute with proposer and seconder lines, a
research community advisory board feedback note, a typed-up improvement huddle board, a Men's
Shed health talk write-up, a fracture liaison service learning review and a student nurses'
Gibbs cycle reflective group log; and, as evidence, an official statistics data tables
commentary, an independent commission's final report with a commissioners page, a guidance in
brief with its development group, a dental epidemiology survey report, a Government response to
a select committee report, a research note on tribunal decisions, a journal editorial with
declarations, a charity's league table report, a systematic review with a table of included
studies and a consultation document with numbered questions. Its binaries are built from
bench/questions/sources/dev23/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev23 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev22).

Usage:
    uv run python scripts/make_questions_dev23.py build [--only NAME]
    uv run python scripts/make_questions_dev23.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev23"

HIV = r"\bHIV\b|human immunodeficiency"
ORAL_HEALTH = r"oral health|\bdental|\bteeth\b|\btooth|mouth care|\bdentist"
MENOPAUSE = r"menopaus"
BOWEL_SCREENING = r"bowel (?:cancer )?screening|bowel cancer|colorectal|faecal immunochemical"
OSTEOPOROSIS = r"osteopor|fragility fracture|fracture liaison|bone density|bone health"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HIV,
    "x02": ORAL_HEALTH,
    "x03": MENOPAUSE,
    "x04": BOWEL_SCREENING,
    "x05": OSTEOPOROSIS,
    "x06": MENOPAUSE,
    "x07": BOWEL_SCREENING,
    "x08": OSTEOPOROSIS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
