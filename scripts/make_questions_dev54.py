"""Build the .docx and .pdf documents of the dev54 split in bench/questions, and check the split.

dev54 holds documents in layouts that none of dev/test or dev2 to dev52 has (see the section
"The dev54 split" of bench/questions/LAYOUTS.md): a hostel residents' forum typed up from the
flipchart, a Duty to Refer partners' practice forum, an antenatal course facilitators' debrief
with parents' feedback cards, a joint learning session of midwives and interpreters, a heart
failure nurses' virtual MDT with a key to initials, an Advice and Guidance review meeting, a
gallery workshop evaluation log, artists' and link workers' co-reflection notes, a tinnitus
support group's guest speaker night and a community pharmacy health campaign debrief; and, as
evidence, a Scottish Government analytical paper, a thematic Safeguarding Adults Review
summary, a commissioning plan extract, a Healthwatch signposting and intelligence report, a
heart failure annual statement of progress, a joint working project executive summary, an
invitation to quote specification, a partnership MoU annual review page, a training needs
analysis and a ratings and reviews page with the provider's replies. Its binaries are built from
bench/questions/sources/dev54/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev54 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev52; dev53, dev55 and dev56 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev54.py build [--only NAME]
    uv run python scripts/make_questions_dev54.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev54"

HOMELESSNESS = (
    r"homeless|rough sleep|sleeping rough|temporary accommodation|no fixed abode|sofa.surf"
)
ANTENATAL_CARE = r"antenatal|ante-natal|prenatal"
HEART_FAILURE = r"heart failure|cardiac failure"
ARTS_ON_PRESCRIPTION = (
    r"arts on prescription|arts on referral|arts prescribing|creative prescrib"
    r"|museums? on prescription|culture on prescription"
)
TINNITUS = r"tinnitus"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HOMELESSNESS,
    "x02": ANTENATAL_CARE,
    "x03": HEART_FAILURE,
    "x04": ARTS_ON_PRESCRIPTION,
    "x05": TINNITUS,
    "x06": HOMELESSNESS,
    "x07": ANTENATAL_CARE,
    "x08": ARTS_ON_PRESCRIPTION,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev53", "dev55", "dev56")
    )


if __name__ == "__main__":
    sys.exit(main())
