"""Build the .docx and .pdf documents of the dev78 split in bench/questions, and check the split.

dev78 holds documents in layouts that none of dev/test or dev2 to dev76 has (see the section
"The dev78 split" of bench/questions/LAYOUTS.md): a community vaccine champions' cohort debrief
with a question log, a midwives' role-play session on vaccines in pregnancy, a trauma-informed
reflective supervision group record, a trauma-informed reading group blog post, a social work
case file audit moderation panel's minutes, an Assessed Year in Employment peer learning day,
exercise referral instructors' peer observation feedback, an exercise referral graduation
afternoon page, a carpal tunnel one-stop clinic redesign workshop with an options appraisal and
a hand surgery and ICATS joint case discussion log; and, as evidence, a vaccine confidence
community survey report, a community insight report page on childhood vaccines, a
trauma-informed organisation self-assessment findings report, an interim evaluation note on
trauma-informed schools training, a social work caseload and vacancy report to scrutiny, a
Chief Social Work Officer's annual report extract, a National Exercise Referral Scheme
twelve-month outcomes report, a Physical Activity Referral Scheme outcomes page, a carpal
tunnel decompression referral audit poster and a hand therapy first service evaluation
summary. Its binaries are built from bench/questions/sources/dev78/{workshops,evidence}/NAME.src
in the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which
reuses the dev2 parser, writers and check) and only supplies the dev78 folders, topic words and
the layouts that are no longer new (those of dev/test and dev2 to dev76; dev77, dev79 and dev80
were written beside it).

Usage:
    uv run python scripts/make_questions_dev78.py build [--only NAME]
    uv run python scripts/make_questions_dev78.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev78"

VACCINE_HESITANCY = r"vaccin|immunis"
TRAUMA_INFORMED = r"trauma[- ]informed|trauma[- ]aware|trauma[- ]responsive|trauma[- ]sensitive"
SOCIAL_WORK = r"social work"
EXERCISE_REFERRAL = (
    r"exercise referral|exercise on referral|physical activity referral|"
    r"exercise on prescription|\bNERS\b|\bPARS\b"
)
CARPAL_TUNNEL = r"carpal[ -]tunnel"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": VACCINE_HESITANCY,
    "x02": TRAUMA_INFORMED,
    "x03": SOCIAL_WORK,
    "x04": EXERCISE_REFERRAL,
    "x05": CARPAL_TUNNEL,
    "x06": VACCINE_HESITANCY,
    "x07": EXERCISE_REFERRAL,
    "x08": CARPAL_TUNNEL,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev77", "dev79", "dev80")
    )


if __name__ == "__main__":
    sys.exit(main())
