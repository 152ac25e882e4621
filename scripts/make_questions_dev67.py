"""Build the .docx and .pdf documents of the dev67 split in bench/questions, and check the split.

dev67 holds documents in layouts that none of dev/test or dev2 to dev64 has (see the section
"The dev67 split" of bench/questions/LAYOUTS.md): a joint diabetes antenatal clinic's MDT
huddle notes, a community health champions' listening circle on gestational diabetes, an
intensive care bereavement follow-up service review, a farming community's bereavement
awareness evening, a council scrutiny task group's evidence session on damp and mould, a
multi-agency damp and mould case review, a recovery college co-production planning day, a
recovery college peer tutors' end-of-term review, an alopecia peer support group's meeting
notes and a wig service users' feedback session; and, as evidence, a national diabetes survey's
pregnancy chapter, a diabetes in pregnancy service's annual report, a bereavement care pathway
audit, a bereavement grant scheme's evaluation summary, a private rented damp and mould
inspection survey, a GP practices' childhood wheeze and damp homes audit, a recovery college
outcomes evaluation, a recovery network's learning report, an alopecia areata treatment pathway
with its evidence summary and a regional wig service options appraisal. Its binaries are built
from bench/questions/sources/dev67/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev67 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev64; dev65, dev66 and dev68 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev67.py build [--only NAME]
    uv run python scripts/make_questions_dev67.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev67"

GESTATIONAL_DIABETES = r"gestational diabetes|\bGDM\b|diabetes in pregnancy"
BEREAVEMENT = r"bereave|\bgrie(?:f|ving)|loss of a loved one"
DAMP_AND_MOULD = r"\bdamp\b|\bmould|\bmold\b"
RECOVERY_COLLEGES = r"recovery colleges?"
ALOPECIA = r"alopecia|hair loss"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": GESTATIONAL_DIABETES,
    "x02": BEREAVEMENT,
    "x03": DAMP_AND_MOULD,
    "x04": RECOVERY_COLLEGES,
    "x05": ALOPECIA,
    "x06": GESTATIONAL_DIABETES,
    "x07": DAMP_AND_MOULD,
    "x08": ALOPECIA,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev65", "dev66", "dev68")
    )


if __name__ == "__main__":
    sys.exit(main())
