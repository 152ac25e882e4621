"""Build the .docx and .pdf documents of the dev64 split in bench/questions, and check the split.

dev64 holds documents in layouts that none of dev/test or dev2 to dev60 has (see the section
"The dev64 split" of bench/questions/LAYOUTS.md): a stroke club members' open meeting, an
employers' return-to-work roundtable after stroke, a domestic abuse housing accreditation
working group, a sports club welfare officers' domestic abuse briefing evening, a carers'
centre drop-in log with a monthly review, a carers' café volunteers' end-of-season meeting, a
menopause café hosts' planning meeting, a line managers' menopause skills workshop with a
role-play grid, a hypermobility physiotherapy class's feedback notes and a parents'
hypermobility workshop with a question wall; and, as evidence, a stroke team's quarterly audit
results page, a stroke survivors' unmet needs survey report, a regional VAWDASV needs
assessment summary, a perpetrator programme evaluation's key findings, a Carers Census
analysis briefing, a short breaks scheme monitoring summary, an HRT prescribing statistical
commentary, a workplace menopause policy evaluation, a joint hypermobility referral pathway
audit and a members' survey results page. Its binaries are built from
bench/questions/sources/dev64/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev64 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev60; dev61 to dev63 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev64.py build [--only NAME]
    uv run python scripts/make_questions_dev64.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev64"

STROKE = r"\bstrokes?\b|cerebrovascular"
DOMESTIC_ABUSE = (
    r"domestic abuse|domestic violence|intimate partner|partner abuse|coercive control"
    r"|violence against women|gender-based violence|VAWDASV"
)
CARERS = (
    r"\bcarers?\b|unpaid care|caregiver|caring responsibilit|caring role"
    r"|looking after a (?:relative|family member)"
)
MENOPAUSE = r"menopaus|hot flush|hormone replacement"
HYPERMOBILITY = r"hypermobil|ehlers|\bhEDS\b"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": STROKE,
    "x02": DOMESTIC_ABUSE,
    "x03": CARERS,
    "x04": MENOPAUSE,
    "x05": HYPERMOBILITY,
    "x06": DOMESTIC_ABUSE,
    "x07": CARERS,
    "x08": HYPERMOBILITY,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev61", "dev62", "dev63")
    )


if __name__ == "__main__":
    sys.exit(main())
