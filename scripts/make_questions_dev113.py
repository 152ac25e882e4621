"""Build the .docx and .pdf documents of the dev113 split in bench/questions, and check the split.

dev113 holds documents in layouts that none of dev/test or dev2 to dev109 has (see the section
"The dev113 split" of bench/questions/LAYOUTS.md): a care home RESTORE2 champions' practice
exchange, a ward learning review of a missed escalation in plain text, a self-advocacy group's
blog post on checking easy read letters, an easy read editorial group's meeting note, a
district nursing caseload review day in Markdown, a community nursing "Time to Care" workshop
report, a GP practice learning session on video consultations with interpreters, an outpatient
lunchtime learning record on video clinics, an early years network meeting on chickenpox and a
maternity triage learning huddle on chickenpox contact in pregnancy; and, as evidence, a NEWS2
re-audit in community hospitals, a care home soft signs evaluation web page, a bilingual easy
read rapid review, an easy read appointment letter survey in plain text, a district nursing
workload study, an overnight district nursing service review, a Near Me evaluation of island
practices, a children's outpatient video consultation survey in plain text, a review of
chickenpox exposure in pregnancy with journal front matter and a childcare chickenpox survey
web report. Its binaries are built from
bench/questions/sources/dev113/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev113 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev109; dev110 to dev112 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev113.py build [--only NAME]
    uv run python scripts/make_questions_dev113.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev113"

DETERIORATING_PATIENTS = r"deteriorat|\bNEWS2\b|early warning score|RESTORE2|soft signs"
EASY_READ = r"easy[ -]read"
COMMUNITY_NURSING = r"community nurs|district nurs"
VIDEO_CONSULTATIONS = r"video consult|video appointment|video clinic|\bNear Me\b|Attend Anywhere"
CHICKENPOX = r"chicken ?pox|varicella"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": DETERIORATING_PATIENTS,
    "x02": EASY_READ,
    "x03": COMMUNITY_NURSING,
    "x04": VIDEO_CONSULTATIONS,
    "x05": CHICKENPOX,
    "x06": DETERIORATING_PATIENTS,
    "x07": COMMUNITY_NURSING,
    "x08": CHICKENPOX,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev110", "dev111", "dev112")
    )


if __name__ == "__main__":
    sys.exit(main())
