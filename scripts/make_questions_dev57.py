"""Build the .docx and .pdf documents of the dev57 split in bench/questions, and check the split.

dev57 holds documents in layouts that none of dev/test or dev2 to dev56 has (see the section
"The dev57 split" of bench/questions/LAYOUTS.md): a welfare hall breathlessness awareness day
debrief, a spirometry hub quality review meeting, a soup run coordinators' meeting, a street vet
pop-up clinic's volunteer shift notes, a nursery managers' network meeting, a GP practice
reception team's call and recall training morning, a hospice day therapy group's notes, a
hospice's liaison evening with funeral directors, a parents' catheterisation skills session
record and a children's wheelchair skills training session log; and, as evidence, a joint fire
service and home oxygen service incident review, a 10,000 More Voices story themes report, a
Rapid Rehousing Transition Plan review extract, a street needs audit summary, a childhood
immunisation assurance report to a health board committee, a Welsh language impact assessment,
a test of change report, a self-assessment against the Ambitions for Palliative and End of Life
Care framework, a commissioned service evaluation summary and a home adaptations casework
review. Its binaries are built from bench/questions/sources/dev57/{workshops,evidence}/NAME.src
in the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which
reuses the dev2 parser, writers and check) and only supplies the dev57 folders, topic words and
the layouts that are no longer new (those of dev/test and dev2 to dev56; dev58 to dev60 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev57.py build [--only NAME]
    uv run python scripts/make_questions_dev57.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev57"

COPD = r"\bCOPD\b|chronic obstructive"
ROUGH_SLEEPING = r"rough sleep|sleeping rough|slept rough|sleeps? rough|street homeless"
CHILDHOOD_IMMUNISATIONS = r"immunis|vaccin"
HOSPICE_CARE = r"hospice"
SPINA_BIFIDA = r"spina bifida"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": COPD,
    "x02": ROUGH_SLEEPING,
    "x03": CHILDHOOD_IMMUNISATIONS,
    "x04": HOSPICE_CARE,
    "x05": SPINA_BIFIDA,
    "x06": COPD,
    "x07": ROUGH_SLEEPING,
    "x08": HOSPICE_CARE,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev58", "dev59", "dev60")
    )


if __name__ == "__main__":
    sys.exit(main())
