"""Build the .docx and .pdf documents of the dev98 split in bench/questions, and check the split.

dev98 holds documents in layouts that none of dev/test or dev2 to dev97 has (see the section
"The dev98 split" of bench/questions/LAYOUTS.md): a responsive bottle feeding group's
facilitators' debrief, a Trust intranet team story with a "Pictured (l-r)" caption, a community
first responders' annual review in plain text, a two-column ambulance handover summit
proceedings, a Disabled Facilities Grant practitioners' learning circle with asides, an
occupational therapist's memo after joint adaptation visits, a green gym steering group's notes
with footnoted names, a green gym co-design morning recap with a "Led by" running order, a care
home chilblains teach-in with a signed attendance register and a warm hub's e-mailed debrief
with signature blocks; and, as evidence, an infant formula affordability rapid review with a
suggested citation, a university research portal record, a falls response car evaluation with a
document control table, a text-only version of a patients' survey report, a four-page findings
summary with an "About the project" box, a best value review with rated findings and a review
team appendix, a funder's evaluation profile page, a bilingual evaluation report with a two-column
cover table, a clinical audit registration and results form and a conference poster abstract
with ORCID iDs. Its binaries are built from
bench/questions/sources/dev98/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev98 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev97; dev99 to dev101 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev98.py build [--only NAME]
    uv run python scripts/make_questions_dev98.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev98"

BOTTLE_FEEDING = (
    r"bottle[- ]?feed|bottle-fed|formula[- ]fe|formula milk|infant formula|first infant milk"
)
AMBULANCE_RESPONSE_TIMES = (
    r"ambulance response|response times?\b|ambulance waits?\b|ambulance delay"
)
HOME_ADAPTATIONS = r"adaptation|disabled facilities grant|home modification|adapted home"
GREEN_GYM = r"green gym"
CHILBLAINS_WORDS = r"chilblain"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": BOTTLE_FEEDING,
    "x02": AMBULANCE_RESPONSE_TIMES,
    "x03": HOME_ADAPTATIONS,
    "x04": GREEN_GYM,
    "x05": CHILBLAINS_WORDS,
    "x06": BOTTLE_FEEDING,
    "x07": AMBULANCE_RESPONSE_TIMES,
    "x08": CHILBLAINS_WORDS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev99", "dev100", "dev101")
    )


if __name__ == "__main__":
    sys.exit(main())
