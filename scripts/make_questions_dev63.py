"""Build the .docx and .pdf documents of the dev63 split in bench/questions, and check the split.

dev63 holds documents in layouts that none of dev/test or dev2 to dev60 has (see the section
"The dev63 split" of bench/questions/LAYOUTS.md): a listening day for families bereaved by
epilepsy, a preconception group session for women with epilepsy, a homeless health peer advocates'
"wins and worries" team meeting, a hospital homeless in-reach team's weekly meeting, a Healthy
Living Pharmacy champions' meet-up, a pharmacist independent prescribers' peer group, a link
workers' peer reflection circle, a GP and Community Links Practitioner case story swap, a
nurse-led rosacea clinic pilot huddle and a skin camouflage practice session; and, as evidence, a
patient-held record pilot evaluation, an engagement report by an arm's-length patient body, a
homelessness alliance's annual partnership report, a specialist homeless GP practice's annual
report, a Clinical Community Pharmacy Service activity report, a Pharmacy First claims data
quarterly summary, a VCSE consortium's contract year-end report, a ripple effects mapping report,
a teledermatology triage service review and a primary care dermatology case of the month. Its
binaries are built from bench/questions/sources/dev63/{workshops,evidence}/NAME.src in the markup
of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev63 folders, topic words and the layouts that
are no longer new (those of dev/test and dev2 to dev60; dev61, dev62 and dev64 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev63.py build [--only NAME]
    uv run python scripts/make_questions_dev63.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev63"

EPILEPSY = r"epilep"
HOMELESSNESS = (
    r"homeless|rough sleep|sleeping rough|temporary accommodation|sofa.surf|no fixed abode"
)
COMMUNITY_PHARMACY = r"community pharmac|local pharmacy|high street pharmacy"
SOCIAL_PRESCRIBING = (
    r"social(ly)? prescri|link worker|community links? (worker|practitioner)"
    r"|community connector|community referral"
)
ROSACEA = r"rosacea"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": EPILEPSY,
    "x02": HOMELESSNESS,
    "x03": COMMUNITY_PHARMACY,
    "x04": SOCIAL_PRESCRIBING,
    "x05": ROSACEA,
    "x06": COMMUNITY_PHARMACY,
    "x07": SOCIAL_PRESCRIBING,
    "x08": ROSACEA,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev61", "dev62", "dev64")
    )


if __name__ == "__main__":
    sys.exit(main())
