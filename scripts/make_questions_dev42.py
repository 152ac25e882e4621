"""Build the .docx and .pdf documents of the dev42 split in bench/questions, and check the split.

dev42 holds documents in layouts that none of dev/test or dev2 to dev40 has (see the section
"The dev42 split" of bench/questions/LAYOUTS.md): a respiratory physiotherapy clinical interest
group's evening notes with a CPD box, an airway clearance skills afternoon's station rotation
record, exercise referral instructors' quarterly catch-up memo, a power / interest grid
stakeholder mapping record, a structured education curriculum review panel note, a fireside
chat write-up, a transfer of care hub's bed meeting log, a rich picture session description, a
patient and family information day's breakout scribe sheets and a medical school patient
educator steering group's minutes with a tick grid; and, as evidence, an audit programme's
regional summary with funnel plot notes, a feasibility trial's report against progression
criteria, an audience insight pack profile, an evaluation brief with an at-a-glance sidebar, a
provision mapping report by health board, a population health cohort insight note, a local
system review chapter extract, a guidance annex with a checklist, a diary study findings report
and a medicines advice page with a PACE statement. Its binaries are built from
bench/questions/sources/dev42/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev42 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev40; dev41 was written at the same
time, apart).

Usage:
    uv run python scripts/make_questions_dev42.py build [--only NAME]
    uv run python scripts/make_questions_dev42.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev42"

BRONCHIECTASIS = r"bronchiectasis"
EXERCISE_REFERRAL = (
    r"exercise referral|exercise on referral|physical activity referral|exercise on prescription"
)
STRUCTURED_EDUCATION = r"structured education|self-management education"
DISCHARGE_TO_ASSESS = (
    r"discharge to assess|discharge-to-assess|\bD2A\b|\bD2RA\b|discharge to recover"
)
HAEMOPHILIA = r"haemophilia|hemophilia|bleeding disorder"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": BRONCHIECTASIS,
    "x02": EXERCISE_REFERRAL,
    "x03": STRUCTURED_EDUCATION,
    "x04": DISCHARGE_TO_ASSESS,
    "x05": HAEMOPHILIA,
    "x06": EXERCISE_REFERRAL,
    "x07": DISCHARGE_TO_ASSESS,
    "x08": HAEMOPHILIA,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev41",))


if __name__ == "__main__":
    sys.exit(main())
