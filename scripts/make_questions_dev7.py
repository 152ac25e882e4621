"""Build the .docx and .pdf documents of the dev7 split in bench/questions, and check the split.

dev7 holds documents in layouts that none of dev/test or dev2 to dev6 has (see the section
"The dev7 split" of bench/questions/LAYOUTS.md): NHS foundation trust Council of Governors
minutes, a Welsh health board patient story paper, a "Dear colleague" follow-up letter, an Open
Space book of proceedings, a Confluence meeting-notes page, a community of practice show and tell
roundup, a calendar invitation with notes added after the meeting, a project lessons log, an
annotated agenda with outcomes and a sign-in sheet, podcast show notes; and, as evidence, a
council scrutiny report with a contact officer box, a Section 75 equality screening form, an
awards entry form, a journal short report with superscript affiliations and a contributors
statement, a fact sheet with numbered sources, an NIHR funding award page, a "What matters to
you?" case write-up, a Delphi consensus summary, a charity's "year in numbers" page and a network
annual report chapter with a chapter lead. Its binaries are built from
bench/questions/sources/dev7/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev7 folders, topic words and the layouts that
are no longer new.

Usage:
    uv run python scripts/make_questions_dev7.py build [--only NAME]
    uv run python scripts/make_questions_dev7.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev7"

BEREAVEMENT = r"bereave|grief|grieving"
SEXUAL_HEALTH = (
    r"sexual health|sexually transmitted|contracepti|\bHIV\b|\bPrEP\b|chlamydia|gonorrh|syphilis"
)
HEALTHY_WEIGHT = r"healthy weight|obes|overweight|weight management|weight loss"
TRAUMA = r"trauma"
ENDOMETRIOSIS = r"endometrio"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": BEREAVEMENT,
    "x02": SEXUAL_HEALTH,
    "x03": HEALTHY_WEIGHT,
    "x04": TRAUMA,
    "x05": ENDOMETRIOSIS,
    "x06": BEREAVEMENT,
    "x07": HEALTHY_WEIGHT,
    "x08": SEXUAL_HEALTH,
}


def use_dev7() -> None:
    """Point the dev2 builder's settings (through dev3's hooks) at the dev7 split."""
    dev3.use_split(SPLIT, TOPIC_WORDS, {}, ("dev2", "dev3", "dev4", "dev5", "dev6"))


def main(argv: list[str] | None = None) -> int:
    return dev3.run(argv, use_dev7, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
