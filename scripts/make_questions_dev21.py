"""Build the .docx and .pdf documents of the dev21 split in bench/questions, and check the split.

dev21 holds documents in layouts that none of dev/test or dev2 to dev19 has (see the section
"The dev21 split" of bench/questions/LAYOUTS.md): a Royal College regional study day's session
write-ups, a perinatal mortality review meeting summary, a trade union branch committee's
minutes, a Team Time reflective session record, a learning from excellence huddle note, a
Breathe Easy support group secretary's notes, a Project ECHO session record, a British Sign
Language interpreted community session record, an arts evaluation sharing session write-up and
an artist's session record sheets; and, as evidence, a confidential enquiry summary, a staff
survey local results page, a guideline committee's discussion of the evidence, an academic
explainer article with a disclosure statement, an audiology service annual report, a
regulator's thematic review summary, an indicator chart page, a university policy briefing with
an author box, a Senedd committee chair's letter and a parliamentary science office briefing
note. Its binaries are built from bench/questions/sources/dev21/{workshops,evidence}/NAME.src in
the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev21 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev19; dev20 was written beside
it, at the same time, and its layouts were not known).

Usage:
    uv run python scripts/make_questions_dev21.py build [--only NAME]
    uv run python scripts/make_questions_dev21.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev21"

STILLBIRTH = r"stillb|stillborn"
BURNOUT = r"burn-?out|burnt out|emotional exhaustion"
ARTS_ON_PRESCRIPTION = r"arts?[ -]on[ -]prescription|arts?[ -]on[ -]referral"
TINNITUS = r"tinnitus|ringing in the ears"
PULMONARY_REHABILITATION = r"pulmonary rehab"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": STILLBIRTH,
    "x02": BURNOUT,
    "x03": ARTS_ON_PRESCRIPTION,
    "x04": TINNITUS,
    "x05": PULMONARY_REHABILITATION,
    "x06": PULMONARY_REHABILITATION,
    "x07": TINNITUS,
    "x08": BURNOUT,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev20",))


if __name__ == "__main__":
    sys.exit(main())
