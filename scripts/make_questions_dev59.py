"""Build the .docx and .pdf documents of the dev59 split in bench/questions, and check the split.

dev59 holds documents in layouts that none of dev/test or dev2 to dev56 has (see the section
"The dev59 split" of bench/questions/LAYOUTS.md): a Baby Café volunteers' handbook review
session, a breastfeeding friendly scheme café owners' roundtable, an ADHD parent course's final
session go-round, an ADHD medicines shortage briefing call for prescribers, a renal patient
panel's minutes, a satellite dialysis unit's governance meeting, conservation volunteers'
tea-break conversation notes, a Green Gym leaders' season wash-up, a glue ear improvement huddle
with a run chart and a Sure Start parent and toddler group talk; and, as evidence, a
commissioned service's annual review, a Baby Friendly reassessment summary, a waiting list
validation report, a shared care audit report, a kidney network's audit web page, a regulator's
service review summary, a health impact briefing for planners, a wellbeing scores evaluation
report, an IQIPS accreditation assessment summary and a school entry hearing screening annual
report extract. Its binaries are built from
bench/questions/sources/dev59/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev59 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev56; dev57, dev58 and dev60 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev59.py build [--only NAME]
    uv run python scripts/make_questions_dev59.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev59"

BREASTFEEDING = r"breastfe|breast-fe|breast feed|breast milk|breastmilk"
ADHD = r"\badhd\b|attention deficit"
CHRONIC_KIDNEY_DISEASE = r"kidney|\brenal\b|\bckd\b|dialysis"
GREEN_GYM = r"green gym"
GLUE_EAR = r"glue ear|otitis media"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": BREASTFEEDING,
    "x02": ADHD,
    "x03": CHRONIC_KIDNEY_DISEASE,
    "x04": GREEN_GYM,
    "x05": GLUE_EAR,
    "x06": ADHD,
    "x07": CHRONIC_KIDNEY_DISEASE,
    "x08": GLUE_EAR,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev57", "dev58", "dev60")
    )


if __name__ == "__main__":
    sys.exit(main())
