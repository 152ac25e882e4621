"""Build the .docx and .pdf documents of the dev80 split in bench/questions, and check the split.

dev80 holds documents in layouts that none of dev/test or dev2 to dev76 has (see the section
"The dev80 split" of bench/questions/LAYOUTS.md): a deprescribing card sort, a medicines
readers' panel on a polypharmacy leaflet, a home care providers' forum with a provider roll
call, a care micro-enterprise network meeting, an active bystander training debrief on racism at
work, a reception teams' GP registration training with myth-buster answers, a Waiting Well
library hub partners' review, a Waiting Well telephone script testing session, a care home
post-outbreak review on scabies and a hostel scabies treatment day debrief; and, as evidence, a
medicines-related admissions case note review, a polypharmacy programme impact summary, an
independent reviewer's letter report on domiciliary care, a home care market sustainability
plan extract, a maternity equity and equality action plan progress extract, an ethnicity
recording data quality report, a prehabilitation service evaluation with patient journeys, a
Waiting Well app usage analysis, a scabies outbreak management audit and a scabies outbreak
surveillance summary. Its binaries are built from
bench/questions/sources/dev80/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev80 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev76; dev77 to dev79 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev80.py build [--only NAME]
    uv run python scripts/make_questions_dev80.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev80"

POLYPHARMACY = r"polypharmacy|multiple medic|taking multiple medicines|deprescrib"
HOME_CARE = r"home care|homecare|domiciliary|care at home|home support"
RACIAL_INEQUALITIES = r"racial|\brace\b|racism|ethnic"
WAITING_WELL = r"waiting well|wait well|support while waiting|prehab"
SCABIES = r"scabies"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": POLYPHARMACY,
    "x02": HOME_CARE,
    "x03": RACIAL_INEQUALITIES,
    "x04": WAITING_WELL,
    "x05": SCABIES,
    "x06": HOME_CARE,
    "x07": SCABIES,
    "x08": RACIAL_INEQUALITIES,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev77", "dev78", "dev79")
    )


if __name__ == "__main__":
    sys.exit(main())
