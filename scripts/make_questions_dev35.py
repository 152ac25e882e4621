"""Build the .docx and .pdf documents of the dev35 split in bench/questions, and check the split.

dev35 holds documents in layouts that none of dev/test or dev2 to dev34 has (see the section
"The dev35 split" of bench/questions/LAYOUTS.md): a respiratory team's meeting kept as Cornell
notes, a Singing for Lung Health leaders' debrief, a perinatal peer supporters' reflective
circle record, a Mental Health First Aid refresher log with scenario cards, a warm spaces
network's winter review with a venue table, a community pantry's rota meeting minutes, an Armed
Forces Covenant champions' breakfast note with a table plan, a veterans' allotment project's
committee minutes, a line-numbered patient panel transcript excerpt and a SharePoint list view
of a working group's meeting log; and, as evidence, a charity audit summary with a nation
scorecard, an expert reaction roundup, the text alternative of a service map with a RAG table,
a slide handout printed three to a page, a myth and reality explainer, a data brief with
question headings, a Delphi consensus study report, a radio newsroom script with clip cues, a
logframe evaluation report and a research collection page. Its binaries are built from
bench/questions/sources/dev35/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev35 folders and topic words; the layouts of
dev/test and dev2 to dev34 are those that are no longer new.

Usage:
    uv run python scripts/make_questions_dev35.py build [--only NAME]
    uv run python scripts/make_questions_dev35.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev35"

COPD = r"\bCOPD\b|chronic obstructive"
PERINATAL_MENTAL_HEALTH = (
    r"perinatal|maternal mental|postnatal depression|antenatal depression|postnatal mental"
    r"|antenatal mental|mother and baby unit"
)
FUEL_POVERTY = r"fuel pover|fuel poor|cold homes?\b|energy pover|heat or eat|heating or eating"
VETERANS = r"veteran|ex-service|armed forces|ex-forces|ex-military|service leavers"
ENDOMETRIOSIS = r"endometrio"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": COPD,
    "x02": PERINATAL_MENTAL_HEALTH,
    "x03": FUEL_POVERTY,
    "x04": VETERANS,
    "x05": ENDOMETRIOSIS,
    "x06": COPD,
    "x07": FUEL_POVERTY,
    "x08": VETERANS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
