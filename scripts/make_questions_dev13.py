"""Build the .docx and .pdf documents of the dev13 split in bench/questions, and check the split.

dev13 holds documents in layouts that none of dev/test or dev2 to dev12 has (see the section
"The dev13 split" of bench/questions/LAYOUTS.md): a GP practice significant event analysis, a
conference rapporteur's report, a morbidity and mortality meeting summary, a carers' assembly's
minutes, a funder's site visit report, a multidisciplinary case conference note, a community
conversation write-up, a community researcher's field notes, a 15 Steps Challenge report and a
reverse mentoring reflection; and, as evidence, a rapid evaluation slide pack, an open data
landing page, a scoping review abstract, an adult practice review, survey cross-tabulations, a
chair's assurance report, a briefing for councillors, a results letter to study participants, a
charity impact report with a case box and a written ministerial statement. Its binaries are
built from bench/questions/sources/dev13/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev13 folders, topic words and the layouts
that are no longer new.

Usage:
    uv run python scripts/make_questions_dev13.py build [--only NAME]
    uv run python scripts/make_questions_dev13.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev13"

ASTHMA = r"asthma"
AUTISM = r"autis"
MALNUTRITION = r"malnutrition|malnourish|undernutrition"
HOME_ADAPTATIONS = (
    r"home adaptation|adaptations? (?:to|in) (?:the|their|your) home|housing adaptation"
    r"|disabled facilities grant"
)
MOTOR_NEURONE_DISEASE = r"motor neurone disease|\bMND\b"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ASTHMA,
    "x02": AUTISM,
    "x03": MALNUTRITION,
    "x04": HOME_ADAPTATIONS,
    "x05": MOTOR_NEURONE_DISEASE,
    "x06": AUTISM,
    "x07": MALNUTRITION,
    "x08": MOTOR_NEURONE_DISEASE,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
