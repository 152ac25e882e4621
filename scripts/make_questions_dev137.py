"""Build the .docx and .pdf documents of the dev137 split in bench/questions, and check the split.

dev137 holds documents in layouts that none of dev/test or dev2 to dev135 has (see the section
"The dev137 split" of bench/questions/LAYOUTS.md): a lunch club hosts' network get-together in
plain text, a malnutrition teaching session for domiciliary care workers, a reablement team's
six-week review in Markdown with an initials legend, an intermediate care co-design blog post,
an anticipatory medicines learning evening with a names-only attendance grid, a compassionate
communities hosts' evening sent as a plain-text e-mail, a pharmacy needle and syringe network
meeting, a police custody alcohol brief interventions practice session, a Pharmacy First
otoscope skills evening and a Sure Start parents' session on ear infections; and, as evidence,
a district nursing malnutrition screening survey, a home from hospital meals evaluation page, a
reablement 91-day outcomes audit, a community rehabilitation workforce bulletin, a nursing home
last days of life audit, an island palliative care research findings page, an area planning
board cover-sheet report, a students' union alcohol and drug survey page, a cluster antibiotic
prescribing audit in Pandoc Markdown and an island ENT referrals review. Its binaries are built
from bench/questions/sources/dev137/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev137 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev135; dev136, dev138 and dev139 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev137.py build [--only NAME]
    uv run python scripts/make_questions_dev137.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev137"

NUTRITION = r"nutrition|healthy eating|healthy diet|\bdiet|malnourish|eating well"
REHABILITATION = r"rehabilit|reablement|re-ablement|\brehab\b|intermediate care"
END_OF_LIFE = r"end of life|end-of-life|palliative|last days of life|dying|hospice"
SUBSTANCE_USE = (
    r"substance use|substance misuse|drugs? and alcohol|alcohol and drugs?|\balcohol"
    r"|drug use|drug users?"
)
EAR_INFECTION = r"ear infection|otitis|earache|ear ache|glue ear"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": NUTRITION,
    "x02": REHABILITATION,
    "x03": END_OF_LIFE,
    "x04": SUBSTANCE_USE,
    "x05": EAR_INFECTION,
    "x06": END_OF_LIFE,
    "x07": REHABILITATION,
    "x08": EAR_INFECTION,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev136", "dev138", "dev139")
    )


if __name__ == "__main__":
    sys.exit(main())
