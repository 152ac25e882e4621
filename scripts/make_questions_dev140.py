"""Build the .docx and .pdf documents of the dev140 split in bench/questions, and check the split.

dev140 holds documents in layouts that none of dev/test or dev2 to dev139 has (see the section
"The dev140 split" of bench/questions/LAYOUTS.md): a bronchiectasis patient education day run
sheet with a debrief, a bronchiectasis service away afternoon with a Name | Identification
table, a peer mentors' reflective circle with a first-name key at the end, a newly registered
nurses' peer mentoring matching evening, a Men's Shed health check night, a farmers' health MOT
debrief at a livestock mart, a safety huddle relaunch workshop with a tick-box attendance grid,
a care home safety huddle learning event with speaker biographies, a GAA coaches' workshop on
shin splints and a recruit training case review on shin splints; and, as evidence, a respiratory
managed clinical network annual report, a peer-review manuscript with a complete list of
authors, a university news release with notes to editors, a government social research report,
a public health annual report chapter, a mailing list announcement of a report, a Bevan
Exemplar project report, a regional learning report page, a dissertation summary sheet and a
research digest page. Its binaries are built from
bench/questions/sources/dev140/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev140 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev139; dev141 to dev143 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev140.py build [--only NAME]
    uv run python scripts/make_questions_dev140.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev140"

BRONCHIECTASIS = r"bronchiectasis"
PEER_MENTORING = r"peer[ -]mentor"
HEALTH_CHECKS = r"health[ -]checks?\b|health MOT|health check-up"
SAFETY_HUDDLES = r"huddle"
SHIN_SPLINTS = r"shin splints?|medial tibial stress"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": BRONCHIECTASIS,
    "x02": PEER_MENTORING,
    "x03": HEALTH_CHECKS,
    "x04": SAFETY_HUDDLES,
    "x05": SHIN_SPLINTS,
    "x06": HEALTH_CHECKS,
    "x07": SAFETY_HUDDLES,
    "x08": SHIN_SPLINTS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev141", "dev142", "dev143")
    )


if __name__ == "__main__":
    sys.exit(main())
