"""Build the .docx and .pdf documents of the dev149 split in bench/questions, and check the split.

dev149 holds documents in layouts that none of dev/test or dev2 to dev147 has (see the section
"The dev149 split" of bench/questions/LAYOUTS.md): a renal patients' council's minutes with a
Present | Representing table and an "In attendance" paragraph, a primary care CKD learning
session written as a Marp slide deck in Markdown, a bereavement midwives' forum written up as
an intranet news post, a maternity safety champions' walkround log with timed entries, a
patient transport workshop's one-page placemat, a community transport forum's minutes with
those present grouped by organisation, a bilingual Welsh/English exercise referral CPD day
record, an exercise referral practitioners' meeting as a MkDocs page with admonitions and
content tabs, a physiotherapy in-service training record with a fixed-width attendance
register and a frozen shoulder pathway workshop write-up with panel cards and an FAQ; and, as
evidence, a kidney audit one-page infographic with a credits box, a plain-text clinical audit
report with standards table, a thematic review of stillbirths with a review panel appendix, a
national audit report with authors and steering group on the reverse of the title page, a
government social research summary, a rural charity's research report with inside-cover
credits, a journal article in plain text with numbered affiliations and CRediT contributions,
a council evaluation page with a document information sidebar, a service evaluation slide
deck with a closing project team slide and a Hugo blog post with TOML front matter.
Its binaries are built from bench/questions/sources/dev149/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev149 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev147; dev148, dev150 and dev151
were written beside it).

Usage:
    uv run python scripts/make_questions_dev149.py build [--only NAME]
    uv run python scripts/make_questions_dev149.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev149"

CKD = r"chronic kidney disease|chronic renal disease|\bCKD\b"
STILLBIRTH = r"stillbirth|stillborn|still birth"
PATIENT_TRANSPORT = r"patient transport|hospital transport|non-emergency transport|\bNEPTS\b"
EXERCISE_REFERRAL = (
    r"exercise referral|exercise on referral|exercise on prescription"
    r"|physical activity referral|\bNERS\b"
)
FROZEN_SHOULDER = r"frozen shoulder|adhesive capsulitis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CKD,
    "x02": STILLBIRTH,
    "x03": PATIENT_TRANSPORT,
    "x04": EXERCISE_REFERRAL,
    "x05": FROZEN_SHOULDER,
    "x06": CKD,
    "x07": EXERCISE_REFERRAL,
    "x08": FROZEN_SHOULDER,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev148", "dev150", "dev151")
    )


if __name__ == "__main__":
    sys.exit(main())
