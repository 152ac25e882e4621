"""Build the .docx and .pdf documents of the dev47 split in bench/questions, and check the split.

dev47 holds documents in layouts that none of dev/test or dev2 to dev44 has (see the section
"The dev47 split" of bench/questions/LAYOUTS.md): a peer worker community of practice call's
notes with the Teams chat appended, a Tree of Life session record, a lived experience panel's
comments log, a ladder of participation rating session, an in-situ simulation plus / delta
record, an executive patient safety walkround record, a link workers' network meeting with
updates by area, a post-diagnosis group's weather check-in notes, a letter rewrite clinic's
before-and-after page and a Human Library record; and, as evidence, an evaluation question
judgement matrix, a research summary with expert commentary, an involvement payment rates
review, a regional involvement standards framework, a bowtie risk analysis, a patient safety
notice with action deadlines, an LDP standard management information release, a QOF indicator
extract with commentary, a WDES annual report and an equality mainstreaming report page. Its
binaries are built from bench/questions/sources/dev47/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev47 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev44; dev45 and dev46 were
written beside it, at the same time).

Usage:
    uv run python scripts/make_questions_dev47.py build [--only NAME]
    uv run python scripts/make_questions_dev47.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev47"

PEER_SUPPORT = (
    r"peer support|peer-support|peer-to-peer|peer-led|peer led|mutual aid|mutual support"
    r"|peer worker|peer educator|peer supporter|support from peers"
)
LIVED_EXPERIENCE = (
    r"lived experience|living experience|experts? by experience|service user involvement"
    r"|user involvement|public involvement|patient partner|patient representative"
    r"|patient leader|\bPPIE\b|peer researcher"
)
DETERIORATING_PATIENTS = r"deteriorat|early warning score|NEWS2|RESTORE2"
POST_DIAGNOSTIC_SUPPORT = (
    r"post-diagnos|post diagnos|support after a dementia diagnosis|dementia link worker"
)
DYSLEXIA = r"dyslexi"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": PEER_SUPPORT,
    "x02": LIVED_EXPERIENCE,
    "x03": DETERIORATING_PATIENTS,
    "x04": POST_DIAGNOSTIC_SUPPORT,
    "x05": DYSLEXIA,
    "x06": DETERIORATING_PATIENTS,
    "x07": DYSLEXIA,
    "x08": LIVED_EXPERIENCE,
}

# Splits written at the same time as dev47: their layouts were not known to it.
BESIDE = ("dev45", "dev46")


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=BESIDE)


if __name__ == "__main__":
    sys.exit(main())
