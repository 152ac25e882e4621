"""Build the .docx and .pdf documents of the dev147 split in bench/questions, and check the split.

dev147 holds documents in layouts that none of dev/test or dev2 to dev143 has (see the section
"The dev147 split" of bench/questions/LAYOUTS.md): a young adults' type 1 diabetes transition
group's typed flipchart notes, a type 1 diabetes parents' evening on a charity's news page, a
nursery toothbrushing supervisors' refresher with a sign-in sheet, an oral health partnership
workshop's output slides, an infection control link practitioners' study day with a task-list
sign-in, a post-infection review learning panel's minutes with an initials key, an SPC coaching
clinic's event page, a ward team's SPC chart review huddle, a trade union branch's safety reps'
meeting on sore heels and a community podiatry class redesign note with callouts; and, as
evidence, a flash glucose monitoring service evaluation, a report library entry on growing up
with type 1 diabetes, an oral health programme's monitoring report, a shared learning
submission form on toothbrushing in special schools, a point prevalence survey summary, a
Trust's annual infection prevention report, a Quarto-rendered evaluation of SPC in board
reports, a two-column improvement bulletin article on control charts, a staff wellbeing wiki
page on heel pain and a research portal's thesis record on sore heels in young footballers.
Its binaries are built from bench/questions/sources/dev147/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev147 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev143; dev144 to dev146 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev147.py build [--only NAME]
    uv run python scripts/make_questions_dev147.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev147"

TYPE_1_DIABETES = r"type 1 diabet|type one diabet|\bT1DM?\b"
TOOTH_DECAY = r"tooth decay|dental decay|dental caries|decayed teeth|\bcaries\b"
HCAI = r"healthcare[- ]associated infection|hospital[- ]acquired infection|\bHCAIs?\b"
SPC = (
    r"statistical process control|control charts?|run charts?|\bSPC\b|special cause"
    r"|common cause"
)
SORE_HEELS = r"sore heels?|heel pain|painful heels?|sever's disease|calcaneal apophysitis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": TYPE_1_DIABETES,
    "x02": TOOTH_DECAY,
    "x03": HCAI,
    "x04": SPC,
    "x05": SORE_HEELS,
    "x06": TOOTH_DECAY,
    "x07": SPC,
    "x08": SORE_HEELS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev144", "dev145", "dev146")
    )


if __name__ == "__main__":
    sys.exit(main())
