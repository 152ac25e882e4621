"""Build the .docx and .pdf documents of the dev146 split in bench/questions, and check the split.

dev146 holds documents in layouts that none of dev/test or dev2 to dev143 has (see the section
"The dev146 split" of bench/questions/LAYOUTS.md): a recovery college co-facilitators' term
debrief with a paired-trainer table, a recovery café volunteers' meeting with a first-person
check-in round, a care home hydration huddle with a signing sheet, a hospital intranet story on
ward hydration champions with a "Pictured (l–r)" caption, tenants' association committee minutes
on damp and mould with an initialled run-on Present line, a multi-agency damp case conference
with a role-first attendee list, a decision aid co-design read-out as slides with a "Who was in
the room" table, a shared decision making learning set note in numbered paragraphs with a
signature block, a GP reception team's chesty cough training record with bold run-in labels and
an event page for pharmacy teams with a timed programme table; and, as evidence, a recovery
college outcomes evaluation with a title page and an inside-cover credits table, a research
bulletin with its authors in a trailing sidebar, a care home dehydration admissions audit with a
sign-off table, a plain-language research summary for care workers in questions and answers, an
environmental health complaints review in fixed-width text with an author block at the end, a
research briefing with an "About the authors" back page, an improvement project poster page with
a role-first team list, a research letter with post-nominal authors, a two-cycle antibiotic audit
with numbered acknowledgements and a pharmacy patient survey with a cover page and a "This report
was written by" box. Its binaries are built from
bench/questions/sources/dev146/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev146 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev143; dev144, dev145 and dev147 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev146.py build [--only NAME]
    uv run python scripts/make_questions_dev146.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev146"

RECOVERY = r"\brecovery\b|recovery-oriented|recovery-focused"
HYDRATION = r"hydrat|fluid intake"
DAMP_AND_MOULD = r"\bdamp\b|\bmould|\bmold\b"
DECISION_AIDS = r"decision aids?\b|option grid"
CHESTY_COUGH = r"\bcough"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": RECOVERY,
    "x02": HYDRATION,
    "x03": DAMP_AND_MOULD,
    "x04": DECISION_AIDS,
    "x05": CHESTY_COUGH,
    "x06": HYDRATION,
    "x07": DAMP_AND_MOULD,
    "x08": CHESTY_COUGH,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev144", "dev145", "dev147")
    )


if __name__ == "__main__":
    sys.exit(main())
