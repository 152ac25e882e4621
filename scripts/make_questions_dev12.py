"""Build the .docx and .pdf documents of the dev12 split in bench/questions, and check the split.

dev12 holds documents in layouts that none of dev/test or dev2 to dev11 has (see the section
"The dev12 split" of bench/questions/LAYOUTS.md): a tabletop exercise report, a medical grand
round abstract, a lunch and learn recap e-mail, a wiki talk page, a meeting's action notes grid,
a debate write-up, dot voting results, a SWOT workshop note, a pre-mortem and a simulation
debrief; and, as evidence, written evidence to a Commons committee, a Senedd petition page, a
GRADE evidence profile, an outline business case, a coroner's Regulation 28 report, a health
economics summary, an evidence and gap map, a policy options brief, a Quality Account priority
and a tenant scrutiny report. Its
binaries are built from bench/questions/sources/dev12/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev12 folders, topic words and the
layouts that are no longer new.

Usage:
    uv run python scripts/make_questions_dev12.py build [--only NAME]
    uv run python scripts/make_questions_dev12.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev12"

EPILEPSY = r"epilep|seizure"
DAMP_AND_MOULD = r"damp and mould|\bmould\b|\bdamp\b"
ATRIAL_FIBRILLATION = r"atrial fibrillation"
RECOVERY_COLLEGES = r"recovery college"
SIGHT_LOSS = r"sight loss|sight impair|visual impairment|low vision"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": EPILEPSY,
    "x02": DAMP_AND_MOULD,
    "x03": ATRIAL_FIBRILLATION,
    "x04": RECOVERY_COLLEGES,
    "x05": SIGHT_LOSS,
    "x06": RECOVERY_COLLEGES,
    "x07": DAMP_AND_MOULD,
    "x08": SIGHT_LOSS,
}

EARLIER = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11")


def use_dev12() -> None:
    """Point the dev2 builder's settings (through dev3's hooks) at the dev12 split."""
    dev3.use_split(SPLIT, TOPIC_WORDS, {}, EARLIER)


def main(argv: list[str] | None = None) -> int:
    return dev3.run(argv, use_dev12, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
