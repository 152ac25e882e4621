"""Build the .docx and .pdf documents of the dev65 split in bench/questions, and check the split.

dev65 holds documents in layouts that none of dev/test or dev2 to dev64 has (see the section
"The dev65 split" of bench/questions/LAYOUTS.md): a listening volunteers' branch learning
evening, suicide awareness trainers' peer reflection day, a dental practice team meeting in
plain text, a health visitors' Lift the Lip skills session, an HR attendance panel learning
review, a ward managers' supporting attendance clinic, a telecare responders' monthly case
review with a call log, a telecare users' reference group's minutes, a skin clinic patient
focus group and a dermatology nurses' study morning; and, as evidence, a local suicide audit
data briefing, a Protect Life 2 local action plan progress report, an oral health improvement
annual report extract, a care home mouth care audit summary, a staff absence thematic review, a
workforce indicator exception report, a telecare digital switchover readiness survey report, a
telecare falls responder pilot evaluation summary, a phototherapy service audit and a regional
pathway engagement summary. Its binaries are built from
bench/questions/sources/dev65/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev65 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev64; dev66 to dev68 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev65.py build [--only NAME]
    uv run python scripts/make_questions_dev65.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev65"

SUICIDE = r"suicid|took their own life|taking their own life|take their own life"
ORAL_HEALTH = (
    r"oral health|oral hygiene|oral care|mouth care|dental|dentist|dentures?"
    r"|toothbrush|tooth brush|\bteeth\b|\btooth\b"
)
SICKNESS_ABSENCE = (
    r"sickness absence|sick leave|staff absence|off sick|staff sickness|sickness rate"
    r"|absence management|supporting attendance"
)
TELECARE = (
    r"telecare|community alarm|pendant alarm|personal alarm|alarm receiving"
    r"|falls? detector|technology enabled care|technology-enabled care"
)
VITILIGO = r"vitiligo"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": SUICIDE,
    "x02": ORAL_HEALTH,
    "x03": SICKNESS_ABSENCE,
    "x04": TELECARE,
    "x05": VITILIGO,
    "x06": TELECARE,
    "x07": SICKNESS_ABSENCE,
    "x08": VITILIGO,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev66", "dev67", "dev68")
    )


if __name__ == "__main__":
    sys.exit(main())
