"""Build the .docx and .pdf documents of the dev17 split in bench/questions, and check the split.

dev17 holds documents in layouts that none of dev/test or dev2 to dev16 has (see the section
"The dev17 split" of bench/questions/LAYOUTS.md): a Scottish community council's public
minutes, a telephone conference note with one paragraph per speaker, a community asset mapping
workshop record, a multi-agency learning event in bullets, a service user forum chair's
newsletter column, a patient association AGM running order with speaker notes, a speed
networking evening, a self-management course tutor record, a group clinical supervision record
and a research sandpit report; and, as evidence, a Senedd Research article, a local authority
equality impact assessment, a GIRFT-style specialty report summary, a commissioning needs
analysis, a community transport operator's annual return, a charity's state of the nation
summary, a trade journal practice article, a patient experience survey results page, a
university newsroom story and a workforce census summary. Its binaries are built from
bench/questions/sources/dev17/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev17 folders, topic words and the layouts
that are no longer new.

Usage:
    uv run python scripts/make_questions_dev17.py build [--only NAME]
    uv run python scripts/make_questions_dev17.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev17"

HEART_FAILURE = r"heart failure"
CHRONIC_KIDNEY_DISEASE = r"kidney|\bCKD\b"
COMMUNITY_TRANSPORT = r"community transport|dial-a-ride|dial-a-bus|community car scheme"
RESPITE_CARE = r"respite|short breaks?\b"
LUPUS = r"lupus"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HEART_FAILURE,
    "x02": CHRONIC_KIDNEY_DISEASE,
    "x03": COMMUNITY_TRANSPORT,
    "x04": RESPITE_CARE,
    "x05": LUPUS,
    "x06": RESPITE_CARE,
    "x07": CHRONIC_KIDNEY_DISEASE,
    "x08": LUPUS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
