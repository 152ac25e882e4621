"""Build the .docx and .pdf documents of the dev145 split in bench/questions, and check the split.

dev145 holds documents in layouts that none of dev/test or dev2 to dev143 has (see the section
"The dev145 split" of bench/questions/LAYOUTS.md): a supervised toothbrushing supervisors'
refresher exported from a shared pad, a learning visit's programme and notes, a co-design
session's recap page with invite responses, a dot-voting record, an outbreak control team's
closing record, an infection prevention link practitioners' day round-up with speaker cards, a
chart surgery's running notes, a board development seminar note, a nursery heatwave debrief and
a care home hot weather huddle; and, as evidence, a local oral health survey report with an
information reader box, a local statistics page with accordions, a doctoral service-related
research project, a charity's plain-text programme evaluation, a point prevalence survey with
footnoted authors, an infection prevention annual report with a signed foreword, an
improvement story page with a team sidebar, a performance report review with a sign-off table,
a pharmacy data note and an outdoor workers' survey with a how-to-cite block. Its binaries are
built from bench/questions/sources/dev145/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev145 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev143; dev144, dev146 and dev147 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev145.py build [--only NAME]
    uv run python scripts/make_questions_dev145.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev145"

TOOTH_DECAY = r"tooth decay|dental decay|dental caries|decayed teeth"
BINGE_EATING = r"binge[ -]eat"
HEALTHCARE_ASSOCIATED_INFECTIONS = (
    r"healthcare[- ]associated infection|hospital[- ]acquired infection|\bHCAI\b"
)
STATISTICAL_PROCESS_CONTROL = r"statistical process control|control chart|run chart|\bSPC\b"
HEAT_RASH = r"heat rash|prickly heat|miliaria"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": TOOTH_DECAY,
    "x02": BINGE_EATING,
    "x03": HEALTHCARE_ASSOCIATED_INFECTIONS,
    "x04": STATISTICAL_PROCESS_CONTROL,
    "x05": HEAT_RASH,
    "x06": TOOTH_DECAY,
    "x07": STATISTICAL_PROCESS_CONTROL,
    "x08": HEAT_RASH,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev144", "dev146", "dev147")
    )


if __name__ == "__main__":
    sys.exit(main())
