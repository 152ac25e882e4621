"""Build the .docx and .pdf documents of the dev5 split in bench/questions, and check the split.

dev5 holds documents in layouts that none of dev/test, dev2, dev3 or dev4 has (see the section
"The dev5 split" of bench/questions/LAYOUTS.md): patient participation group and HSC Trust
minutes, a co-production event report, YAML notes, an e-mail thread, a Jira issue, a note with
Welsh headings, a Teams recap, PowerPoint notes pages, a flipchart write-up, an Enter and View
report, a trial registry record, a 7 minute briefing, a long read with pull quotes, a learning
from deaths report, a public health annual report, a thesis record, a plain language summary,
a news article and a gov.scot publication page. Its binaries are built from
bench/questions/sources/dev5/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev5 folders, topic words and the layouts
that are no longer new.

Usage:
    uv run python scripts/make_questions_dev5.py build [--only NAME]
    uv run python scripts/make_questions_dev5.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev5"

DISCHARGE = r"discharg|patient flow|delayed transfer"
RESPIRATORY = r"copd|respirator|pulmonary|breathless|asthma|inhaler"
DOMESTIC_ABUSE = r"domestic abuse|domestic violence|coercive control"
NEURODIVERSITY = r"autis|adhd|neurodiver|neurodevelopment"
CONTINENCE = r"continence|bladder|pelvic floor"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": DISCHARGE,
    "x02": RESPIRATORY,
    "x03": DOMESTIC_ABUSE,
    "x04": NEURODIVERSITY,
    "x05": CONTINENCE,
    "x06": NEURODIVERSITY,
    "x07": RESPIRATORY,
    "x08": DOMESTIC_ABUSE,
}


def use_dev5() -> None:
    """Point the dev2 builder's settings (through dev3's hooks) at the dev5 split."""
    dev3.use_split(SPLIT, TOPIC_WORDS, {}, ("dev2", "dev3", "dev4"))


def main(argv: list[str] | None = None) -> int:
    return dev3.run(argv, use_dev5, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
