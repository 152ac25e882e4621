"""Build the .docx and .pdf documents of the dev107 split in bench/questions, and check the split.

dev107 holds documents in layouts that none of dev/test or dev2 to dev105 has (see the section
"The dev107 split" of bench/questions/LAYOUTS.md): a heart failure self-management booklet
co-review, a COPD peer tutors' retrospective board export, a GP cluster's telephone-first
review call, a video fracture clinic rapid improvement report-out, a CAMHS waiting list
stakeholder meeting with a four-meeting attendance register, a school in-reach network blog
post, a formula feeding safety workshop, a breastfeeding friendly scheme walkabout, a nursery
impetigo cluster debrief and a pharmacists' skin infections evening; and, as evidence, a
digital COPD self-management evaluation, a self-management courses outcomes report, a Near Me
evaluation page, a GP telephone review audit, a CAMHS single point of access evaluation, a
rejected referrals review, a bilingual infant feeding survey, a cross-border breastfeeding
peer support study page, an impetigo prescribing audit and a school impetigo outbreak report.
Its binaries are built from bench/questions/sources/dev107/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev107 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev105; dev106, dev108 and dev109
were written beside it).

Usage:
    uv run python scripts/make_questions_dev107.py build [--only NAME]
    uv run python scripts/make_questions_dev107.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev107"

SELF_MANAGEMENT = (
    r"self[- ]?manag|self[- ]?care|manag(e|ing) (their|your) (own )?(condition|health)"
    r"|structured education"
)
REMOTE_CONSULTATION = (
    r"remote consult|online consult|virtual consult|telemedicine|virtual appointment"
    r"|telephone consult|telephone appointment|phone appointment|remote appointment"
    r"|virtual clinic|e-?consult|video consult|video appointment|attend anywhere|near me"
    r"|video clinic"
)
CAMHS = (
    r"\bCAMHS\b|child and adolescent mental health|children['’]s mental health"
    r"|young people['’]s mental health|youth mental health|child mental health"
    r"|adolescent mental health|\bCYPMHS\b"
)
INFANT_FEEDING = (
    r"infant feeding|feeding support|baby feeding|feeding (your|their) baby|infant nutrition"
    r"|breast[- ]?fe|breast ?milk|bottle[- ]?fe|formula[- ](feeding|milk|fed)|infant formula"
)
IMPETIGO = r"impetigo"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": SELF_MANAGEMENT,
    "x02": REMOTE_CONSULTATION,
    "x03": CAMHS,
    "x04": INFANT_FEEDING,
    "x05": IMPETIGO,
    "x06": REMOTE_CONSULTATION,
    "x07": CAMHS,
    "x08": IMPETIGO,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev106", "dev108", "dev109")
    )


if __name__ == "__main__":
    sys.exit(main())
