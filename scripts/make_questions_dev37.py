"""Build the .docx and .pdf documents of the dev37 split in bench/questions, and check the split.

dev37 holds documents in layouts that none of dev/test or dev2 to dev36 has (see the section
"The dev37 split" of bench/questions/LAYOUTS.md): an adult ADHD peer network's Discord channel
export, a future search conference report, a rapid improvement (kaizen) event report-out, an
Otter.ai transcript export with host notes, a supported housing residents' forum chairperson's
report and minutes, a scrutiny members' site visit note, a Big Latch On organisers' debrief, an
Instagram Live replay page, a patient information day's "ask the expert" table notes and a
programme RAID log review; and, as evidence, a data journalism investigation with a methodology
box, a GRADE evidence to decision framework, a carbon footprint assessment, a budget impact
workbook export, a unit costs compendium schema, a report in the public interest, a qualitative
evidence synthesis with GRADE-CERQual assessments, a data descriptor article, an Option Grid
decision aid and a critically appraised topic. Its binaries are built from
bench/questions/sources/dev37/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev37 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev36).

Usage:
    uv run python scripts/make_questions_dev37.py build [--only NAME]
    uv run python scripts/make_questions_dev37.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev37"

ADHD = r"\bADHD\b|attention[- ]deficit"
CARDIAC_REHABILITATION = r"cardiac rehab"
SUPPORTED_HOUSING = (
    r"supported housing|supported accommodation|exempt accommodation|supported living"
    r"|housing with support"
)
BREASTFEEDING = r"breastfe|breast[- ]fe|breast ?milk"
PSORIASIS = r"psoria"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ADHD,
    "x02": CARDIAC_REHABILITATION,
    "x03": SUPPORTED_HOUSING,
    "x04": BREASTFEEDING,
    "x05": PSORIASIS,
    "x06": ADHD,
    "x07": CARDIAC_REHABILITATION,
    "x08": PSORIASIS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
