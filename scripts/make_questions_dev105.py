"""Build the .docx and .pdf documents of the dev105 split in bench/questions, and check the split.

dev105 holds documents in layouts that none of dev/test or dev2 to dev101 has (see the section
"The dev105 split" of bench/questions/LAYOUTS.md): a frailty simulation faculty debrief with a
post-nominal faculty roll, an Acute Care at Home CGA practice development group's minutes, a
diabetes educators' network call note with a surname-first roll call, an engagement site's
project update on a structured education course, a young people's homelessness panel record
with a "Who's who" box, a hidden homelessness mapping workshop with pronouns in its attendance
table, an AI triage hazard identification workshop, an AI scribe learning set's round robin, a
school threadworm cluster debrief and a community pharmacy huddle on threadworms; and, as
evidence, a care home CGA evidence brief, a Hospital at Home improvement report page, a
structured education clinical audit, a DAFNE waiting list review, a charity's sofa surfing
research page, a youth housing research bulletin in plain text, an AI chest X-ray triage
evaluation, a rapid evidence summary on large language models, a threadworm data note and a
threadworm prescribing short communication. Its binaries are built from
bench/questions/sources/dev105/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev105 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev101; dev102 to dev104 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev105.py build [--only NAME]
    uv run python scripts/make_questions_dev105.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev105"

GERIATRIC_ASSESSMENT = r"comprehensive geriatric assessment|geriatric assessment|\bCGA\b"
STRUCTURED_EDUCATION = r"structured education|self-management education"
SOFA_SURFING = r"sofa[ -]surf|couch[ -]surf"
ARTIFICIAL_INTELLIGENCE = (
    r"artificial intelligence|machine learning|large language model|generative AI|\bAI\b"
)
THREADWORMS = r"threadworm|pinworm|enterobi"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": GERIATRIC_ASSESSMENT,
    "x02": STRUCTURED_EDUCATION,
    "x03": SOFA_SURFING,
    "x04": ARTIFICIAL_INTELLIGENCE,
    "x05": THREADWORMS,
    "x06": GERIATRIC_ASSESSMENT,
    "x07": ARTIFICIAL_INTELLIGENCE,
    "x08": THREADWORMS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev102", "dev103", "dev104")
    )


if __name__ == "__main__":
    sys.exit(main())
