"""Build the .docx and .pdf documents of the dev75 split in bench/questions, and check the split.

dev75 holds documents in layouts that none of dev/test or dev2 to dev72 has (see the section
"The dev75 split" of bench/questions/LAYOUTS.md): a long COVID occupational therapy community
of practice session, a physiotherapy in-service training write-up on long COVID breathing
pattern disorder, a breast screening centre staff engagement session with comment cards, a
mobile breast screening unit visit partners' planning meeting, an ambulance station frailty
scoring teaching record, a GP federation frailty learning event with a case carousel, a joint
practice session of health visitors and housing officers on children in temporary
accommodation, a Housing Support Grant providers' network meeting with a round robin, a
vascular waiting list validation call debrief and a varicose veins referral criteria evening;
and, as evidence, a long COVID service rapid evaluation with a logic model, a long COVID
patient-reported outcome measures data report, a breast screening outreach end of grant
report, a breast screening uptake quality improvement project final report, an electronic
frailty index implementation report, a trainee collaborative's Clinical Frailty Scale snapshot
audit, a health visiting caseload audit of families in temporary accommodation, a charity's
research summary with family vignettes, a regional commissioning policy review for varicose
veins procedures and endovenous ablation audit results sent as a plain-text e-mail. Its
binaries are built from bench/questions/sources/dev75/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev75 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev74 but dev73 and dev74,
which were written beside it with dev76).

Usage:
    uv run python scripts/make_questions_dev75.py build [--only NAME]
    uv run python scripts/make_questions_dev75.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev75"

LONG_COVID = r"long[ -]covid|post-covid"
BREAST_SCREENING = r"breast screening|breast cancer screening|mammogra"
FRAILTY = r"\bfrail"
TEMPORARY_ACCOMMODATION = (
    r"temporary accommodation|temporary housing|interim accommodation|emergency accommodation"
)
VARICOSE_VEINS = r"varicose"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": LONG_COVID,
    "x02": BREAST_SCREENING,
    "x03": FRAILTY,
    "x04": TEMPORARY_ACCOMMODATION,
    "x05": VARICOSE_VEINS,
    "x06": BREAST_SCREENING,
    "x07": LONG_COVID,
    "x08": VARICOSE_VEINS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev73", "dev74", "dev76")
    )


if __name__ == "__main__":
    sys.exit(main())
