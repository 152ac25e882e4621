"""Build the .docx and .pdf documents of the dev9 split in bench/questions, and check the split.

dev9 holds documents in layouts that none of dev/test or dev2 to dev8 has (see the section
"The dev9 split" of bench/questions/LAYOUTS.md): a peer support group facilitator's log, a
learning walk, a MOOC discussion digest, a QI project charter, a knowledge exchange evaluation
summary, a co-design journey map description, an Always Event write-up, an easy read summary, a
hackathon write-up and a breakout-room report-back form export; and, as evidence, a Learning
from Excellence (Greatix) thematic report, an outbreak control team report, a medicines safety
bulletin, a realist evaluation programme theory summary, a study protocol synopsis, a KPI
dashboard with commentary, an advice trends report, a council cabinet decision notice, a
service specification and a guideline quick reference guide. Its binaries are built from
bench/questions/sources/dev9/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev9 folders, topic words and the layouts that
are no longer new.

Usage:
    uv run python scripts/make_questions_dev9.py build [--only NAME]
    uv run python scripts/make_questions_dev9.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev9"

INFECTION = r"infection prevention|infection control|hand hygiene|outbreak|norovirus"
MEDICINES = r"medicines|medication|polypharm|deprescrib|prescrib|anticholinergic"
VIRTUAL_WARDS = r"virtual ward|hospital at home"
POVERTY = r"cost of living|cost-of-living|poverty|hardship|money advice|\bdebt"
LYMPHOEDEMA = r"lymph?oedema|lymphedema"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": INFECTION,
    "x02": MEDICINES,
    "x03": VIRTUAL_WARDS,
    "x04": POVERTY,
    "x05": LYMPHOEDEMA,
    "x06": VIRTUAL_WARDS,
    "x07": MEDICINES,
    "x08": INFECTION,
}


def use_dev9() -> None:
    """Point the dev2 builder's settings (through dev3's hooks) at the dev9 split."""
    dev3.use_split(SPLIT, TOPIC_WORDS, {}, ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8"))


def main(argv: list[str] | None = None) -> int:
    return dev3.run(argv, use_dev9, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
