"""Build the .docx and .pdf documents of the dev18 split in bench/questions, and check the split.

dev18 holds documents in layouts that none of dev/test or dev2 to dev17 has (see the section
"The dev18 split" of bench/questions/LAYOUTS.md): a midwifery-led unit's birth reflections
listening event write-up, a maternity and neonatal voices partnership meeting note, a tenant
panel's minutes with a sign-in grid, a supported housing notice board transcription, a Dementia
Friends session log, a memory service away half-day in a keep / change table, a walk and talk
leader's diary, a Zoom breakout rooms summary e-mail, a parents' support group meet-up recap and
an intranet team news post; and, as evidence, a maternity review's executive summary with a
panel list, a public health intelligence bulletin, a research note on housing benefit, a council
members' question and answer, a health board committee paper in purpose / background /
assessment tables, a benchmarking network member report, a charity annual review with a thank
you page, a social return on investment summary, a clinical network newsletter feature and an
area prescribing committee formulary decision record. Its binaries are built from
bench/questions/sources/dev18/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev18 folders, topic words and the layouts
that are no longer new.

Usage:
    uv run python scripts/make_questions_dev18.py build [--only NAME]
    uv run python scripts/make_questions_dev18.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev18"

ANTENATAL_CARE = r"antenatal|ante-natal"
SUPPORTED_HOUSING = r"supported housing|supported accommodation|exempt accommodation"
MEMORY_CLINICS = r"memory clinic|memory assessment|memory service"
WALKING_GROUPS = r"walking group|health walk|walk leader|group walk"
ECZEMA = r"eczema|atopic dermatitis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ANTENATAL_CARE,
    "x02": SUPPORTED_HOUSING,
    "x03": MEMORY_CLINICS,
    "x04": WALKING_GROUPS,
    "x05": ECZEMA,
    "x06": ANTENATAL_CARE,
    "x07": WALKING_GROUPS,
    "x08": ECZEMA,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
