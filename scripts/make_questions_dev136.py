"""Build the .docx and .pdf documents of the dev136 split in bench/questions, and check the split.

dev136 holds documents in layouts that none of dev/test or dev2 to dev135 has (see the section
"The dev136 split" of bench/questions/LAYOUTS.md): an overseas nurses' arrival fortnight
debrief with a transcribed sign-in sheet, a community pharmacy learning session on
time-critical medicines across time zones, a Trust wellbeing champions' network meeting with a
directorate attendance matrix, a night staff listening rounds intranet story, a reablement
huddle board with a key to initials at the foot, a reablement away day with a timed agenda, a
lunch club committee's minutes with proposed and seconded motions, a care home malnutrition
screening workshop with an about-our-speakers box, a community health conversations day
write-up with left-to-right photo captions and an interpreting roundtable readout with a
clockwise seating plan; and, as evidence, a students' union insight report on jet lag, a
return-to-duty service review cited by initials, a staff rest hubs evaluation with a document
control sheet at the end, a social research summary on rest facilities, a reablement
evaluation exported from PDF to text, a discharge-to-assess review with a CRediT contributor
table, a food insecurity survey page with researchers named in image alt text, a care home
QI poster transcript, a peer research report and a research update with authors' biographies.
Its binaries are built from bench/questions/sources/dev136/{workshops,evidence}/NAME.src in
the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which
reuses the dev2 parser, writers and check) and only supplies the dev136 folders, topic words
and the layouts that are no longer new (those of dev/test and dev2 to dev135; dev137 to dev139
are written beside it).

Usage:
    uv run python scripts/make_questions_dev136.py build [--only NAME]
    uv run python scripts/make_questions_dev136.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev136"

NUTRITION = (
    r"nutrition|malnutrition|malnourish|healthy eating|\bdiet\b|dietary|dietitian"
    r"|food insecurity|food-first|food first"
)
ETHNIC_MINORITY = r"ethnic minorit|minority ethnic|black and minority|\bBAME\b|racism"
REHABILITATION = r"rehabilit|reablement|re-ablement|\brehab\b|intermediate care"
WORKFORCE_WELLBEING = (
    r"staff wellbeing|workforce wellbeing|staff well-being|wellbeing of staff"
    r"|staff health and wellbeing|staff morale|burnout|staff support"
)
JET_LAG = r"jet[ -]?lag|time zones?"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": NUTRITION,
    "x02": ETHNIC_MINORITY,
    "x03": REHABILITATION,
    "x04": WORKFORCE_WELLBEING,
    "x05": JET_LAG,
    "x06": NUTRITION,
    "x07": REHABILITATION,
    "x08": JET_LAG,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev137", "dev138", "dev139")
    )


if __name__ == "__main__":
    sys.exit(main())
