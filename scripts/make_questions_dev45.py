"""Build the .docx and .pdf documents of the dev45 split in bench/questions, and check the split.

dev45 holds documents in layouts that none of dev/test or dev2 to dev44 has (see the section
"The dev45 split" of bench/questions/LAYOUTS.md): a Troika Consulting rounds record, a 4Ls
retrospective grid, a ladder of participation self-rating exercise, a Slido Q&A export with the
host's recap, a barbershop blood pressure pop-up debrief sheet, a force field analysis session
record, a Café Scientifique evening write-up, a memory service diagnostic consensus meeting list,
a hopes and fears exercise record and a stay and play register with notes; and, as evidence, a
Workforce Race Equality Standard indicator report, an ethnicity pay gap report page, a journal
article with a themes and quotes table, an evaluation funder's headline findings with a security
rating, a standards self-assessment RAG return, a repository cover sheet with an accepted
manuscript, a library evidence search results pack, a "meet the researcher" interview page, a
pilot report with a specimen form page and a minister's reply to a Member's letter. Its binaries
are built from bench/questions/sources/dev45/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev45 folders, topic words and the layouts
that are no longer new (those of dev/test and of dev2 to dev44).

Usage:
    uv run python scripts/make_questions_dev45.py build [--only NAME]
    uv run python scripts/make_questions_dev45.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev45"

PEER_MENTORING = r"peer[- ]mentor"
CO_PRODUCTION = r"co-?produc|co-?design"
RACIAL_INEQUALITIES = (
    r"racial inequalit|race equality|race inequalit|ethnic (?:inequalit|disparit)"
    r"|racial disparit|racial equity|ethnicity pay gap"
)
MEMORY_CLINICS = r"memory clinic|memory assessment service|memory service"
DOWN_SYNDROME = r"down'?s syndrome|down syndrome|trisomy 21"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": PEER_MENTORING,
    "x02": CO_PRODUCTION,
    "x03": RACIAL_INEQUALITIES,
    "x04": MEMORY_CLINICS,
    "x05": DOWN_SYNDROME,
    "x06": PEER_MENTORING,
    "x07": MEMORY_CLINICS,
    "x08": DOWN_SYNDROME,
}


def main(argv: list[str] | None = None) -> int:
    # dev3.split_main takes every split from dev2 to dev44 as earlier, so their layouts are old.
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
