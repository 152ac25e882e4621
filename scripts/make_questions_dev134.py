"""Build the .docx and .pdf documents of the dev134 split in bench/questions, and check the split.

dev134 holds documents in layouts that none of dev/test or dev2 to dev128 has (dev129 to dev131
were written beside it; see the section "The dev134 split" of bench/questions/LAYOUTS.md):
a weight management facilitators' supervision record, a family healthy weight gallery walk, a
bilingual community asset mapping evening, a neighbourhood connectors' learning circle, a
community radio phone-in on type 2 diabetes, a cluster practice nurses' peer review, a community
council's special open meeting on getting to hospital appointments, a rural lift and
outpatients workshop, a podiatry huddle sent as an e-mail and a foot care volunteers' training
review; and, as evidence, a family healthy weight service evaluation, a weight management
waiting list review, a research repository record, a neighbourhood research report, a diabetes
network bulletin, a data briefing, a patient voice body's travel survey, a data journalism
story, a CPD article and a pharmacy counter audit with a covering letter. Its topics are healthy
weight, asset-based approaches, type 2 diabetes, transport and access, and the open topic nail
fungus. Its binaries are built from bench/questions/sources/dev134/{workshops,evidence}/NAME.src
in the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which
reuses the dev2 parser, writers and check) and only supplies the dev134 folders, topic words
and the layouts that are no longer new.

Usage:
    uv run python scripts/make_questions_dev134.py build [--only NAME]
    uv run python scripts/make_questions_dev134.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev134"

HEALTHY_WEIGHT = (
    r"healthy weight|obes|overweight|weight loss|excess weight|unhealthy weight"
    r"|weight management"
)
ASSET_BASED = r"asset[- ]based|assets[- ]based|community assets|strengths?-based"
TYPE_2_DIABETES = r"type 2 diabet|type two diabet|\bT2DM\b"
TRANSPORT = r"transport|travel to appointments|getting to appointments|travelling to appointments"
NAIL_FUNGUS = r"nail fung|fungal nail|onychomycosis|toenail infection"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HEALTHY_WEIGHT,
    "x02": ASSET_BASED,
    "x03": TYPE_2_DIABETES,
    "x04": TRANSPORT,
    "x05": NAIL_FUNGUS,
    "x06": HEALTHY_WEIGHT,
    "x07": ASSET_BASED,
    "x08": NAIL_FUNGUS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev129", "dev130", "dev131")
    )


if __name__ == "__main__":
    sys.exit(main())
