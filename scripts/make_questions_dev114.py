"""Build the .docx and .pdf documents of the dev114 split in bench/questions, and check the split.

dev114 holds documents in layouts that none of dev/test or dev2 to dev113 has (see the section
"The dev114 split" of bench/questions/LAYOUTS.md): an acute oncology nursing half-day with
presenter pen portraits, a cancer patient forum evening recap with "answered by" asides, a
patient transport eligibility debrief memo with TO / FROM / CC lines, a renal patient transport
user group note with patients and staff in two attendance columns, residents' association
committee minutes with an officer roll, a community land trust open evening written up as
questions and answers, an improvement collaborative faculty debrief with a team roster, a
bilingual collaborative launch day record with a "Led by" programme column, leisure trust pools
operations group minutes with minute references and part attendance, and community pharmacy
locality group minutes with a contractor code roll; and, as evidence, a rapid diagnostic service
patient experience evaluation with a closing colophon, a prehabilitation insight page with an
address block, a non-emergency patient transport annual quality report with a signatory table,
a research brief with a BibTeX citation, a rapid health impact assessment in plain text, a
housing and health evidence review with an imprint page, an interview article on a prescribing
collaborative, a collaborative end of phase report with back-page credits, a pharmacy survey
lay summary with an ORCID author table and a GP cluster cryotherapy audit with a signed close.
Its binaries are built from bench/questions/sources/dev114/{workshops,evidence}/NAME.src in
the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev114 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev113; dev115 to dev117 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev114.py build [--only NAME]
    uv run python scripts/make_questions_dev114.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev114"

CANCER_CARE = r"cancer|oncolog"
PATIENT_TRANSPORT = r"patient transport|hospital transport|non-emergency transport|\bNEPTS?\b"
AFFORDABLE_HOUSING = r"affordable hous|affordable homes?|affordable rent|social rent"
IMPROVEMENT_COLLABORATIVES = r"collaborative|breakthrough series"
WARTS = r"\bwarts?\b|verruca"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CANCER_CARE,
    "x02": PATIENT_TRANSPORT,
    "x03": AFFORDABLE_HOUSING,
    "x04": IMPROVEMENT_COLLABORATIVES,
    "x05": WARTS,
    "x06": PATIENT_TRANSPORT,
    "x07": AFFORDABLE_HOUSING,
    "x08": WARTS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev115", "dev116", "dev117")
    )


if __name__ == "__main__":
    sys.exit(main())
