"""Build the .docx and .pdf documents of the dev154 split in bench/questions, and check the split.

dev154 holds documents in layouts that none of dev/test or dev2 to dev151 has (see the section
"The dev154 split" of bench/questions/LAYOUTS.md): a blood pressure pop-up debrief at a rugby
ground as a shared document with lettered comments at the end, a hypertension case-finding
learning set's Etherpad export, a staff flu campaign wash-up transcribed from Jamboard frames, a
winter vaccination programme's lessons identified session with contributors by locality, a
reflective practice group's newsletter post, a youth justice service's team day with a roll
call, an Org-mode record of a waiting well hub design session, a patient partner panel's summary
page in accordion sections, a GP trainees' half-day release page on a learning platform and a
children's emergency department nurse forum's croup pathway review with footnoted attendees;
and, as evidence, a community pharmacy blood pressure checks impact summary, a government
research findings page on home blood pressure monitoring, an end of season report on flu
vaccination in pregnancy, a school flu programme evaluation with a research team table, a
static-site case study on trauma-informed community justice, a children's homes evaluation with
an imprint page, a waiting well quality improvement report in SQUIRE headings, an innovation
exemplar's one-page summary, a paediatric croup guideline page with a document control table
and a multi-centre croup audit report with a site leads appendix.
Its binaries are built from bench/questions/sources/dev154/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev154 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev151; dev152, dev153 and dev155
were written beside it).

Usage:
    uv run python scripts/make_questions_dev154.py build [--only NAME]
    uv run python scripts/make_questions_dev154.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev154"

HIGH_BLOOD_PRESSURE = r"high blood pressure|hypertensi|raised blood pressure|blood pressure"
FLU_VACCINATION = r"\bflu\b|influenza"
TRAUMA_INFORMED = r"trauma[- ]informed|trauma[- ]responsive|trauma[- ]aware|\btrauma\b"
WAITING_WELL = r"waiting well|wait well|support while waiting|waiting list"
CROUP = r"\bcroup\b|laryngotracheobronchitis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HIGH_BLOOD_PRESSURE,
    "x02": FLU_VACCINATION,
    "x03": TRAUMA_INFORMED,
    "x04": WAITING_WELL,
    "x05": CROUP,
    "x06": HIGH_BLOOD_PRESSURE,
    "x07": FLU_VACCINATION,
    "x08": CROUP,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev152", "dev153", "dev155")
    )


if __name__ == "__main__":
    sys.exit(main())
