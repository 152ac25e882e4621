"""Build the .docx and .pdf documents of the dev126 split in bench/questions, and check the split.

dev126 holds documents in layouts that none of dev/test or dev2 to dev123 has (see the section
"The dev126 split" of bench/questions/LAYOUTS.md): a sleep service patient panel's members'
meeting minutes with a numbered roll call, a charity's parents' sleep workshop page with a
session card, a community hospital board round huddle with an initials key, a rapid
improvement event report-out with a role-first team roster, a Tier 3 weight management
redesign morning with a role-first table and speaker asides, a forwarded e-mail of a
facilitators' call with signature blocks, a peer naloxone network's recovery café blog post, a
drug-related deaths panel's thematic learning session with an agency-first membership table, a
tinnitus support group organiser's notes with badge names and a dotted list, and a tinnitus
pathway scoping workshop's breakout group notes; and, as evidence, a journal article's first
page with an affiliation under each author, a university research portal output page, an
improvement hub case study page with a maturity table and a contact card, a plain-text
extraction of a review with running page headers and exhibits, a service evaluation with a
document control table, a repository publication record with surname-first authors, an annual
data report with a back-page colophon, a health intelligence brief with a prepared / checked /
signed-off table, a journal article page with numbered affiliations and an innovation case
study with a project summary card. Its binaries are built from
bench/questions/sources/dev126/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev126 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev123; dev124, dev125 and dev127 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev126.py build [--only NAME]
    uv run python scripts/make_questions_dev126.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev126"

SLEEP = r"\bsleep|insomnia"
INTERMEDIATE_CARE = r"intermediate care|step-up|step-down|step up|step down"
WEIGHT_MANAGEMENT = r"weight management|weight loss|weight-loss|lose weight"
DRUG_USE = (
    r"drug use|drug misuse|drug-related|naloxone|opioid|illicit drug|people who use drugs"
    r"|use drugs"
)
TINNITUS = r"tinnitus"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": SLEEP,
    "x02": INTERMEDIATE_CARE,
    "x03": WEIGHT_MANAGEMENT,
    "x04": DRUG_USE,
    "x05": TINNITUS,
    "x06": SLEEP,
    "x07": INTERMEDIATE_CARE,
    "x08": TINNITUS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev124", "dev125", "dev127")
    )


if __name__ == "__main__":
    sys.exit(main())
