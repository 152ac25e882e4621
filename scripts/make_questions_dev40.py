"""Build the .docx and .pdf documents of the dev40 split in bench/questions, and check the split.

dev40 holds documents in layouts that none of dev/test or dev2 to dev38 has (see the section
"The dev40 split" of bench/questions/LAYOUTS.md): an NMC reflective account with its reflective
discussion form, a record of meeting tagged I / D / A / L, a diamond nine ranking record, a
rose / thorn / bud review page, a GROW team coaching record, a What? So what? Now what? debrief,
a Clinical Frailty Scale calibration scoring record, a frailty virtual ward MDT huddle record,
research ethics lay members' forum notes and a "How might we" session page; and, as evidence, a
charity's compilation of Freedom of Information replies, an ICB commissioning intentions extract,
a children's rights and wellbeing impact assessment, a school-level student health survey
report, a memorandum of reply to a Public Accounts Committee, a CLeaR tobacco control
improvement report, a good practice guide chapter with case examples, an indicator
specification sheet, a guideline section with evidence levels and graded recommendations, and a
specialist centre peer review report. Its binaries are built from
bench/questions/sources/dev40/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev40 folders, topic words and the layouts
that are no longer new: those of dev/test and of dev2 to dev38 (dev39 was written at the same
time, apart, so its layouts were not known).

Usage:
    uv run python scripts/make_questions_dev40.py build [--only NAME]
    uv run python scripts/make_questions_dev40.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev40"
BESIDE = ("dev39",)  # written at the same time as dev40, apart from it

EPILEPSY = r"epilep|seizure"
YOUNG_CARERS = r"young carer|young adult carer|young people who care|child carer"
SMOKING_CESSATION = r"smok|tobacco|cigarette|\bquit(?:s|ting|ters?)?\b|\bvap(?:e|es|ing)\b"
FRAILTY = r"\bfrail"
CYSTIC_FIBROSIS = r"cystic fibrosis|\bCF\b"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": EPILEPSY,
    "x02": YOUNG_CARERS,
    "x03": SMOKING_CESSATION,
    "x04": FRAILTY,
    "x05": CYSTIC_FIBROSIS,
    "x06": SMOKING_CESSATION,
    "x07": YOUNG_CARERS,
    "x08": FRAILTY,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=BESIDE)


if __name__ == "__main__":
    sys.exit(main())
