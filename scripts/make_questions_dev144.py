"""Build the .docx and .pdf documents of the dev144 split in bench/questions, and check the split.

dev144 holds documents in layouts that none of dev/test or dev2 to dev143 has (see the section
"The dev144 split" of bench/questions/LAYOUTS.md): a pulmonary rehabilitation class co-design
afternoon with a key to initials, a community pulmonary rehabilitation steering group's
minutes with role-first names in brackets, a ward managers' sickness absence surgery on a staff
intranet, a partnership forum sub-group's notes with management side and staff side columns, a
GP cluster's review of pharmacy pulse checks for atrial fibrillation, a stroke charity's
roadshow news story, a memory clinic pathway process mapping output, a memory clinic nurses'
teleconference by dial-in site, a sonographers' huddle on stiff necks with a sign-in sheet and
a first contact practitioner's stiff neck case review with numbered speakers; and, as
evidence, a pulmonary rehabilitation completion re-audit with a document control table, a
video pulmonary rehabilitation trial summary page, a council internal audit of sickness
absence, an official statistics bulletin on sickness absence, an atrial fibrillation care home
case study, a pharmacy ECG evaluation with a back-page colophon, a national memory assessment
services audit summary, a legislature research briefing on memory services, a professional
society's stiff neck survey and a telehealth call review on stiff neck red flags. Its binaries
are built from bench/questions/sources/dev144/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev144 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev143; dev145 to dev147 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev144.py build [--only NAME]
    uv run python scripts/make_questions_dev144.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev144"

PULMONARY_REHABILITATION = r"pulmonary rehab"
SICKNESS_ABSENCE = (
    r"sickness absence|sick leave|staff absence|off sick|sickness rate|staff sickness"
)
ATRIAL_FIBRILLATION = r"atrial fibrillation|\bAFib\b"
MEMORY_CLINICS = r"memory clinic|memory service|memory assessment"
STIFF_NECK = r"stiff neck|neck stiffness"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": PULMONARY_REHABILITATION,
    "x02": SICKNESS_ABSENCE,
    "x03": ATRIAL_FIBRILLATION,
    "x04": MEMORY_CLINICS,
    "x05": STIFF_NECK,
    "x06": MEMORY_CLINICS,
    "x07": SICKNESS_ABSENCE,
    "x08": STIFF_NECK,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev145", "dev146", "dev147")
    )


if __name__ == "__main__":
    sys.exit(main())
