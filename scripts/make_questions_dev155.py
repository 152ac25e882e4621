"""Build the .docx and .pdf documents of the dev155 split in bench/questions, and check the split.

dev155 holds documents in layouts that none of dev/test or dev2 to dev151 has (see the section
"The dev155 split" of bench/questions/LAYOUTS.md): a joint pain class instructors' group minute
with a two-column Present table and time and videoconference annotations, a local news story on
an arthritis support group's tenth birthday with a photo caption, a stroke managed clinical
network minute with a run-on Present list of honorifics and initials, an aphasia-friendly group
record with a picture / name / job table, a HackMD wash-up of a pharmacy flu season, a Trust's
personal and public involvement record with attendees grouped by service users, staff and
partners, a GP quality cluster minute with attendees under category headings, a health board
blog post on blood pressure checks after Friday prayers with a run-on panel sentence, a rapid
improvement event report-out slide pack with a team roles table and a pharmacy cluster peer
review evening with a numbered roll of attendance; and, as evidence, a conference abstract
book page, a PubMed-style abstract record in Markdown, a journal article page with ORCID
numbers and author contributions by initials, a university repository record with surname-first
citation, a pharmacy trade magazine service profile, an MkDocs evaluation with admonitions and a
document control table, a project closure report, a charity evaluation with a theory of change
table, a health board referral guidance page with page authors at the foot and a journal article
web page saved as text with a bulleted author list.
Its binaries are built from bench/questions/sources/dev155/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev155 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev151; dev152 to dev154 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev155.py build [--only NAME]
    uv run python scripts/make_questions_dev155.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev155"

ARTHRITIS = r"arthrit"
STROKE_REHABILITATION = r"\bstroke"
FLU_VACCINATION = r"\bflu\b|influenza"
HIGH_BLOOD_PRESSURE = r"blood pressure|hypertensi"
HAEMORRHOIDS = r"haemorrhoid|hemorrhoid|\bpiles\b"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ARTHRITIS,
    "x02": STROKE_REHABILITATION,
    "x03": FLU_VACCINATION,
    "x04": HIGH_BLOOD_PRESSURE,
    "x05": HAEMORRHOIDS,
    "x06": FLU_VACCINATION,
    "x07": HIGH_BLOOD_PRESSURE,
    "x08": HAEMORRHOIDS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev152", "dev153", "dev154")
    )


if __name__ == "__main__":
    sys.exit(main())
