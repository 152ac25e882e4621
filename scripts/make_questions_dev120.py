"""Build the .docx and .pdf documents of the dev120 split in bench/questions, and check the split.

dev120 holds documents in layouts that none of dev/test or dev2 to dev117 has (see the section
"The dev120 split" of bench/questions/LAYOUTS.md): a radiotherapy patient and carer panel's
summary with a member roster marked present in bold, a radiotherapy skin reactions improvement
group's minutes with a run-on present block, a community pharmacy near-miss huddle's call notes
with a roll call by locality, a care home medicines round learning event with a name badge grid,
a carers' group blog post on vascular dementia with a thanks paragraph and a signature block, a
memory team's development afternoon with a key to initials at the end, a multi-agency discharge
to assess workshop report with a signed foreword and a participants appendix by sector, a
discharge to assess patient journey walkthrough page naming staff at each step, a hospice
education session record with a sign-in sheet and a ward teaching huddle with bracketed speaker
asides (both on hiccups); and, as evidence, a radiotherapy audit e-poster with glued affiliation
numerals, a radiotherapy travel survey with its authors in a back-page colophon, a medication
safety update bulletin, a thematic review of medication incidents in care homes, a government-style
evaluation chapter page on vascular dementia, a research briefing whose authors sit in a "Cite as"
line, a two-column discharge to assess evaluation with a document control table, a procedures
manual chapter on discharge to recover then assess, a hiccups re-audit with an audit registration
box and a hiccups case series preprint with a contributorship statement. Its binaries are built
from bench/questions/sources/dev120/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev120 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev117; dev118, dev119 and dev121 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev120.py build [--only NAME]
    uv run python scripts/make_questions_dev120.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev120"

RADIOTHERAPY = r"radiotherap|radiation therap"
MEDICATION_SAFETY = (
    r"medication safety|medicines safety|medication errors?|medication incidents?"
    r"|prescribing errors?|dispensing errors?|medication-related harm"
)
VASCULAR_DEMENTIA = r"vascular dementia"
DISCHARGE_TO_ASSESS = r"discharge[ -]to[ -]assess|\bD2R?A\b|discharge to recover"
HICCUPS = r"hiccup|singultus"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": RADIOTHERAPY,
    "x02": MEDICATION_SAFETY,
    "x03": VASCULAR_DEMENTIA,
    "x04": DISCHARGE_TO_ASSESS,
    "x05": HICCUPS,
    "x06": RADIOTHERAPY,
    "x07": MEDICATION_SAFETY,
    "x08": HICCUPS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev118", "dev119", "dev121")
    )


if __name__ == "__main__":
    sys.exit(main())
