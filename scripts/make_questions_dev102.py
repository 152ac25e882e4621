"""Build the .docx and .pdf documents of the dev102 split in bench/questions, and check the split.

dev102 holds documents in layouts that none of dev/test or dev2 to dev101 has (see the section
"The dev102 split" of bench/questions/LAYOUTS.md): a pharmacy committee's minutes with a
two-column Present and Guests block and an HRT workshop item, a staff intranet's live Q&A
archive page with an "Answered by" column, a youth homelessness roundtable note with
seat-by-seat introductions, a supported lodgings hosts' peer evening with a sign-in sheet, a
diabetes educators' network note with an initials key and an attendance grid of ticks, course
debrief notes typed on a phone, a nursery toothbrushing forum record with a setting-first
table, a dental survey examiners' calibration day write-up with speakers' notes at the foot, a
leisure centre duty manager's shift log and a rugby club welfare committee's special meeting;
and, as evidence, a primary care medicines data report with a sign-off table, a knowledge bank
catalogue record, a youth charity's research report page, a council scrutiny information
report, a board publication page with a document details table, a two-column evaluation brief
with an author box, a child dental inspection report with initials on its title page, an
annual report chapter with a closing author note, a plain-text community pharmacy clinical
audit and a foot protection re-audit with an inside cover and version control table. Its
binaries are built from bench/questions/sources/dev102/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev102 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev101; dev103 to dev105 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev102.py build [--only NAME]
    uv run python scripts/make_questions_dev102.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev102"

HRT = r"\bHRT\b|hormone replacement"
SOFA_SURFING = r"sofa[ -]?surf|couch[ -]?surf"
STRUCTURED_EDUCATION = r"structured education|self-management education"
TOOTH_DECAY = r"tooth decay|dental decay|dental caries|\bcaries\b|decayed teeth"
ATHLETES_FOOT = r"athlete.s foot|tinea pedis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HRT,
    "x02": SOFA_SURFING,
    "x03": STRUCTURED_EDUCATION,
    "x04": TOOTH_DECAY,
    "x05": ATHLETES_FOOT,
    "x06": SOFA_SURFING,
    "x07": TOOTH_DECAY,
    "x08": ATHLETES_FOOT,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev103", "dev104", "dev105")
    )


if __name__ == "__main__":
    sys.exit(main())
