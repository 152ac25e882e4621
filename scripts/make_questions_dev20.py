"""Build the .docx and .pdf documents of the dev20 split in bench/questions, and check the split.

dev20 holds documents in layouts that none of dev/test or dev2 to dev19 has (see the section
"The dev20 split" of bench/questions/LAYOUTS.md): a health board's public board minute with
questions from the public, a street outreach team's shift handover log, a community hub's
drop-in diary, a voluntary sector consortium's meeting notes that open with the running action
log, a Project ECHO session record, a GP practice's Gold Standards Framework register meeting,
a Scottish Parliament cross-party group minute, a practice-based small group learning session
record, a Trello board exported to Markdown and a Death Café host's notes; and, as evidence, a
NICE-style quality statement page, a street count bulletin, a digital telecare progress tracker
page, a quality and methodology information report, an HRA research summary page, a strategy
action plan progress update with RAG ratings, a digital service standard assessment report, a
POSTnote, an internal audit report and a "chart of the week" post. Its binaries are built from
bench/questions/sources/dev20/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev20 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev19).

Usage:
    uv run python scripts/make_questions_dev20.py build [--only NAME]
    uv run python scripts/make_questions_dev20.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev20"

PARKINSONS = r"parkinson"
ADVANCE_CARE_PLANNING = r"advance care plan|anticipatory care plan|future care plan"
TELECARE = r"telecare|technology[- ]enabled care|community alarm|alarm receiving"
ROUGH_SLEEPING = r"rough sleep|sleeping rough|sleep rough|street homeless"
FIBROMYALGIA = r"fibromyalg|chronic widespread pain"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": PARKINSONS,
    "x02": ADVANCE_CARE_PLANNING,
    "x03": TELECARE,
    "x04": ROUGH_SLEEPING,
    "x05": FIBROMYALGIA,
    "x06": ROUGH_SLEEPING,
    "x07": PARKINSONS,
    "x08": FIBROMYALGIA,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
