"""Build the .docx and .pdf documents of the dev8 split in bench/questions, and check the split.

dev8 holds documents in layouts that none of dev/test or dev2 to dev7 has (see the section
"The dev8 split" of bench/questions/LAYOUTS.md): a GP practice newsletter, an appreciative
inquiry report, a study visit report, an HSC Trust Chief Executive's report, a webinar Q&A
transcript, a WhatsApp group export, a graphic harvest text description, fishbowl notes, a
Schwartz Round summary and a social media thread; and, as evidence, a Royal College
consultation response with signatories, a journal letter, a rural health needs assessment
summary, an A3 improvement report, a Scottish Health Technologies Group advice statement, a
hospice "Our year" timeline page, a preprint landing page, an analysis repository README, an
infographic text version and a peer-review panel feedback summary. Its binaries are built from
bench/questions/sources/dev8/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev8 folders, topic words and the layouts that
are no longer new.

Usage:
    uv run python scripts/make_questions_dev8.py build [--only NAME]
    uv run python scripts/make_questions_dev8.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev8"

SLEEP = r"\bsleep|insomnia"
RURAL = r"\brural"
SCREENING = r"screening"
HEALTH_LITERACY = r"health literacy|plain language"
LONG_COVID = r"long covid"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": SLEEP,
    "x02": RURAL,
    "x03": SCREENING,
    "x04": HEALTH_LITERACY,
    "x05": LONG_COVID,
    "x06": SLEEP,
    "x07": HEALTH_LITERACY,
    "x08": RURAL,
}


def use_dev8() -> None:
    """Point the dev2 builder's settings (through dev3's hooks) at the dev8 split."""
    dev3.use_split(SPLIT, TOPIC_WORDS, {}, ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7"))


def main(argv: list[str] | None = None) -> int:
    return dev3.run(argv, use_dev8, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
