"""Build the .docx and .pdf documents of the dev148 split in bench/questions, and check the split.

dev148 holds documents in layouts that none of dev/test or dev2 to dev147 has (see the section
"The dev148 split" of bench/questions/LAYOUTS.md): a kidney patient education day's printed
programme with rapporteur notes under each time, a practice learning afternoon told as a Sway
story, a HackMD pad of a patient transport eligibility co-design session, a government officials'
note of a patient transport roundtable, a Google Groups digest carrying a care home nutrition
champions' meeting, a care home learning event's station tables headed by host and scribe, a
1-2-4-All harvest of a cervical screening sample takers' update, a live webchat transcript on
cervical screening, a coaches' forum on tennis elbow in a OneNote export and an ergonomics
walk-round record; and, as evidence, a real-world evaluation with the team on its last page, an R
Markdown analysis with a YAML author list, a UKRI Gateway to Research project record, a patient
council's engagement report page with accordions, a service evaluation with a document approval
table, a third sector evidence bank entry, a cancer alliance insight report with a credits box, an
R&D end of award report form, a Medium-style blog post and a QI project register entry.
Its binaries are built from bench/questions/sources/dev148/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev148 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev147; dev149 to dev151 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev148.py build [--only NAME]
    uv run python scripts/make_questions_dev148.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev148"

CKD = r"chronic kidney disease|\bCKD\b|chronic renal disease|kidney disease"
PATIENT_TRANSPORT = r"patient transport|hospital transport|non-emergency transport|\bNEPTS\b"
MALNUTRITION = r"malnutrition|malnourish|undernutrition|undernourish"
CERVICAL_SCREENING = r"cervical screening|smear test|cervical smear|cervical cancer screening"
TENNIS_ELBOW = r"tennis elbow|lateral epicondyl|lateral elbow"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CKD,
    "x02": PATIENT_TRANSPORT,
    "x03": MALNUTRITION,
    "x04": CERVICAL_SCREENING,
    "x05": TENNIS_ELBOW,
    "x06": PATIENT_TRANSPORT,
    "x07": MALNUTRITION,
    "x08": TENNIS_ELBOW,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev149", "dev150", "dev151")
    )


if __name__ == "__main__":
    sys.exit(main())
