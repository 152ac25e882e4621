"""Build the .docx and .pdf documents of the dev100 split in bench/questions, and check the split.

dev100 holds documents in layouts that none of dev/test or dev2 to dev97 has (see the section
"The dev100 split" of bench/questions/LAYOUTS.md): a neonatal parent voices group's minutes
with attendees under organisation headings, a trust intranet story on a neonatal outreach
team's learning afternoon, a Care and Repair caseworkers' meeting in plain text with an
initials key, a Disabled Facilities Grant process mapping workshop summary, a binge eating
co-production group's notes with checkbox attendance, a guided self-help facilitators'
training day summary with trainer biographies, a conservation charity's green gym e-newsletter,
a green gym partners' meeting with speaker asides, a dental practice team meeting on cold sores
and a pharmacy teams' CPD evening with a transcribed sign-in sheet; and, as evidence, a
neonatal network parent survey report, a neonatal back-transfer audit with footnoted
affiliations, a council scrutiny review of adaptations, a housing body's adaptations customer
survey, a clinical audit report form on binge eating, a charity helpline insight report, a
green gym social return on investment report, a green health partnership's evaluation page
with accordions, a dental hospital audit poster on cold sores and a regional medicines
bulletin. Its binaries are built from bench/questions/sources/dev100/{workshops,evidence}/
NAME.src in the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder
(which reuses the dev2 parser, writers and check) and only supplies the dev100 folders, topic
words and the layouts that are no longer new (those of dev/test and dev2 to dev97; dev98, dev99
and dev101 were written beside it).

Usage:
    uv run python scripts/make_questions_dev100.py build [--only NAME]
    uv run python scripts/make_questions_dev100.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev100"

NEONATAL_CARE = r"neonat|special care baby|\bSCBU\b|\bNICU\b|premature bab|preterm"
HOME_ADAPTATIONS = r"adaptation|disabled facilities grant|home modification"
BINGE_EATING = r"binge"
GREEN_GYM = r"green gym"
COLD_SORES_WORDS = r"cold sores?|herpes labialis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": NEONATAL_CARE,
    "x02": HOME_ADAPTATIONS,
    "x03": BINGE_EATING,
    "x04": GREEN_GYM,
    "x05": COLD_SORES_WORDS,
    "x06": NEONATAL_CARE,
    "x07": HOME_ADAPTATIONS,
    "x08": COLD_SORES_WORDS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev98", "dev99", "dev101")
    )


if __name__ == "__main__":
    sys.exit(main())
