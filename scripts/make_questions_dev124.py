"""Build the .docx and .pdf documents of the dev124 split in bench/questions, and check the split.

dev124 holds documents in layouts that none of dev/test or dev2 to dev123 has (see the section
"The dev124 split" of bench/questions/LAYOUTS.md): a transfer of care hub's intermediate care
bed review, a step-up intermediate care learning half-day, an Alzheimer's disease treatment
readiness workshop kept as an Obsidian note, a memory service waiting list validation
workshop, a parents' group postnatal care listening evening, a postnatal visits redesign
workshop, a care home norovirus post-outbreak review, an IPC link practitioners' study
afternoon, a Healthwatch toothache community workshop and an emergency dental triage call
review; and, as evidence, a regional partnership board's intermediate care evaluation, a
step-down bed audit, a dementia diagnosis data pack, a link worker support study summary, a
postnatal care survey, a postnatal readmissions thematic review, a regulator's review of IPC in
domiciliary care, a health board's IPC annual report, a dental helpline audit and a dental
school study of children with toothache. Its binaries are built from
bench/questions/sources/dev124/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev124 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev123; dev125 to dev127 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev124.py build [--only NAME]
    uv run python scripts/make_questions_dev124.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev124"

INTERMEDIATE_CARE = r"intermediate care|step[- ]?(up|down) (care|beds?)"
ALZHEIMERS = r"alzheimer"
POSTNATAL_CARE = r"postnatal|post-natal|postpartum"
INFECTION_PREVENTION = r"infection prevention|infection control|\bIPC\b|preventing infection"
TOOTHACHE = r"toothache|tooth ache|dental pain"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": INTERMEDIATE_CARE,
    "x02": ALZHEIMERS,
    "x03": POSTNATAL_CARE,
    "x04": INFECTION_PREVENTION,
    "x05": TOOTHACHE,
    "x06": INTERMEDIATE_CARE,
    "x07": POSTNATAL_CARE,
    "x08": TOOTHACHE,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev125", "dev126", "dev127")
    )


if __name__ == "__main__":
    sys.exit(main())
