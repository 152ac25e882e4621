"""Build the .docx and .pdf documents of the dev103 split in bench/questions, and check the split.

dev103 holds documents in layouts that none of dev/test or dev2 to dev101 has (see the section
"The dev103 split" of bench/questions/LAYOUTS.md): a structured education co-design day's
flipchart transcription, diabetes education facilitators' peer supervision minutes, an infection
prevention link practitioners' study afternoon, a post-infection review learning summary, a
workforce planning scenario workshop, a practice managers' forum written up as an e-mail, a
ward feedback volunteers' debrief on patient-reported experience measures, a bilingual PREM
survey redesign workshop's slides, a community dental service's lunchtime case review on mouth
ulcers and a community pharmacy mouth ulcer referral pilot huddle; and, as evidence, a
structured education attendance audit poster, a structured education annual report web
chapter, a plain-text HCAI surveillance bulletin, a care home point prevalence survey report
with a title page, a professional body's consultation response on a workforce plan, a
performance audit review of workforce planning, a Friends and Family Test insight e-newsletter,
a narrative patient experience programme's evidence summary, a dental hospital service
evaluation of mouth ulcer referrals and a university research blog post on mouth ulcers. Its
binaries are built from bench/questions/sources/dev103/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev103 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev101; dev102, dev104 and
dev105 were written beside it).

Usage:
    uv run python scripts/make_questions_dev103.py build [--only NAME]
    uv run python scripts/make_questions_dev103.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev103"

STRUCTURED_EDUCATION = r"structured education|self-management education|\bDESMOND\b|X-PERT"
HCAI = (
    r"healthcare[- ]associated infection|hospital[- ]acquired infection|\bHCAIs?\b"
    r"|C\. difficile|Clostridioides|\bMRSA\b|bacteraemia"
)
WORKFORCE_PLANNING = r"workforce plan|workforce model|workforce projection"
PREMS = r"patient[- ]reported experience|\bPREMs?\b|Friends and Family Test"
MOUTH_ULCERS = r"mouth ulcer|aphthous|oral ulcer"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": STRUCTURED_EDUCATION,
    "x02": HCAI,
    "x03": WORKFORCE_PLANNING,
    "x04": PREMS,
    "x05": MOUTH_ULCERS,
    "x06": HCAI,
    "x07": PREMS,
    "x08": MOUTH_ULCERS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev102", "dev104", "dev105")
    )


if __name__ == "__main__":
    sys.exit(main())
