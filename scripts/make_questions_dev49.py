"""Build the .docx and .pdf documents of the dev49 split in bench/questions, and check the split.

dev49 holds documents in layouts that none of dev/test or dev2 to dev48 has (see the section
"The dev49 split" of bench/questions/LAYOUTS.md): a cancer screening facilitator's practice visit
record, a patient panel's walkthrough of a screening pathway, a theatre list brief and debrief
record, a care home buddy exchange comparison grid, a three-column practice mapping record, an
exit ticket collation, walk-and-talk notes by stop, a walk route recce record, shorthand notes
with initials and arrows and a clinical meeting's matters arising log; and, as evidence, an audit
report with a management response table, a dashboard page export, a dissertation executive
summary with acknowledgements, an evaluation report with a steering group annex, a two-nation
comparison report, a value for money report extract in numbered paragraphs, an embargoed media
briefing note, a grant programme's interim learning report with a grantee table, a completed
audit project proforma and a charity helpline insight report. It was written by a helper apart
from the extraction code, and its answers were committed before any run. Its binaries are built
from bench/questions/sources/dev49/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev49 folders, topic words and the layouts
that are no longer new (those of every split from dev2 to dev48).

Usage:
    uv run python scripts/make_questions_dev49.py build [--only NAME]
    uv run python scripts/make_questions_dev49.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev49"

CANCER_SCREENING = r"screening"
SAFETY_HUDDLES = r"huddle"
SOCIAL_WORK = r"social work"
WALKING_GROUPS = r"walking group|health walk|walk leader|walking for health|group walk"
TOURETTE = r"tourette|\btics?\b|tic disorder"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CANCER_SCREENING,
    "x02": SAFETY_HUDDLES,
    "x03": SOCIAL_WORK,
    "x04": WALKING_GROUPS,
    "x05": TOURETTE,
    "x06": CANCER_SCREENING,
    "x07": SAFETY_HUDDLES,
    "x08": TOURETTE,
}


def main(argv: list[str] | None = None) -> int:
    # dev2 ... dev48 are all earlier than dev49; none was written beside it.
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
