"""Build the .docx and .pdf documents of the dev41 split in bench/questions, and check the split.

dev41 holds documents in layouts that none of dev/test or dev2 to dev40 has (see the section
"The dev41 split" of bench/questions/LAYOUTS.md): a medication safety officers' network
teach-in, a pharmacy technicians' huddle card, an easy read meeting record with a picture
column, a library health information partners' get-together, an HR attendance surgery
casebook, AHP council minutes with a roll call by profession, a control room decompression
log, a chaplaincy "carrying, putting down, taking on" record, a support group's letter to
members and union learning reps' forum notes; and, as evidence, a controlled drugs
accountable officer's annual report extract, a Pareto analysis page, an Accessible
Information Standard audit, an e-learning module evaluation with its byline at the end, an
employers' survey report with two forewords, a fixed-width occupational health annual report,
a journal research digest column, a wellbeing guardian's annual report extract, a data blog
post with code cells and a journal article page with a strengths and limitations box. Its
binaries are built from bench/questions/sources/dev41/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev41 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev40).

Usage:
    uv run python scripts/make_questions_dev41.py build [--only NAME]
    uv run python scripts/make_questions_dev41.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev41"

MEDICATION_SAFETY = (
    r"medication safety|medicines safety|medication errors?\b|medication incident"
    r"|prescribing errors?\b|dispensing errors?\b|medication-related harm"
)
EASY_READ = r"easy[ -]read"
SICKNESS_ABSENCE = (
    r"sickness absence|staff sickness|sick leave|staff absence|off sick|sickness rate"
    r"|sickness[- ]related absence"
)
COMPASSION_FATIGUE = r"compassion fatigue"
MIGRAINE = r"migraine|headache"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": MEDICATION_SAFETY,
    "x02": EASY_READ,
    "x03": SICKNESS_ABSENCE,
    "x04": COMPASSION_FATIGUE,
    "x05": MIGRAINE,
    "x06": MEDICATION_SAFETY,
    "x07": SICKNESS_ABSENCE,
    "x08": MIGRAINE,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
