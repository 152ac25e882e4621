"""Build the .docx and .pdf documents of the dev111 split in bench/questions, and check the split.

dev111 holds documents in layouts that none of dev/test or dev2 to dev109 has (see the section
"The dev111 split" of bench/questions/LAYOUTS.md): a TIA clinic walk-through timed with a
stopwatch, a chair's follow-up letter after a TIA referral interface evening, a Near Me
practice managers' peer exchange exported from a shared document, a video outpatients
showcase recap on a hospital intranet, a pharmacy pre-diabetes check week debrief, a diabetes
prevention facilitators' reflective circle, a facilitated staff conversation on moral injury,
a GP trainees' study day on moral injury, a primary care network's clinical meeting before
the hay fever season and a school's hay fever pop-up day log; and, as evidence, a seven-day
TIA clinic evaluation, a stroke network's TIA report card, a bilingual rapid insight report
on video consultations, a video appointments engagement report as text taken from a PDF, a
research funder's project summary on non-diabetic hyperglycaemia, a pre-diabetes brief
intervention evaluation opening with its suggested citation, a long read on moral injury in
community nursing, a research summary on moral distress in social work, a pharmacy practice
research summary on hay fever and a health intelligence briefing on allergic rhinitis. Its
binaries are built from bench/questions/sources/dev111/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev111 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev109; dev110, dev112 and
dev113 were written beside it).

Usage:
    uv run python scripts/make_questions_dev111.py build [--only NAME]
    uv run python scripts/make_questions_dev111.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev111"

TRANSIENT_ISCHAEMIC_ATTACK = r"transient isch|\bTIA\b|mini[- ]?stroke"
VIDEO_CONSULTATIONS = (
    r"video consult|video appointment|video clinic|video call|attend anywhere|\bnear me\b"
)
PREDIABETES = r"pre-?diabet|pre diabet|non-diabetic hyperglyc|borderline diabetes|impaired glucose"
MORAL_INJURY = r"moral injur|moral distress"
HAY_FEVER = r"hay ?fever|allergic rhinitis|seasonal rhinitis|pollen"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": TRANSIENT_ISCHAEMIC_ATTACK,
    "x02": VIDEO_CONSULTATIONS,
    "x03": PREDIABETES,
    "x04": MORAL_INJURY,
    "x05": HAY_FEVER,
    "x06": TRANSIENT_ISCHAEMIC_ATTACK,
    "x07": PREDIABETES,
    "x08": HAY_FEVER,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev110", "dev112", "dev113")
    )


if __name__ == "__main__":
    sys.exit(main())
