"""Build the .docx and .pdf documents of the dev25 split in bench/questions, and check the split.

dev25 holds documents in layouts that none of dev/test or dev2 to dev24 has (see the section
"The dev25 split" of bench/questions/LAYOUTS.md): a Six Thinking Hats session record, a heart
failure escape room debrief, a young carers' festival graffiti wall write-up, a photovoice
exhibition page, an Armed Forces Covenant partnership forum's minutes with a rolling action log,
a visit note from a veterans' breakfast club, a multi-agency discharge event (MADE) daily sitrep,
a long stay review panel note, a church Health Sunday session note and a pecha kucha night
write-up; and, as evidence, a medtech innovation briefing, a research funder's award outcome
record, survey topline results, an evidence toolkit strand page, a Commons Library debate pack,
a ministerial submission released under FOI, a visual abstract, a journal full-text page with
tabs, a national safety investigation report and a free-text coding frame. Its binaries are
built from bench/questions/sources/dev25/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev25 folders and topic words; the layouts of
dev2 to dev24 (dev13 to dev24 included) are old.

Usage:
    uv run python scripts/make_questions_dev25.py build [--only NAME]
    uv run python scripts/make_questions_dev25.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev25"

HEART_FAILURE = r"heart failure|cardiac failure"
YOUNG_CARERS = r"young carer|young adult carer|child carer|young people who care"
VETERANS = r"veteran|armed forces|ex-service|service leaver|ex-forces|ex-military"
HOSPITAL_DISCHARGE = (
    r"discharge|leaving hospital|leave hospital|left hospital|home from hospital"
    r"|transfer of care|patient flow|bed.blocking|delayed transfer"
)
DELAYED_DISCHARGE = r"delayed discharge|delayed transfer|discharge delay|bed.blocking"
SICKLE_CELL = r"sickle"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HEART_FAILURE,
    "x02": YOUNG_CARERS,
    "x03": VETERANS,
    "x04": HOSPITAL_DISCHARGE,
    "x05": SICKLE_CELL,
    "x06": SICKLE_CELL,
    "x07": YOUNG_CARERS,
    "x08": DELAYED_DISCHARGE,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
