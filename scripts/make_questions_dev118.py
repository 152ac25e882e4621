"""Build the .docx and .pdf documents of the dev118 split in bench/questions, and check the split.

dev118 holds documents in layouts that none of dev/test or dev2 to dev117 has (see the section
"The dev118 split" of bench/questions/LAYOUTS.md): an active travel network map drop-in log, a
greenway ride-and-review report, a dairy farmers' discussion group report on selective dry cow
therapy, a dental peer review group record of an antibiotic audit, a GP trainees' half-day
release write-up on burnout, an out of hours clinicians' forum minute with a sederunt, a
"Cuppa and Chat" listening session summary on waiting lists, a waiting list telephone callers'
group supervision note, a deer management group's minutes with an item on ticks and a
beekeepers' branch meeting report on stings; and, as evidence, an automatic walking and cycling
counter annual report, a Hands Up Survey local results summary with a document details block, a
practice antibiotic prescribing feedback letter, a community urine cumulative antibiogram page,
a Guardian of Safe Working Hours board report, a staff wellbeing hubs evaluation summary, a
waiting well survey results page, a patient-initiated follow-up evaluation with a document
history table, a tick bite and Lyme disease season summary and an emergency department audit of
sting anaphylaxis. Its binaries are built from
bench/questions/sources/dev118/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev118 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev117; dev119 to dev121 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev118.py build [--only NAME]
    uv run python scripts/make_questions_dev118.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev118"

ACTIVE_TRAVEL = (
    r"active travel|walking and cycling|cycling and walking|walking and wheeling"
    r"|walking, wheeling and cycling"
)
ANTIMICROBIAL_RESISTANCE = (
    r"antimicrobial resist|antibiotic resist|drug-resistant infection|antimicrobial-resist"
)
BURNOUT = r"burn-?out|burnt[ -]out|burned out|emotional exhaustion"
WAITING_LISTS = (
    r"waiting lists?\b|waiting times?\b|wait time|elective (care|recovery|backlog)|planned care"
    r"|referral to treatment|backlog of care|\bRTT\b|treatment time guarantee"
    r"|waiting for (treatment|surgery)"
)
INSECT_BITES = r"insect|\bstings?\b|\bstung\b|\bbites?\b|\bticks?\b|tick-borne|midges?\b|wasps?\b"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ACTIVE_TRAVEL,
    "x02": ANTIMICROBIAL_RESISTANCE,
    "x03": BURNOUT,
    "x04": WAITING_LISTS,
    "x05": INSECT_BITES,
    "x06": ANTIMICROBIAL_RESISTANCE,
    "x07": ACTIVE_TRAVEL,
    "x08": INSECT_BITES,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev119", "dev120", "dev121")
    )


if __name__ == "__main__":
    sys.exit(main())
