"""Build the .docx and .pdf documents of the dev32 split in bench/questions, and check the split.

dev32 holds documents in layouts that none of dev/test or dev2 to dev30 has (see the section
"The dev32 split" of bench/questions/LAYOUTS.md): a library digital champions' query log with a
month-end review, a quality improvement plan on a page with its quarterly review, an
antimicrobial stewardship ward round feedback sheet, a medicines optimisation practice visit
note, a quality checkers' rating record with a co-design session, a service blueprint workshop
grid, a League of Friends committee minute, a Red to Green board round review, a CART live
caption transcript and a Meetup event page with RSVPs and comments; and, as evidence, a user
research round report, a learning partner report, an antimicrobial point prevalence survey
hospital feedback report, a journal article with a "Research in context" panel, a Most
Significant Change evaluation, an inclusive research report by co-researchers, a consultancy
bed review with numbered exhibits, an options appraisal with a weighted scoring matrix, a video
page with an auto-generated transcript export and a PubMed abstract page with similar articles.
Its binaries are built from bench/questions/sources/dev32/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev32 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev30; dev31 was written at the
same time, apart).

Usage:
    uv run python scripts/make_questions_dev32.py build [--only NAME]
    uv run python scripts/make_questions_dev32.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev32"

DIGITAL_INCLUSION = (
    r"digital inclusion|digital exclusion|digitally excluded|digital skills|digital literacy"
    r"|digital poverty|data poverty|getting online|digital divide"
)
ANTIMICROBIAL_STEWARDSHIP = r"antimicrobial|antibiotic"
LEARNING_DISABILITIES = (
    r"learning disabilit|learning disabled|intellectual disabilit|learning difficult"
)
COMMUNITY_HOSPITALS = r"community hospital"
HEARING_LOSS = r"hearing loss|hard of hearing|hearing aid|\bdeaf"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": DIGITAL_INCLUSION,
    "x02": ANTIMICROBIAL_STEWARDSHIP,
    "x03": LEARNING_DISABILITIES,
    "x04": COMMUNITY_HOSPITALS,
    "x05": HEARING_LOSS,
    "x06": ANTIMICROBIAL_STEWARDSHIP,
    "x07": LEARNING_DISABILITIES,
    "x08": DIGITAL_INCLUSION,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev31",))


if __name__ == "__main__":
    sys.exit(main())
