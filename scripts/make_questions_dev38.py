"""Build the .docx and .pdf documents of the dev38 split in bench/questions, and check the split.

dev38 holds documents in layouts that none of dev/test or dev2 to dev36 has (see the section
"The dev38 split" of bench/questions/LAYOUTS.md): a pain management programme graduates'
reunion notes, a pain café visitor book with hosts' notes, a young adults' type 1 diabetes
transition evening, a family weekend leaders' debrief, a severe weather emergency protocol
(SWEP) activation review call note, a peer researchers' analysis day record, a nature
prescription referrers' breakfast briefing, hospital volunteers' council minutes, a tinnitus
group therapy session sheet and a retired nurses' coffee morning; and, as evidence, a charity
policy report summary with an asks table, a technology appraisal final draft guidance summary,
an observatory topic page with tabs, a commissioned report summary sheet, a funded research
project digest page, a CASP critical appraisal worksheet, a local news investigation with a
method box, a service evaluation letter to commissioners, an evaluation technical appendix of
sample tables and a charity research briefing with a glossary. Its binaries are built from
bench/questions/sources/dev38/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev38 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev36; dev37 was written at the same
time, apart, so its layouts were not known).

Usage:
    uv run python scripts/make_questions_dev38.py build [--only NAME]
    uv run python scripts/make_questions_dev38.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev38"

CHRONIC_PAIN = (
    r"chronic pain|persistent pain|long[- ]term pain|pain management|pain services?\b"
    r"|pain clinic"
)
TYPE_1_DIABETES = r"type 1 diabetes|type one diabetes|type 1 diabetic|\bT1DM?\b"
ROUGH_SLEEPING = r"rough sleep|sleeping rough|slept rough|sleeps? rough|street homeless|bedded down"
GREEN_SOCIAL_PRESCRIBING = (
    r"green social prescrib|green prescri|nature prescri|nature on prescription"
    r"|social prescrib|link worker"
)
TINNITUS = r"tinnitus|ringing in the ears"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CHRONIC_PAIN,
    "x02": TYPE_1_DIABETES,
    "x03": ROUGH_SLEEPING,
    "x04": GREEN_SOCIAL_PRESCRIBING,
    "x05": TINNITUS,
    "x06": CHRONIC_PAIN,
    "x07": GREEN_SOCIAL_PRESCRIBING,
    "x08": TINNITUS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev37",))


if __name__ == "__main__":
    sys.exit(main())
