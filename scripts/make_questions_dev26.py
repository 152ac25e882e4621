"""Build the .docx and .pdf documents of the dev26 split in bench/questions, and check the split.

dev26 holds documents in layouts that none of dev/test or dev2 to dev24 has (see the section
"The dev26 split" of bench/questions/LAYOUTS.md): a Parkinson's cafe volunteers' log book, a
theory of change workshop page, an asylum hotel health drop-in weekly team brief, a photovoice
exhibition debrief, a process mapping session record, a complaint local resolution meeting
note, a church winter night shelter end-of-season review, a by-name list case review note, a
shared document exported with its margin comments and a ToP consensus workshop chart; and, as
evidence, a clinic data report of a migrant health charity, a campaign briefing for MSPs, a
funder's research commissioning brief, an Independent Monitoring Board report extract, a health
board patient leaflet web page, a trial statistical analysis plan, a homelessness monitor key
findings page, an economics working paper with JEL codes, a Bevan Exemplar project summary and
a qualitative study exported as plain text. Its binaries are built from
bench/questions/sources/dev26/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev26 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev24; dev25 was written at the same
time and its layouts were not known).

Usage:
    uv run python scripts/make_questions_dev26.py build [--only NAME]
    uv run python scripts/make_questions_dev26.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev26"

PARKINSONS = r"parkinson"
REFUGEES = r"refugee|asylum|seeking sanctuary|migrant"
GESTATIONAL_DIABETES = r"gestational diabetes|\bGDM\b"
ROUGH_SLEEPING = (
    r"rough sleep|sleeping rough|slept rough|sleeps? rough|street homeless"
    r"|sleeping on the streets"
)
ENDOMETRIOSIS = r"endometriosis"
PELVIC_PAIN = r"pelvic pain"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": PARKINSONS,
    "x02": REFUGEES,
    "x03": GESTATIONAL_DIABETES,
    "x04": ROUGH_SLEEPING,
    "x05": ENDOMETRIOSIS,
    "x06": REFUGEES,
    "x07": ROUGH_SLEEPING,
    "x08": PELVIC_PAIN,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev25",))


if __name__ == "__main__":
    sys.exit(main())
