"""Build the .docx and .pdf documents of the dev152 split in bench/questions, and check the split.

dev152 holds documents in layouts that none of dev/test or dev2 to dev151 has (see the section
"The dev152 split" of bench/questions/LAYOUTS.md): a pharmacy blood pressure case-finding
forum's Google Docs text export with lettered comments, a community association's news post on a
blood pressure morning with photo captions, an inflammatory arthritis flare line co-design pad,
an osteoarthritis joint school's register and facilitator log, a Local Medical Committee's
minutes with a declarations table, a care home medicines safety session's shared Markdown pad,
a waiting well partners' breakfast snapshot with a table-host grid, a waiting well webinar
follow-up page with question accordions and panel cards, a vestibular in-service teaching deck
in Marp Markdown and a dizziness pathway mapping report with a swimlane table; and, as
evidence, a conference abstract book page on barbershop blood pressure checks, a GP appraisal
quality improvement activity on hypertension reviews, a charity report page on juvenile
arthritis with team cards, a Pandoc Markdown audit of time to biologic therapy, a plain-text
thematic review of insulin medication incidents, a Jekyll blog post on the Discharge Medicines
Service, a Bevan Exemplar project summary on waiting well calls, a public health intelligence
evaluation note on a waiting well hub, a research data repository's dataset page on vestibular
rehabilitation and an ambulance service's clinical bulletin on dizziness and vertigo.
Its binaries are built from bench/questions/sources/dev152/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev152 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev151; dev153 to dev155 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev152.py build [--only NAME]
    uv run python scripts/make_questions_dev152.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev152"

HIGH_BLOOD_PRESSURE = r"high blood pressure|hypertensi|raised blood pressure"
ARTHRITIS = r"arthritis"
MEDICATION_SAFETY = (
    r"medication safety|medicines safety|medication errors?|medication incidents?"
    r"|prescribing errors?|dispensing errors?|medication-related harm"
)
WAITING_WELL = r"waiting well|wait well|support while waiting"
VERTIGO = r"vertigo|vestibular|\bBPPV\b"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HIGH_BLOOD_PRESSURE,
    "x02": ARTHRITIS,
    "x03": MEDICATION_SAFETY,
    "x04": WAITING_WELL,
    "x05": VERTIGO,
    "x06": HIGH_BLOOD_PRESSURE,
    "x07": MEDICATION_SAFETY,
    "x08": VERTIGO,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev153", "dev154", "dev155")
    )


if __name__ == "__main__":
    sys.exit(main())
