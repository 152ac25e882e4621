"""Build the .docx and .pdf documents of the dev142 split in bench/questions, and check the split.

dev142 holds documents in layouts that none of dev/test or dev2 to dev139 has (see the section
"The dev142 split" of bench/questions/LAYOUTS.md): a GP cluster's bowel screening kit return
huddle with an ASCII-boxed key to initials, a community centre's bowel screening morning news
post with left-to-right photo captions, a multimorbidity design session record with a
column-wise seating plan, a GP federation's multimorbidity note of meeting with a speaker column
and an attendance annex, a peer mentoring cohort's reflection afternoon with profile cards, a
thank-you letter after a peer mentoring learning exchange, a workforce planning scenario
workshop's timestamped facilitator log, a bilingual side-by-side rural workforce planning
workshop record, a restless legs support group's typed minutes and a restless legs pathway
review's shared-document notes with @-mention chips; and, as evidence, a bowel screening
interview study with inside-cover credits, a QI project library page with a role-first team
list, a multimorbidity hub evaluation with document control and version history tables, a
research funder's end of grant report form, a community fund end of grant report export with
numbered questions, a peer mentoring evaluation with a colophon last, an internal audit
report, a professional body's UK-wide survey blog post with a footnote and author bios, a
prescribing bulletin with a "Prepared by" box and a MEDLINE record pasted into a library
e-mail. Its binaries are built from bench/questions/sources/dev142/{workshops,evidence}/NAME.src
in the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which
reuses the dev2 parser, writers and check) and only supplies the dev142 folders, topic words
and the layouts that are no longer new (those of dev/test and dev2 to dev139; dev140, dev141
and dev143 were written beside it).

Usage:
    uv run python scripts/make_questions_dev142.py build [--only NAME]
    uv run python scripts/make_questions_dev142.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev142"

BOWEL_SCREENING = r"bowel (cancer )?screening|colorectal (cancer )?screening"
MULTIMORBIDITY = (
    r"multimorbid|multi-morbid|multiple long[- ]term conditions"
    r"|multiple (health|chronic) conditions|\bMLTC\b"
)
PEER_MENTORING = r"peer[- ]mentor"
WORKFORCE_PLANNING = r"workforce plan|workforce model|workforce projection"
RESTLESS_LEGS = r"restless legs|willis-ekbom"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": BOWEL_SCREENING,
    "x02": MULTIMORBIDITY,
    "x03": PEER_MENTORING,
    "x04": WORKFORCE_PLANNING,
    "x05": RESTLESS_LEGS,
    "x06": BOWEL_SCREENING,
    "x07": MULTIMORBIDITY,
    "x08": RESTLESS_LEGS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev140", "dev141", "dev143")
    )


if __name__ == "__main__":
    sys.exit(main())
