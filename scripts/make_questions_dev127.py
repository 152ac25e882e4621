"""Build the .docx and .pdf documents of the dev127 split in bench/questions, and check the split.

dev127 holds documents in layouts that none of dev/test or dev2 to dev123 has (see the section
"The dev127 split" of bench/questions/LAYOUTS.md): a primary school cluster's ACE practice
exchange sent as a plain-text e-mail with attendance grouped by school, an early years ACE case
clinic record with a consultant panel and a presenter per case, a local dental committee's post
of a decontamination peer visit letter with a cc list, an outbreak control team's closing
meeting with an attendance matrix across its meetings, a health literacy listening session run
through interpreters with a table per language group, a library health information desk
debrief with a branch rota grid, a weight management coaches' group supervision record in a
coach / supervisor two-column table, a weight management co-design workshop write-up with an
end credits roll in dotted leaders, a pharmacotherapy event listing with an organiser card and a
post-event update, and a care home resident-of-the-day review with staff listed by shift; and,
as evidence, a routine enquiry evaluation with numbered postal affiliations on its title page,
an evidence hub quick-read summary with a team of links, a GP practice's IPC annual statement
with leads named by role, a learning newsletter's lead article with a written-by end box, a
letters readability audit with authors and institutions in separate lists, a household survey
topic report with a fieldwork box and an initials-only citation, a plain-text programme
evaluation with a run-on "Prepared by" ending "and staff at", a national audit in Markdown with
a metadata table and acknowledgements in no particular order, a two-column quinine prescribing
review with learning points first, and a rapid evidence answer with a question box and a
colophon. Its binaries are built from bench/questions/sources/dev127/{workshops,evidence}/NAME.src
in the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which
reuses the dev2 parser, writers and check) and only supplies the dev127 folders, topic words and
the layouts that are no longer new (those of dev/test and dev2 to dev123; dev124 to dev126 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev127.py build [--only NAME]
    uv run python scripts/make_questions_dev127.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev127"

ADVERSE_CHILDHOOD = r"adverse childhood|childhood adversit|\bACEs?\b|ACE-aware"
INFECTION_PREVENTION = r"infection prevention|infection control|\bIPC\b|preventing infection"
HEALTH_LITERACY = r"health litera|plain language|plain English|accessible information"
WEIGHT_MANAGEMENT = r"weight management|weight loss|managing weight|manage their weight"
LEG_CRAMPS = r"\bcramp"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ADVERSE_CHILDHOOD,
    "x02": INFECTION_PREVENTION,
    "x03": HEALTH_LITERACY,
    "x04": WEIGHT_MANAGEMENT,
    "x05": LEG_CRAMPS,
    "x06": ADVERSE_CHILDHOOD,
    "x07": INFECTION_PREVENTION,
    "x08": LEG_CRAMPS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev124", "dev125", "dev126")
    )


if __name__ == "__main__":
    sys.exit(main())
