"""Build the .docx and .pdf documents of the dev94 split in bench/questions, and check the split.

dev94 holds documents in layouts that none of dev/test or dev2 to dev90 has (see the section
"The dev94 split" of bench/questions/LAYOUTS.md): a health board's digital health app library
governance board note in plain text, patient portal usability testing observation notes, a
recovery college peer trainer accreditation panel record, a recovery college review of learning
plan conversations as a team blog post, a listening event on racism in maternity care, a GP
cluster's anti-racist action plan workshop record, a Lean rapid improvement week report-out in
pathology, a ward safety huddle's chart-of-the-month log in plain text, a Pharmacy First joint
case review evening on infected insect bites and a pre-season pharmacy team briefing on insect
bites and stings; and, as evidence, a tablet lending scheme evaluation, a patient portal user
survey web page, a recovery college annual report, a bilingual recovery college student survey
summary, an ethnicity recording audit, a regional inquiry's evidence summary on racism in
maternity care, a pathology turnaround improvement report with SPC commentary, a quality
committee paper reviewing a year of SPC charts, a Common Ailments Service antibiotic audit in
plain text and a GP out-of-hours insect bites audit web page. Its binaries are built from
bench/questions/sources/dev94/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev94 folders, topic words and the layouts
that are no longer new (dev91 to dev93 were written beside it).

Usage:
    uv run python scripts/make_questions_dev94.py build [--only NAME]
    uv run python scripts/make_questions_dev94.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev94"

DIGITAL_HEALTH = r"digital health|digital inclusion|digital care|telehealth|ehealth|health apps?"
RECOVERY_COLLEGES = r"recovery colleges?"
RACIAL_INEQUALITIES = r"racis|racial|ethnic inequal|race equality"
STATISTICAL_PROCESS_CONTROL = (
    r"statistical process control|\bSPC\b|run charts?|control charts?|special cause"
    r"|common cause|making data count"
)
INSECT_BITES = r"insect bites?|insect stings?|bites and stings"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": DIGITAL_HEALTH,
    "x02": RECOVERY_COLLEGES,
    "x03": RACIAL_INEQUALITIES,
    "x04": STATISTICAL_PROCESS_CONTROL,
    "x05": INSECT_BITES,
    "x06": INSECT_BITES,
    "x07": STATISTICAL_PROCESS_CONTROL,
    "x08": RACIAL_INEQUALITIES,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev91", "dev92", "dev93")
    )


if __name__ == "__main__":
    sys.exit(main())
