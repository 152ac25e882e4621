"""Build the .docx and .pdf documents of the dev56 split in bench/questions, and check the split.

dev56 holds documents in layouts that none of dev/test or dev2 to dev52 has (see the section
"The dev56 split" of bench/questions/LAYOUTS.md): an autism sensory walkthrough record, a parent
carer forum's steering group minutes, a thermal imaging volunteers' debrief, a community energy
co-operative's members' open evening, a cardiac rehabilitation class register with feedback
slips, a cardiac rehabilitation handover liaison meeting with a leisure trust, a forest bathing
taster session's facilitator notes, a care farm familiarisation visit, a conductive education
group's end of term review and a RaceRunning taster day debrief; and, as evidence, a themed
visit report, a doctoral service improvement project's feedback page, a Public Services Board
well-being assessment chapter, a house condition survey chapter, a health inequalities data
pack commentary, a programme certification report, an outcome harvesting evaluation report, a
social enterprise's social accounts extract, a gap analysis against a NICE guideline and a
participatory research report. Its binaries are built from
bench/questions/sources/dev56/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev56 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev52; dev53 to dev55 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev56.py build [--only NAME]
    uv run python scripts/make_questions_dev56.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev56"

AUTISM = r"autis|asperger"
FUEL_POVERTY = r"fuel pover|fuel poor|energy pover|cold homes?\b|heat or eat|heating or eating"
CARDIAC_REHABILITATION = r"cardiac rehab|cardiovascular rehab|cardiovascular prevention and rehab"
GREEN_SOCIAL_PRESCRIBING = r"green social prescri|green prescri|nature prescri|nature on prescri"
CEREBRAL_PALSY = r"cerebral palsy"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": AUTISM,
    "x02": FUEL_POVERTY,
    "x03": CARDIAC_REHABILITATION,
    "x04": GREEN_SOCIAL_PRESCRIBING,
    "x05": CEREBRAL_PALSY,
    "x06": AUTISM,
    "x07": GREEN_SOCIAL_PRESCRIBING,
    "x08": FUEL_POVERTY,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev53", "dev54", "dev55")
    )


if __name__ == "__main__":
    sys.exit(main())
