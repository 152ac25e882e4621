"""Build the .docx and .pdf documents of the dev58 split in bench/questions, and check the split.

dev58 holds documents in layouts that none of dev/test or dev2 to dev56 has (see the section
"The dev58 split" of bench/questions/LAYOUTS.md): a mother and baby group's facilitator log, a
health visiting practice development session record, an advice surgery's case review notes, a
welfare rights liaison group's minutes in a two-column grid, an MS nurse team's away day notes,
a local MS group's volunteers' planning meeting with a rota, a dial-a-ride drivers' meeting,
a community transport passenger forum report, a lupus patient education evening with question
cards and a joint clinic set-up planning meeting; and, as evidence, a qualitative interview
study with a participant table, a clinical academic fellowship's end of award summary, a
partnership evaluation with client journey timelines, a grant fund's annual delivery report
extract, an infusion unit capacity review, a specialist nurse caseload mapping report, a local
transport plan chapter, a rural transport feasibility study, a first-year service review and
a cost of illness study. Its binaries are built from
bench/questions/sources/dev58/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev58 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev56; dev57, dev59 and dev60 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev58.py build [--only NAME]
    uv run python scripts/make_questions_dev58.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev58"

POSTNATAL_DEPRESSION = r"post-?natal depression|postpartum depression|\bPND\b"
WELFARE_ADVICE = (
    r"welfare advice|welfare rights|benefits? advice|money advice|debt advice"
    r"|income maximisation|benefits check|financial inclusion|maximising income"
)
MULTIPLE_SCLEROSIS = r"multiple sclerosis|people with MS|living with MS|\bMS (?:specialist )?nurse"
COMMUNITY_TRANSPORT = (
    r"community transport|dial-a-ride|community bus|community car scheme"
    r"|voluntary car scheme|volunteer driver"
)
LUPUS = r"lupus"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": POSTNATAL_DEPRESSION,
    "x02": WELFARE_ADVICE,
    "x03": MULTIPLE_SCLEROSIS,
    "x04": COMMUNITY_TRANSPORT,
    "x05": LUPUS,
    "x06": POSTNATAL_DEPRESSION,
    "x07": WELFARE_ADVICE,
    "x08": COMMUNITY_TRANSPORT,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev57", "dev59", "dev60")
    )


if __name__ == "__main__":
    sys.exit(main())
