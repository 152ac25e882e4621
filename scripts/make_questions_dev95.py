"""Build the .docx and .pdf documents of the dev95 split in bench/questions, and check the split.

dev95 holds documents in layouts that none of dev/test or dev2 to dev90 has (see the section
"The dev95 split" of bench/questions/LAYOUTS.md): an alarm receiving centre's learning huddle at
shift handover, a telecare responder service's winter readiness review with a rota grid, a
menopause line managers' circle, a trade union branch's menopause workshop report, a walking
football league's welfare officers' meeting record, a walking football cardiac rehab taster
block coaches' debrief e-mail, a dementia-friendly swimming debrief web post, a care home
dementia champions' network with a round-the-homes table, a community pharmacy counter huddle
on dandruff and a barbers' and hairdressers' skin health session record; and, as evidence, a
telecare audit outcome summary, a Lifeline postcard feedback analysis page, a workplace
menopause policy audit, a GP federation menopause clinic evaluation, a walking football
before-and-after study summary, a walking football end of grant report, a dementia-friendly
leisure programme evaluation, a post-diagnostic support caseload audit in plain text, a
ketoconazole shampoo prescribing review page and a Common Ailments Service data review. Its
binaries are built from bench/questions/sources/dev95/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev95 folders, topic words and the
layouts that are no longer new (dev91 to dev93 were written beside it).

Usage:
    uv run python scripts/make_questions_dev95.py build [--only NAME]
    uv run python scripts/make_questions_dev95.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev95"

TELECARE = (
    r"telecare|community alarm|pendant alarm|personal alarm|alarm receiving centre"
    r"|falls? detector"
)
MENOPAUSE = r"menopaus|hot flush"
WALKING_FOOTBALL = r"walking football"
DEMENTIA = r"dementia|memory loss|cognitive impairment|cognitive decline|memory problems"
DANDRUFF = r"dandruff|seborrh"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": TELECARE,
    "x02": MENOPAUSE,
    "x03": WALKING_FOOTBALL,
    "x04": DEMENTIA,
    "x05": DANDRUFF,
    "x06": TELECARE,
    "x07": MENOPAUSE,
    "x08": DANDRUFF,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev91", "dev92", "dev93")
    )


if __name__ == "__main__":
    sys.exit(main())
