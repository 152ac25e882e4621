"""Build the .docx and .pdf documents of the dev68 split in bench/questions, and check the split.

dev68 holds documents in layouts that none of dev/test or dev2 to dev64 has (see the section
"The dev68 split" of bench/questions/LAYOUTS.md): a virtual ward's remote monitoring alert
threshold review, a virtual ward and ambulance interface meeting, a cervical screening call
and recall process mapping session, a sample takers' update training record, a learning
disability health checks improvement group with a practice tracker, an acute liaison nurses'
case review with a hospital passport checklist, a walk leaders' get-together, a health walks
partnership steering group's minutes with route returns, a Raynaud's awareness stall
volunteers' debrief and a toolbox talk record on vibration white finger; and, as evidence, a
virtual wards patient experience survey report, a Hospital at Home annual report, a cervical
screening home testing kit pilot evaluation, a practice coverage data briefing, a LeDeR annual
report summary page, a regional health check uptake audit, a health walks outcome evaluation,
walk attendance dataset release notes, a nailfold capillaroscopy clinic audit and a charity's
cold homes survey briefing. Its binaries are built from
bench/questions/sources/dev68/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev68 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev64; dev65 to dev67 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev68.py build [--only NAME]
    uv run python scripts/make_questions_dev68.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev68"

VIRTUAL_WARDS = r"virtual wards?|hospital[ -]at[ -]home"
CERVICAL_SCREENING = r"cervical|smear test|pap smear"
LEARNING_DISABILITIES = (
    r"learning disabilit|learning disabled|intellectual disabilit|learning difficult"
)
WALKING_GROUPS = (
    r"walking groups?|walk leaders?|health walks?|group walks?|short walks?|walking for health"
)
RAYNAUDS = r"raynaud"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": VIRTUAL_WARDS,
    "x02": CERVICAL_SCREENING,
    "x03": LEARNING_DISABILITIES,
    "x04": WALKING_GROUPS,
    "x05": RAYNAUDS,
    "x06": CERVICAL_SCREENING,
    "x07": VIRTUAL_WARDS,
    "x08": RAYNAUDS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev65", "dev66", "dev67")
    )


if __name__ == "__main__":
    sys.exit(main())
