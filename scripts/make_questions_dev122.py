"""Build the .docx and .pdf documents of the dev122 split in bench/questions, and check the split.

dev122 holds documents in layouts that none of dev/test or dev2 to dev121 has (see the section
"The dev122 split" of bench/questions/LAYOUTS.md): an orthopaedic shared decision making
masterclass record with a registration list, a patient participation group's open evening with
a who's-who key, a respiratory managed clinical network's steering group minutes with members
and deputies, a lung health roadshow debrief with a floor plan of stands, a staffing listening
session's video transcript with on-screen name captions, an island public meeting on GP
staffing, a talking therapies team's away morning with a ticked circulation list, a
Welsh-language therapists' network meeting, an optometry peer review evening on styes and a
school nursing case huddle on styes; and, as evidence, a Realistic Medicine report chapter, a
kidney decision aid development report, a pharmacy inhaler service evaluation, a research
network's text-only e-bulletin, a union branch members' survey, a corporate risk register
extract, an evidence summary for commissioners, a conference abstract page, a Pharmacy First
audit and an optometry scheme audit summary in questions and answers. Its binaries are built
from bench/questions/sources/dev122/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev122 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev121; dev123 was written beside it).

Usage:
    uv run python scripts/make_questions_dev122.py build [--only NAME]
    uv run python scripts/make_questions_dev122.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev122"

SHARED_DECISION_MAKING = (
    r"shared decision|decisions together|informed choice|what matters to you"
    r"|collaborative decision"
)
RESPIRATORY_HEALTH = (
    r"respiratory|breathless|lung health|lung disease|lung condition|breathing problem"
    r"|\bCOPD\b|asthma"
)
STAFF_SHORTAGES = (
    r"staff(ing)? shortage|workforce shortage|vacanc|understaff|short[- ]staffed"
    r"|short[- ]staffing"
)
PSYCHOLOGICAL_THERAPIES = (
    r"psychological therap|talking therap|psychotherap|psychological (intervention|treatment)"
    r"|\bIAPT\b|\bCBT\b|cognitive behavioural therap"
)
STYES = r"\bstyes?\b|hordeol"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": SHARED_DECISION_MAKING,
    "x02": RESPIRATORY_HEALTH,
    "x03": STAFF_SHORTAGES,
    "x04": PSYCHOLOGICAL_THERAPIES,
    "x05": STYES,
    "x06": PSYCHOLOGICAL_THERAPIES,
    "x07": RESPIRATORY_HEALTH,
    "x08": STYES,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev123",))


if __name__ == "__main__":
    sys.exit(main())
