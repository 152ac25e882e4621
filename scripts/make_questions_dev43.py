"""Build the .docx and .pdf documents of the dev43 split in bench/questions, and check the split.

dev43 holds documents in layouts that none of dev/test or dev2 to dev42 has (see the section
"The dev43 split" of bench/questions/LAYOUTS.md): a community dental service clinical
governance minute in standing items, a human barometer activity record, a Day of Care Audit
feedback session note, a five whys analysis record, co-production group minutes with a jargon
buster, a tender evaluation panel moderation note, a conversation cards session record, an
interprofessional learning day facilitators' report, a Facebook group admin roundup and a young
persons' advisory group session feedback note; and, as evidence, a short breaks services
statement, an outcomes-based accountability report card, a regulatory impact assessment summary
sheet, an evidence bank record, a simulation modelling technical note, an integration joint board
direction with its evidence basis, a medical examiner annual report extract, a law firm client
briefing, a consultant outcomes publication page and a designated service performance review
report. Its binaries are built from bench/questions/sources/dev43/{workshops,evidence}/NAME.src
in the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which
reuses the dev2 parser, writers and check) and only supplies the dev43 folders, topic words and
the layouts that are no longer new (those of dev/test and of dev2 to dev42).

Usage:
    uv run python scripts/make_questions_dev43.py build [--only NAME]
    uv run python scripts/make_questions_dev43.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev43"

# Layouts of these splits are old (dev3.earlier_than gives dev2 to dev42).
EARLIER = dev3.earlier_than(SPLIT)

ORAL_HEALTH = r"oral health|mouth care|\btooth|\bteeth\b|dental|dentist|fluorid|denture"
DELAYED_DISCHARGE = (
    r"delayed discharge|delayed transfers? of care|discharge delay|delayed hospital discharge"
    r"|pathway of care delay|bed.?block"
)
RESPITE = r"respite|short breaks?\b|replacement care"
ADVANCE_CARE_PLANNING = (
    r"advance care plan|anticipatory care plan|future care plan|advance decision to refuse"
    r"|advance statement"
)
SCOLIOSIS = r"scolio|spinal deformit|spinal fusion|curvature of the spine"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ORAL_HEALTH,
    "x02": DELAYED_DISCHARGE,
    "x03": RESPITE,
    "x04": ADVANCE_CARE_PLANNING,
    "x05": SCOLIOSIS,
    "x06": RESPITE,
    "x07": ORAL_HEALTH,
    "x08": SCOLIOSIS,
}


def main(argv: list[str] | None = None) -> int:
    assert EARLIER[0] == "dev2" and EARLIER[-1] == "dev42", EARLIER
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
