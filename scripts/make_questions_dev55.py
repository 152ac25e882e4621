"""Build the .docx and .pdf documents of the dev55 split in bench/questions, and check the split.

dev55 holds documents in layouts that none of dev/test or dev2 to dev52 has (see the section
"The dev55 split" of bench/questions/LAYOUTS.md): a dementia Meeting Centre's members' meeting
notes, a museum reminiscence object handling session page, a bridge closure contingency
workshop record, a ferry-linked outreach clinic planning call, a brown bag medicines review
day, a Realistic Medicine conversation café, a Volunteers' Week celebration record with its
citations, a volunteer role design workshop page, a tai chi class instructor's register and
log and a pain service redesign workshop's keypad voting record; and, as evidence, a themed
visit report, a ward environmental assessment evaluation, a National Islands Plan annual report
extract, an integrated care board's place profile page, a trial's lay summary of results, an
innovation centre's project close report page, a volunteer impact survey report with quotes,
an Investing in Volunteers assessment report, a managed clinical network annual report extract
and a clinical system search audit in fixed-width text. Its binaries are built from
bench/questions/sources/dev55/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev55 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev52; dev53, dev54 and dev56 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev55.py build [--only NAME]
    uv run python scripts/make_questions_dev55.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev55"

DEMENTIA = r"dementia|alzheimer|memory loss|cognitive impairment|cognitive decline"
ISLAND_COMMUNITIES = r"\bisland|off-island|\bisles?\b"
DEPRESCRIBING = r"deprescrib|de-prescrib"
VOLUNTEERING = r"volunteer|voluntary work"
FIBROMYALGIA = r"fibromyalg"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": DEMENTIA,
    "x02": ISLAND_COMMUNITIES,
    "x03": DEPRESCRIBING,
    "x04": VOLUNTEERING,
    "x05": FIBROMYALGIA,
    "x06": DEMENTIA,
    "x07": VOLUNTEERING,
    "x08": FIBROMYALGIA,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev53", "dev54", "dev56")
    )


if __name__ == "__main__":
    sys.exit(main())
