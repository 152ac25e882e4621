"""Build the .docx and .pdf documents of the dev81 split in bench/questions, and check the split.

dev81 holds documents in layouts that none of dev/test or dev2 to dev80 has (see the section
"The dev81 split" of bench/questions/LAYOUTS.md): a chemotherapy day unit's week of safety
huddle log sheets, an oncology triage line call review, an urgent treatment centre's
front-door streaming pilot retrospective, minor injuries units' radiograph discrepancy review,
an experience-based co-design trigger film screening write-up, a fracture clinic co-design
group's working session record, a supervised toothbrushing coordinators' network meeting, a
Lift the Lip training session record, a school nursing head lice drop-in debrief post and a
family hub bug busting session in who-said-what notes; and, as evidence, a home chemotherapy
service evaluation, a chemotherapy chair utilisation audit page, an urgent treatment centre
activity dashboard commentary, a minor injuries unit survey findings report, an
experience-based co-design end-of-project report, an accelerated co-design evaluation summary,
a National Dental Inspection Programme local summary, a children's dental general anaesthetic
data note, a community pharmacy head lice audit and a parent survey report on head lice. Its
binaries are built from bench/questions/sources/dev81/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev81 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev80; dev82 to dev84 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev81.py build [--only NAME]
    uv run python scripts/make_questions_dev81.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev81"

CHEMOTHERAPY = r"chemotherap|\bchemo\b"
URGENT_TREATMENT_CENTRES = r"urgent treatment cent|minor injur|walk-in cent|urgent care cent|\bMIU"
EXPERIENCE_BASED_CO_DESIGN = r"experience[- ]based co-?design|\bEBCD\b"
TOOTH_DECAY = r"tooth decay|dental decay|dental caries|decayed teeth|\bcaries\b"
HEAD_LICE = r"head lice|head louse|\blice\b"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CHEMOTHERAPY,
    "x02": URGENT_TREATMENT_CENTRES,
    "x03": EXPERIENCE_BASED_CO_DESIGN,
    "x04": TOOTH_DECAY,
    "x05": HEAD_LICE,
    "x06": URGENT_TREATMENT_CENTRES,
    "x07": TOOTH_DECAY,
    "x08": HEAD_LICE,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev82", "dev83", "dev84")
    )


if __name__ == "__main__":
    sys.exit(main())
