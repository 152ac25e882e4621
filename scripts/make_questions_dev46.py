"""Build the .docx and .pdf documents of the dev46 split in bench/questions, and check the split.

dev46 holds documents in layouts that none of dev/test or dev2 to dev44 has (see the section
"The dev46 split" of bench/questions/LAYOUTS.md): a care home peer mock inspection feedback
note, a hydration champions' train-the-trainer cascade record, an intermediate care bed-base
review workshop with a site table, a claims, concerns and issues session record, a patient
transport users' forum page with a matters-raised table, a transport contract review minute
with KPI exceptions, a menopause and HRT staff drop-in enquiry log, a pharmacists' CPD evening
sign-in sheet with speaker notes, a support group's committee minutes with officers' reports and
a hybrid meeting note with written contributions; and, as evidence, a council's provider
quality bulletin article, a heat season review, a chart pack, a Better Care Fund narrative plan
extract, a findings page in accordions, a post-implementation review, a journal practice
pointer, a minister's reply to a committee chair, a curriculum mapping audit and an edited book
chapter page. Its binaries are built from bench/questions/sources/dev46/{workshops,evidence}/
NAME.src in the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder
(which reuses the dev2 parser, writers and check) and only supplies the dev46 folders, topic
words and the layouts that are no longer new (dev2 to dev44; dev45 was written beside it).

Usage:
    uv run python scripts/make_questions_dev46.py build [--only NAME]
    uv run python scripts/make_questions_dev46.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev46"

HYDRATION = r"hydrat|fluid intake"
INTERMEDIATE_CARE = r"intermediate care|step[- ]up|step[- ]down"
PATIENT_TRANSPORT = r"patient transport|non-emergency transport|hospital transport"
HRT = r"hormone replacement|\bHRT\b"
MYALGIC_ENCEPHALOMYELITIS = r"myalgic encephalomyelitis|ME/CFS|chronic fatigue syndrome"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HYDRATION,
    "x02": INTERMEDIATE_CARE,
    "x03": PATIENT_TRANSPORT,
    "x04": HRT,
    "x05": MYALGIC_ENCEPHALOMYELITIS,
    "x06": INTERMEDIATE_CARE,
    "x07": HRT,
    "x08": MYALGIC_ENCEPHALOMYELITIS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev45",))


if __name__ == "__main__":
    sys.exit(main())
