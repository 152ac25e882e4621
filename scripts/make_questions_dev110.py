"""Build the .docx and .pdf documents of the dev110 split in bench/questions, and check the split.

dev110 holds documents in layouts that none of dev/test or dev2 to dev109 has (see the section
"The dev110 split" of bench/questions/LAYOUTS.md): a Rotary club's weekly bulletin on a
pre-diabetes speaker evening, a GAA club's website news post on a Healthy Club night, a
secondary school pupil council's minutes on contraception, a Welsh Youth Parliament
consultation session, an ambulance control room staff book club, a moral case deliberation in
intensive care, a family hub's Instagram carousel on portions, a cylch meithrin parents'
committee, a primary school parent council's minutes on head lice and a Women's Institute
branch report; and, as evidence, a GP cluster's pre-diabetes register review, a cluster quality
lead's report, an opinion poll release on contraception, a GP's e-mail newsletter issue on coil
and implant waits, a royal college's member briefing on moral injury, a postgraduate training
survey report, a local development plan topic paper on takeaways near schools, an all-island
body's research report on childhood obesity, a council's analysis note on head lice and school
absence and a laboratory investigation report on resistant head lice. Its binaries are built
from bench/questions/sources/dev110/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev110 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev109; dev111 to dev113 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev110.py build [--only NAME]
    uv run python scripts/make_questions_dev110.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev110"

PREDIABETES = r"pre-?diabet|pre diabet|non-diabetic hyperglyc|borderline diabetes|impaired glucose"
CONTRACEPTION = r"contracept|family planning|birth control|condom"
MORAL_INJURY = r"moral injur|moral distress"
CHILDHOOD_OBESITY = (
    r"childhood obesity|child obesity|obesity in children|overweight children|obese children"
    r"|childhood overweight"
)
HEAD_LICE = r"head lice|\blice\b|\bnits?\b|\blouse\b|wet[- ]comb"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": PREDIABETES,
    "x02": CONTRACEPTION,
    "x03": MORAL_INJURY,
    "x04": CHILDHOOD_OBESITY,
    "x05": HEAD_LICE,
    "x06": PREDIABETES,
    "x07": CONTRACEPTION,
    "x08": HEAD_LICE,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev111", "dev112", "dev113")
    )


if __name__ == "__main__":
    sys.exit(main())
