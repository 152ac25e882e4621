"""Build the .docx and .pdf documents of the dev112 split in bench/questions, and check the split.

dev112 holds documents in layouts that none of dev/test or dev2 to dev109 has (see the section
"The dev112 split" of bench/questions/LAYOUTS.md): a GP cluster's TIA case review evening sent
as a plain-text e-mail with a bilingual signature, a patient council's listening event page on
waiting after a mini-stroke with role-first panel cards, a critical care reflective practice
group summary with run-in bold labels, an ambulance control room listening circle record with
voices grouped by role, an easy read letter checking afternoon with "Hello, my name is"
introductions, a bilingual easy read working group note with initials defined in the Present
line, an intranet story on an option grid co-design morning with a strand table, a decision
aid sprint retrospective with a sprint roles table, a baby group's "Ask the Pharmacist" notes
with a "Led by" run-in and a first-name sign-off, and a 0-19 practice huddle with attendees
grouped under their organisations; and, as evidence, a two-column journal short report with
author blocks and "Roles:" lines, a charity survey web report with an "About this report"
aside, a nursing survey report with a vertical-bar author line and post-nominals, a
regulator's plain-text research briefing with a "Cite as" line, an evaluation page with a
role-first contributors table, a review report with "Prepared for / Prepared by" and "About
the authors" at the end, a study page with research team cards, a technology appraisal
summary in dotted fields with an abbreviations list, a data briefing whose only authors are
in a contact box and a service evaluation with a Vancouver citation on the title verso. Its
binaries are built from bench/questions/sources/dev112/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev112 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev109; dev110, dev111 and
dev113 were written beside it).

Usage:
    uv run python scripts/make_questions_dev112.py build [--only NAME]
    uv run python scripts/make_questions_dev112.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev112"

TRANSIENT_ISCHAEMIC_ATTACK = r"transient ischa?emic attack|\bTIA\b|mini[- ]?stroke"
MORAL_INJURY = r"moral injur|moral distress"
EASY_READ = r"easy[- ]read"
DECISION_AIDS = r"decision aids?\b|option grids?\b"
NAPPY_RASH = r"nappy rash|napkin dermatitis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": TRANSIENT_ISCHAEMIC_ATTACK,
    "x02": MORAL_INJURY,
    "x03": EASY_READ,
    "x04": DECISION_AIDS,
    "x05": NAPPY_RASH,
    "x06": TRANSIENT_ISCHAEMIC_ATTACK,
    "x07": DECISION_AIDS,
    "x08": NAPPY_RASH,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev110", "dev111", "dev113")
    )


if __name__ == "__main__":
    sys.exit(main())
