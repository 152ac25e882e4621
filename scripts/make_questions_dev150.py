"""Build the .docx and .pdf documents of the dev150 split in bench/questions, and check the split.

dev150 holds documents in layouts that none of dev/test or dev2 to dev147 has (see the section
"The dev150 split" of bench/questions/LAYOUTS.md): a kidney network's co-production day record
with a seating plan table, a renal teaching evening's past-event page with speakers in a
definition list, a care home nutrition network's plain-text note with partnership-by-partnership
updates, a community dietetics teaching session record with a fixed-width attendance register,
a frailty virtual ward's 90-day review in Markdown with a who's who table, a Hospital at Home
learning event's slide pack with a photo-caption panel slide, a NEWS2 teach-and-treat session
record with a competency sign-off table, a nursing homes' deterioration teleconference with a
dot-leader roll call, a science festival drop-in stand's blog post on teeth grinding and a dental
foundation training day's case presentation notes; and, as evidence, a research charity's grant
lay summary page, an ICB prescribing bulletin, a health board's plain-language evaluation
summary with collapsible panels, a regional nutrition screening audit report, a government
research findings summary, a plain-text end project report, a pandoc Markdown evaluation with a
YAML author list, a quality improvement report article page, a community dental service's
clinical audit report and an occupational health staff survey report with a memo cover table.
Its binaries are built from bench/questions/sources/dev150/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev150 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev147; dev148, dev149 and dev151
were written beside it).

Usage:
    uv run python scripts/make_questions_dev150.py build [--only NAME]
    uv run python scripts/make_questions_dev150.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev150"

CKD = r"chronic kidney disease|\bCKD\b|chronic renal disease"
MALNUTRITION = r"malnutrition|malnourish|undernutrition|undernourish"
VIRTUAL_WARDS = r"virtual wards?|hospital[- ]at[- ]home"
DETERIORATION = r"deteriorat|\bNEWS2\b|early warning score|RESTORE2"
TEETH_GRINDING = (
    r"teeth grinding|tooth grinding|grind(s|ing)? (their |your |her |his )?teeth|bruxism"
)

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CKD,
    "x02": MALNUTRITION,
    "x03": VIRTUAL_WARDS,
    "x04": DETERIORATION,
    "x05": TEETH_GRINDING,
    "x06": CKD,
    "x07": VIRTUAL_WARDS,
    "x08": TEETH_GRINDING,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev148", "dev149", "dev151")
    )


if __name__ == "__main__":
    sys.exit(main())
