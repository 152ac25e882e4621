"""Build the .docx and .pdf documents of the dev132 split in bench/questions, and check the split.

dev132 holds documents in layouts that none of dev/test or dev2 to dev128 has (see the section
"The dev132 split" of bench/questions/LAYOUTS.md): a co-production network steering group's
notes with tick-column membership tables, a co-design partners' reflective session with an
initials key at the foot, a rural practice's winter rota review with its attendees in a
collapsed details block, a health and wellbeing board's rural listening workshop in two working
groups, a cost of living partnership's web minutes by agenda item, a warm space volunteers'
letter to partners with a signature table, a whole systems healthy weight mapping workshop with
an organisation-first roll call, a community football trust's news post on a family healthy
weight programme, an eye strain toolbox talk attendance record and a team retrospective export
with @handles; and, as evidence, an integrated care board's learning review page, a commissioned
evaluation with its authors on the verso of the title page, a government social research
report, a journal article landing page, a charity's plain-text survey report, a two-column
rapid needs assessment, a public health annual report chapter, a funded research summary with
a research team grid, a staff survey data story and a short report with asterisked author
footnotes. Its binaries are built from bench/questions/sources/dev132/{workshops,evidence}/
NAME.src in the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder
(which reuses the dev2 parser, writers and check) and only supplies the dev132 folders, topic
words and the layouts that are no longer new (those of dev/test and dev2 to dev128; dev129 to
dev131 were written beside it).

Usage:
    uv run python scripts/make_questions_dev132.py build [--only NAME]
    uv run python scripts/make_questions_dev132.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev132"

CO_PRODUCTION = r"co-?produc|coproduc|co-design"
RURAL_HEALTH = r"\brural|rurality"
POVERTY = (
    r"poverty|cost[ -]of[ -]living|financial hardship|low[ -]income|money worries"
    r"|destitution"
)
HEALTHY_WEIGHT = r"healthy weight|obes|overweight|excess weight|weight loss|weight management"
EYE_STRAIN = (
    r"eye ?strain|digital eye|screen fatigue|computer vision syndrome|asthenopia"
    r"|sore eyes|tired eyes"
)

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CO_PRODUCTION,
    "x02": RURAL_HEALTH,
    "x03": POVERTY,
    "x04": HEALTHY_WEIGHT,
    "x05": EYE_STRAIN,
    "x06": CO_PRODUCTION,
    "x07": POVERTY,
    "x08": EYE_STRAIN,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev129", "dev130", "dev131")
    )


if __name__ == "__main__":
    sys.exit(main())
