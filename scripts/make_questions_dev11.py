"""Build the .docx and .pdf documents of the dev11 split in bench/questions, and check the split.

dev11 holds documents in layouts that none of dev/test or dev2 to dev10 has (see the section
"The dev11 split" of bench/questions/LAYOUTS.md): a GP federation's AGM minutes, a health
board's "week in the life" staff blog, a carers' centre newsletter item, a young carers'
forum zine, a Llais engagement visit report, a QI driver diagram narrative, a patient leaflet
readers' panel's minutes, a council health overview and scrutiny committee's minutes, a
training course feedback summary and a whiteboard's sticky notes exported as CSV; and, as
evidence, a Scottish Government engagement analysis, a REF impact case study, a national
audit spotlight, a shared decision making toolkit page, a patient safety incident
investigation report, an Ombudsman's casebook summary, a House of Commons Library briefing, a
horizon scanning bulletin, a Royal College position statement and an opinion piece. Its
binaries are built from bench/questions/sources/dev11/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev11 folders, topic words and the
layouts that are no longer new.

Usage:
    uv run python scripts/make_questions_dev11.py build [--only NAME]
    uv run python scripts/make_questions_dev11.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev11"

PRESSURE_ULCERS = r"pressure ulcer|pressure sore|pressure damage|pressure injur"
CHRONIC_PAIN = r"chronic pain|persistent pain|pain management|pain clinic"
CARDIAC_REHAB = r"cardiac rehab"
YOUNG_CARERS = r"young carer"
DYSPHAGIA = r"dysphagia|swallow"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": PRESSURE_ULCERS,
    "x02": CHRONIC_PAIN,
    "x03": CARDIAC_REHAB,
    "x04": YOUNG_CARERS,
    "x05": DYSPHAGIA,
    "x06": PRESSURE_ULCERS,
    "x07": YOUNG_CARERS,
    "x08": DYSPHAGIA,
}

EARLIER = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10")


def use_dev11() -> None:
    """Point the dev2 builder's settings (through dev3's hooks) at the dev11 split."""
    dev3.use_split(SPLIT, TOPIC_WORDS, {}, EARLIER)


def main(argv: list[str] | None = None) -> int:
    return dev3.run(argv, use_dev11, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
