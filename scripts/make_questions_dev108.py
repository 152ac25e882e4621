"""Build the .docx and .pdf documents of the dev108 split in bench/questions, and check the split.

dev108 holds documents in layouts that none of dev/test or dev2 to dev105 has (see the section
"The dev108 split" of bench/questions/LAYOUTS.md): a Flying Start partnership advisory board's
minutes with names and roles in separate runs, a Sure Start practice sharing morning with a
two-per-row tick attendance grid, a GP practice's remote consulting retro with an initials key
at the end, an out of hours triage learning event told as a staff bulletin feature with pull
quote attributions, a gemba walk observation sheet, a kaizen event's closing huddle with a
kaizen newspaper, a thank-you letter to the people who came to a BRAN questions evening, an ask
the panel evening summary with panel initials, a childminders' cluster meeting on conjunctivitis
and a pharmacy and optometry joint learning session with side-by-side attendance columns; and,
as evidence, an early years evaluation web page with its credits only in a closing document
information table, an audit with its authors only in a closing document control table, a video
consultation patient survey with a sign-off block, a study report as text extracted from a PDF,
an internal audit report with a distribution list and management responses, a university
research blog post with author cards, a consultation response with a respondent information
form, an evaluation summary that opens with a Harvard "cite this" block, a simulated patient
study findings page and a health protection bulletin issue with bylines. Its binaries are built
from bench/questions/sources/dev108/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev108 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev105; dev106, dev107 and dev109 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev108.py build [--only NAME]
    uv run python scripts/make_questions_dev108.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev108"

EARLY_YEARS = (
    r"early years|\binfants?\b|early childhood|under-fives?|pre-?school"
    r"|first (?:1000|thousand) days"
)
REMOTE_CONSULTATION = (
    r"remote consult|online consult|virtual consult|telemedicine|virtual appointment"
    r"|telephone consult|telephone appointment|phone appointment|remote appointment"
    r"|virtual clinic|e-?consult|video consult"
)
LEAN = r"\blean\b|kaizen|six sigma"
BRAN = r"\bBRAN\b|benefits, risks, alternatives"
CONJUNCTIVITIS = r"conjunctivitis|pink eye|sticky eye"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": EARLY_YEARS,
    "x02": REMOTE_CONSULTATION,
    "x03": LEAN,
    "x04": BRAN,
    "x05": CONJUNCTIVITIS,
    "x06": EARLY_YEARS,
    "x07": LEAN,
    "x08": CONJUNCTIVITIS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev106", "dev107", "dev109")
    )


if __name__ == "__main__":
    sys.exit(main())
