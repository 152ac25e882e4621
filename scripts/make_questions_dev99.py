"""Build the .docx and .pdf documents of the dev99 split in bench/questions, and check the split.

dev99 holds documents in layouts that none of dev/test or dev2 to dev97 has (see the section
"The dev99 split" of bench/questions/LAYOUTS.md): a GP cluster's ear health pathway workshop
with Senedd-style bilingual attendance lines, a primary care network's ear care learning
afternoon as a news story with "Pictured" captions, a Northern Ireland adaptations interagency
liaison meeting in plain text with dot-leader attendance, a Highland adaptations working group
minute with its attendance in Markdown footnotes, a multiple conditions clinic design day
playback deck, a long-term conditions reference group's meeting page with portrait captions, a
neonatal parent advisory group's minutes with a present / apologies letter grid, a neonatal
study morning's debrief e-mail with a quoted reply, a Green Gym leaders' end-of-season review
with a session rota and a Green Gym site visit record for link workers in two columns; and, as
evidence, a community pharmacy ear wax pilot report with a signature sheet, a microsuction
waiting list audit poster abstract with Vancouver authors, a rapid response adaptations outcomes
report with an end colophon, a disabled facilities grant research report with a "Cite as"
block, a research project page with team cards, a data note in RFC style, a neonatal parent
accommodation audit with a cover page, a charity's neonatal parent survey report with a
written / edited / designed credit, an evidence library entry and a Quarto-rendered HTML
analysis. Its binaries are built from bench/questions/sources/dev99/{workshops,evidence}/NAME.src
in the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which
reuses the dev2 parser, writers and check) and only supplies the dev99 folders, topic words and
the layouts that are no longer new (those of dev/test and dev2 to dev97; dev98, dev100 and
dev101 were written beside it).

Usage:
    uv run python scripts/make_questions_dev99.py build [--only NAME]
    uv run python scripts/make_questions_dev99.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev99"

HOME_ADAPTATIONS = (
    r"home adaptation|housing adaptation|adaptations? to (?:the|their|your) home"
    r"|disabled facilities grant|home modification|adapted home"
)
MULTIMORBIDITY = (
    r"multimorbid|multi-morbid|multiple long[- ]term conditions"
    r"|multiple (?:health|chronic) conditions|\bMLTC\b"
)
NEONATAL_CARE = r"neonat|special care baby|\bSCBU\b|\bNICUs?\b|newborn|preterm|premature bab"
GREEN_GYM = r"green gym"
EARWAX_WORDS = r"ear ?wax|ear syring|microsuction|micro-suction|ear irrigation|cerumen"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": EARWAX_WORDS,
    "x02": HOME_ADAPTATIONS,
    "x03": MULTIMORBIDITY,
    "x04": NEONATAL_CARE,
    "x05": GREEN_GYM,
    "x06": HOME_ADAPTATIONS,
    "x07": MULTIMORBIDITY,
    "x08": EARWAX_WORDS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev98", "dev100", "dev101")
    )


if __name__ == "__main__":
    sys.exit(main())
