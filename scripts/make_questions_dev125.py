"""Build the .docx and .pdf documents of the dev125 split in bench/questions, and check the split.

dev125 holds documents in layouts that none of dev/test or dev2 to dev123 has (see the section
"The dev125 split" of bench/questions/LAYOUTS.md): a memory service team time-out with a who's
who grid, an Alzheimer's carers' course facilitators' review with an initials column and a key at
the end, a maternity voices partnership ward walk-round news post with a "pictured, left to
right" caption, a joint midwifery and health visiting development session with asides in square
brackets, an ACE-aware schools network note from a wiki vault with linked names, a conversation
café record naming people only in its closing thanks, a cluster workforce meeting note sent as an
e-mail with signature blocks, an island workforce think-in with people grouped under their
organisations, an ENT and sleep service pathway workshop exported from a workspace page with
@mentions, and a dental study day page with speakers' biographies; and, as evidence, a memory
clinic eligibility audit with a document control table and a sign-off page, a university research
project page with team cards and a citation, a postnatal visits pilot evaluation with project team
lines and a glossary, a preprint in plain text with author contributions in initials, an evidence
briefing with footnotes and an "About the authors" section, a case-file review with a citation box
behind the title page and a key contacts table, a statistics publication page with expandable
details, a rapid evaluation with lettered affiliations, a GP practice referral audit in plain text
with a bilingual header, and a dental service evaluation with an author, qualifications and
affiliation table. Its binaries are built from
bench/questions/sources/dev125/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev125 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev123; dev124, dev126 and dev127 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev125.py build [--only NAME]
    uv run python scripts/make_questions_dev125.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev125"

ALZHEIMERS = r"alzheimer"
POSTNATAL_CARE = r"postnatal|post-natal|postpartum"
ADVERSE_CHILDHOOD = (
    r"adverse childhood|childhood adversity|adverse experiences in childhood|\bACEs?\b"
)
RECRUITMENT_AND_RETENTION = (
    r"recruitment and retention|staff retention|retention of staff|recruit and retain"
    r"|recruiting and retaining|staff turnover|workforce retention|nurse retention"
)
SNORING = r"snor"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ALZHEIMERS,
    "x02": POSTNATAL_CARE,
    "x03": ADVERSE_CHILDHOOD,
    "x04": RECRUITMENT_AND_RETENTION,
    "x05": SNORING,
    "x06": ADVERSE_CHILDHOOD,
    "x07": RECRUITMENT_AND_RETENTION,
    "x08": SNORING,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev124", "dev126", "dev127")
    )


if __name__ == "__main__":
    sys.exit(main())
