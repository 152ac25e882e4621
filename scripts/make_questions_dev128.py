"""Build the .docx and .pdf documents of the dev128 split in bench/questions, and check the split.

dev128 holds documents in layouts that none of dev/test or dev2 to dev127 has (see the section
"The dev128 split" of bench/questions/LAYOUTS.md): an eating disorder carers' skills day
written up by its facilitator with an organisation-first guest list, an anorexia care pathway
reference group's plain-text note in initials keyed only at its foot, an intranet story of an
experience-based co-design project with back-row and front-row photo captions, a co-design
group record with an "I am a…" sign-in table, a PDSA ramp coaching note, a lunchtime PDSA clinic
logged by clock time in the margin, an emergency department "perfect day" blog post with a day
leads table, a bilingual night observers' debrief agreed in a signature table, a Pharmacy First
sore throat case review evening with bold run-in labels, and a GP federation learning session
with a roll call by practice; and, as evidence, a waiting time audit with a registration box and
a closing sign-off table, a plain language research summary with its authors in the page footer,
a plain-text evaluation in the shape of an RFC (authors' surnames in the header, addresses at
the end), a UK-wide survey report with a steering group table by nation, a PDSA records review,
a bilingual evaluation with a role-in-the-evaluation table, a short report with Vancouver-style
authors, a regulator's review with its team in a fixed-width appendix, a pharmacy evaluation
page with its authors in a sidebar and an audit written as a letter to practices with a
two-column signature table. Its binaries are built from
bench/questions/sources/dev128/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev128 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev127; dev129 to dev131 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev128.py build [--only NAME]
    uv run python scripts/make_questions_dev128.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev128"

ANOREXIA = r"anorexi"
EXPERIENCE_BASED_CO_DESIGN = r"experience[- ]based co-?design|\bEBCD\b"
PDSA_CYCLES = r"\bPDSA|plan[- ]do[- ]study[- ]act|tests? of change|model for improvement"
EMERGENCY_DEPARTMENTS = r"emergency department|\bA&E\b|accident and emergency|emergency room"
SORE_THROAT = r"sore throat|tonsillitis|pharyngitis|strep(tococcal)? throat"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ANOREXIA,
    "x02": EXPERIENCE_BASED_CO_DESIGN,
    "x03": PDSA_CYCLES,
    "x04": EMERGENCY_DEPARTMENTS,
    "x05": SORE_THROAT,
    "x06": EXPERIENCE_BASED_CO_DESIGN,
    "x07": PDSA_CYCLES,
    "x08": SORE_THROAT,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev129", "dev130", "dev131")
    )


if __name__ == "__main__":
    sys.exit(main())
