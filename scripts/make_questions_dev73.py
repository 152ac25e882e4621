"""Build the .docx and .pdf documents of the dev73 split in bench/questions, and check the split.

dev73 holds documents in layouts that none of dev/test or dev2 to dev72 has (see the section
"The dev73 split" of bench/questions/LAYOUTS.md): a pain service patient reference panel's
typed minutes, a regional pain service MDT complex case discussion record, an eating disorder
family carers' evening write-up, an early intervention referral pathway workshop record, a GP
cluster's antibiotic prescribing data review, a care home urinary infection teach-in debrief, a
care home advance care planning training debrief, a district nurses' reflective session on
future care conversations, a physiotherapy sciatica clinic team retrospective and a spinal
pathway clinical network meeting note; and, as evidence, a pain management programme outcomes
report, an opioid tapering clinic evaluation, an eating disorder early intervention service
evaluation page, a family carers' survey report, a primary care antibiotic prescribing quarterly
report, an IV to oral switch audit in plain text, an anticipatory care plan records audit, a
ReSPECT form audit page, a sciatica triage pathway clinical audit and an early physiotherapy for
sciatica pilot evaluation briefing. Its binaries are built from
bench/questions/sources/dev73/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev73 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev72; dev74 to dev76 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev73.py build [--only NAME]
    uv run python scripts/make_questions_dev73.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev73"

CHRONIC_PAIN = (
    r"chronic pain|persistent pain|long[- ]term pain|pain management|pain clinic|pain service"
)
EATING_DISORDERS = r"eating disorder|anorexi|bulimi|binge eating|disordered eating"
ANTIMICROBIAL_STEWARDSHIP = r"antimicrobial|antibiotic"
ADVANCE_CARE_PLANNING = r"advance care plan|anticipatory care plan|future care plan"
SCIATICA = r"sciatica"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CHRONIC_PAIN,
    "x02": EATING_DISORDERS,
    "x03": ANTIMICROBIAL_STEWARDSHIP,
    "x04": ADVANCE_CARE_PLANNING,
    "x05": SCIATICA,
    "x06": ANTIMICROBIAL_STEWARDSHIP,
    "x07": CHRONIC_PAIN,
    "x08": ADVANCE_CARE_PLANNING,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev74", "dev75", "dev76")
    )


if __name__ == "__main__":
    sys.exit(main())
