"""Build the .docx and .pdf documents of the dev83 split in bench/questions, and check the split.

dev83 holds documents in layouts that none of dev/test or dev2 to dev80 has (see the section
"The dev83 split" of bench/questions/LAYOUTS.md): a TIA clinic pathway redesign workshop's
flipchart write-up, a TIA hot clinic referral criteria consensus meeting, a population health
management segmentation workshop with cohort cards, a data linkage and information governance
roundtable, a postnatal ward listening circle, a midwife to health visitor handover improvement
workshop, an eating disorders early intervention clinicians' case discussion forum, a lived
experience advisory panel for a binge eating self-help app, a foot and ankle waiting list
validation meeting and a bunion referral triage calibration session; and, as evidence, a TIA
clinic audit against the national guideline, a charity's survey of delays after a TIA, a data
linkage feasibility report, a segmentation model technical note, a maternity survey postnatal
results digest, a postnatal home visit audit, a guided self-help outcomes report, a charity
helpline insight report, a bunion surgery PROMs summary and a podiatry footwear clinic review.
Its binaries are built from bench/questions/sources/dev83/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev83 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev80; dev81, dev82 and dev84 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev83.py build [--only NAME]
    uv run python scripts/make_questions_dev83.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev83"

TIA = r"transient isch(a)?emic|\bTIAs?\b|mini[- ]stroke"
POPULATION_HEALTH_MANAGEMENT = r"population health management"
POSTNATAL_CARE = r"postnatal|post-natal|postpartum"
BINGE_EATING = r"binge"
BUNIONS = r"bunion|hallux valgus"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": TIA,
    "x02": POPULATION_HEALTH_MANAGEMENT,
    "x03": POSTNATAL_CARE,
    "x04": BINGE_EATING,
    "x05": BUNIONS,
    "x06": TIA,
    "x07": POSTNATAL_CARE,
    "x08": BUNIONS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev81", "dev82", "dev84")
    )


if __name__ == "__main__":
    sys.exit(main())
