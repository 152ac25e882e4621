"""Build the .docx and .pdf documents of the dev104 split in bench/questions, and check the split.

dev104 holds documents in layouts that none of dev/test or dev2 to dev101 has (see the section
"The dev104 split" of bench/questions/LAYOUTS.md): an urgent treatment centre's streaming
simulation log, a minor injuries units' x-ray peer review with a key to initials, a market
stall blood pressure debrief, a home blood pressure monitoring teach-in with speaker boxes, a
peer vaccinators' intranet gallery page, an antenatal clinic's flu vaccine tea and talk with a
sign-in sheet, a sexual health partnership's learning lunch minute with an abbreviations key, a
service user panel on postal STI kits, a practice clinical meeting on heartburn and long-term
PPIs and a pharmacy counter training night typed up from flipcharts; and, as evidence, a minor
injuries units' patient flow audit, a patient council's report card on urgent care, a pharmacy
hypertension case-finding evaluation with a document control table, a Director of Public
Health's report chapter, a staff flu vaccination survey, an end of season flu vaccination
report, an online STI testing evaluation, a sexual health clinic access audit, a heartburn
medicines analysis and a journal article page on long-term PPIs. Its binaries are built from
bench/questions/sources/dev104/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev104 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev101; dev102, dev103 and dev105 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev104.py build [--only NAME]
    uv run python scripts/make_questions_dev104.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev104"

URGENT_TREATMENT_CENTRES = (
    r"urgent treatment cent|urgent care cent|urgent primary care|minor injur|walk-in cent"
    r"|\bMIUs?\b|\bUTCs?\b"
)
HIGH_BLOOD_PRESSURE = r"blood pressure|hypertensi"
FLU_VACCINATION = r"\bflu\b|influenza"
SEXUALLY_TRANSMITTED_INFECTIONS = r"sexually transmitted|\bSTIs?\b|chlamydia|gonorrh|syphilis"
HEARTBURN = r"heartburn|acid reflux|\breflux\b|indigestion|dyspepsia|antacid|proton pump"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": URGENT_TREATMENT_CENTRES,
    "x02": HIGH_BLOOD_PRESSURE,
    "x03": FLU_VACCINATION,
    "x04": SEXUALLY_TRANSMITTED_INFECTIONS,
    "x05": HEARTBURN,
    "x06": URGENT_TREATMENT_CENTRES,
    "x07": HIGH_BLOOD_PRESSURE,
    "x08": HEARTBURN,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev102", "dev103", "dev105")
    )


if __name__ == "__main__":
    sys.exit(main())
