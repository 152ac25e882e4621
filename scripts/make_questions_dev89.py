"""Build the .docx and .pdf documents of the dev89 split in bench/questions, and check the split.

dev89 holds documents in layouts that none of dev/test or dev2 to dev85 has (see the section
"The dev89 split" of bench/questions/LAYOUTS.md): a memory service post-diagnostic support case
review, an Alzheimer's research champions drop-in debrief log, a ward PDSA huddle board
write-up, a QI storyboard peer review session, a trauma-informed learning circle on adverse
childhood experiences, a youth work reflective practice circle record, a digital front door
co-production session, a care home tablet champions meeting, a district nursing winter foot
check peer session on chilblains and a podiatry student clinic debrief; and, as evidence, an
Alzheimer's disease prevalence and diagnosis rate briefing, a blood biomarker pathway audit
summary page, a PDSA storyboard poster abstract, an improvement coach programme evaluation, an
ACE-aware schools pilot evaluation, a routine enquiry survey results report, a digital maturity
assessment board summary, an app accessibility review page, a chilblains self-care leaflet user
testing report and a cold homes data note. Its binaries are built from
bench/questions/sources/dev89/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev89 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev88, but dev86 to dev88, written beside
it).

Usage:
    uv run python scripts/make_questions_dev89.py build [--only NAME]
    uv run python scripts/make_questions_dev89.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev89"

ALZHEIMERS = r"alzheimer"
PDSA_CYCLES = r"\bPDSA\b|plan[- ]do[- ]study[- ]act|tests? of change|model for improvement"
ADVERSE_CHILDHOOD = r"adverse childhood|childhood adversity|\bACEs?\b|ACE-aware"
DIGITAL_HEALTH = (
    r"digital health|digital care|telehealth|digital tools?|digital technolog|"
    r"technology[- ]enabled care|ehealth|mhealth|digital maturity"
)
CHILBLAINS = r"chilblain|pernio"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ALZHEIMERS,
    "x02": PDSA_CYCLES,
    "x03": ADVERSE_CHILDHOOD,
    "x04": DIGITAL_HEALTH,
    "x05": CHILBLAINS,
    "x06": PDSA_CYCLES,
    "x07": ADVERSE_CHILDHOOD,
    "x08": CHILBLAINS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev86", "dev87", "dev88")
    )


if __name__ == "__main__":
    sys.exit(main())
