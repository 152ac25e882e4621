"""Build the .docx and .pdf documents of the dev86 split in bench/questions, and check the split.

dev86 holds documents in layouts that none of dev/test or dev2 to dev82 has (see the section
"The dev86 split" of bench/questions/LAYOUTS.md): an emergency department frequent attenders
case review huddle record, a twelve-hour waits deep dive, a multimorbidity one-stop clinic dry
run debrief, a treatment burden conversation card testing workshop, a tier 2 weight management
provider forum's minutes, a weight management programme graduation session news post, an
integrated care partnership assembly write-up, a regional partnership board development
session summary, a community pharmacy ear wax service launch meeting and a practice nurses'
ear care skills update; and, as evidence, a high intensity use service evaluation, a crowding
snapshot survey results page, a multimorbidity and polypharmacy cohort study lay summary, a
GP federation's review clinics report, a weight management referral equity audit, a committee
data note on weight management outcomes, an integration joint board annual performance report
chapter, an area integrated partnership board review, a primary care audiology ear wax service
evaluation and an ear wax removal service procurement paper. Its binaries are built from
bench/questions/sources/dev86/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev86 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev82; dev83 to dev85 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev86.py build [--only NAME]
    uv run python scripts/make_questions_dev86.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev86"

EMERGENCY_DEPARTMENTS = (
    r"emergency departments?|\bA&(amp;)?E\b|accident and emergency|emergency room"
)
MULTIMORBIDITY = (
    r"multimorbid|multi-morbid|multiple long[- ]term conditions|multiple health conditions"
    r"|multiple chronic conditions|\bMLTC\b"
)
WEIGHT_MANAGEMENT = (
    r"weight management|weight loss programme|weight loss service|managing weight"
    r"|manage their weight"
)
INTEGRATED_CARE = (
    r"integrated care|health and social care integration|integration of health and social care"
    r"|integrated health and social care|integrated services|integrated working"
    r"|joined[- ]up care|seamless care"
)
EAR_WAX = r"ear ?wax|cerumen"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": EMERGENCY_DEPARTMENTS,
    "x02": MULTIMORBIDITY,
    "x03": WEIGHT_MANAGEMENT,
    "x04": INTEGRATED_CARE,
    "x05": EAR_WAX,
    "x06": EMERGENCY_DEPARTMENTS,
    "x07": MULTIMORBIDITY,
    "x08": EAR_WAX,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev83", "dev84", "dev85")
    )


if __name__ == "__main__":
    sys.exit(main())
