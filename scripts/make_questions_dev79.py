"""Build the .docx and .pdf documents of the dev79 split in bench/questions, and check the split.

dev79 holds documents in layouts that none of dev/test or dev2 to dev76 has (see the section
"The dev79 split" of bench/questions/LAYOUTS.md): a remote monitoring hub nurses' Friday
caseload review, a COPD telemonitoring peer exchange, a water safety group meeting on
Pseudomonas in a neonatal unit, a catheter care collaborative learning session with team
storyboards, a strength and balance class leaders' network meeting with venue returns, a
strength and balance graduates' afternoon, a CAMHS young people's participation group session,
a CAMHS crisis team and emergency department joint learning review, a virtual kidney stone
clinic design session with a patient panel and a stone formers' group education session; and,
as evidence, a heart failure remote monitoring year one evaluation, home blood pressure
telemonitoring management information, a C. difficile post-infection review annual summary, a
caesarean surgical site infection surveillance report, a strength and balance programme
evaluation, a community classes outcomes page, a specialist CAMHS waiting times performance
paper, a school mental health support teams evaluation, a renal colic pathway audit page and a
lithotripsy service annual report in plain text. Its binaries are built from
bench/questions/sources/dev79/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev79 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev76; dev77, dev78 and dev80 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev79.py build [--only NAME]
    uv run python scripts/make_questions_dev79.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev79"

REMOTE_MONITORING = (
    r"remote monitoring|remotely monitored|tele-?monitoring|home monitoring"
    r"|remote patient monitoring|virtual monitoring|telehealth monitoring"
)
HEALTHCARE_ASSOCIATED_INFECTIONS = (
    r"healthcare[- ]associated infection|hospital[- ]acquired infection"
    r"|c\. difficile|clostridioides|surgical site infection"
)
STRENGTH_AND_BALANCE = r"strength and balance|falls prevention exercise|\bfame\b|\botago\b"
CAMHS = (
    r"\bs?camhs\b|child and adolescent mental health|cypmhs"
    r"|young people's mental health|children's mental health"
)
KIDNEY_STONES = (
    r"kidney stones?|renal colic|ureteric colic|urolithiasis|renal stones?"
    r"|nephrolithiasis|lithotripsy"
)

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": REMOTE_MONITORING,
    "x02": HEALTHCARE_ASSOCIATED_INFECTIONS,
    "x03": STRENGTH_AND_BALANCE,
    "x04": CAMHS,
    "x05": KIDNEY_STONES,
    "x06": REMOTE_MONITORING,
    "x07": CAMHS,
    "x08": KIDNEY_STONES,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev77", "dev78", "dev80")
    )


if __name__ == "__main__":
    sys.exit(main())
