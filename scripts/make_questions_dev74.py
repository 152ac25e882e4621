"""Build the .docx and .pdf documents of the dev74 split in bench/questions, and check the split.

dev74 holds documents in layouts that none of dev/test or dev2 to dev72 has (see the section
"The dev74 split" of bench/questions/LAYOUTS.md): community dietitians' Nutrition and Hydration
Week huddle notes, a care home food first champions' network meeting, a MARAC partners' learning
event on coercive control, housing officers' reflective practice session, staff flu vaccination
champions' meeting notes with a ward league table, a schools flu immunisation team's
end-of-programme reflection, a peer mentor volunteers' supervision circle, a student nurse peer
mentoring scheme review, a cataract list productivity workshop report and an optometrists' peer
discussion CPD record; and, as evidence, a MUST screening audit report, a community malnutrition
pathway evaluation, a coercive control awareness training evaluation, a police recorded
statistics bulletin, a flu vaccine uptake dashboard commentary, a community pharmacy flu claims
data note, a peer mentoring case studies booklet, a care leavers peer mentoring evaluation, a
cataract patient-reported outcomes results page and a local summary of a national cataract
audit. Its binaries are built from bench/questions/sources/dev74/{workshops,evidence}/NAME.src in
the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev74 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev72; dev73, dev75 and dev76 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev74.py build [--only NAME]
    uv run python scripts/make_questions_dev74.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev74"

MALNUTRITION = r"malnutrition|malnourish|undernutrition|undernourish"
COERCIVE_CONTROL = r"coercive"
FLU_VACCINATION = r"\bflu\b|influenza"
PEER_MENTORING = r"peer[ -]mentor"
CATARACTS = r"cataract"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": MALNUTRITION,
    "x02": COERCIVE_CONTROL,
    "x03": FLU_VACCINATION,
    "x04": PEER_MENTORING,
    "x05": CATARACTS,
    "x06": FLU_VACCINATION,
    "x07": CATARACTS,
    "x08": COERCIVE_CONTROL,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev73", "dev75", "dev76")
    )


if __name__ == "__main__":
    sys.exit(main())
