"""Build the .docx and .pdf documents of the dev72 split in bench/questions, and check the split.

dev72 holds documents in layouts that none of dev/test or dev2 to dev68 has (see the section
"The dev72 split" of bench/questions/LAYOUTS.md): a community pharmacy atrial fibrillation
case-finding pilot huddle, a heart rhythm check day debrief at a livestock mart, a care home
mouth care champions' meeting with a roll call of homes, a mobile dental unit's day log with a
team reflection, a homeless health bus end-of-night debrief, a multi-agency learning session on
a discharge with no home to go to, a volunteer coordinators' network lunch, a volunteer
passport working group note, a pollen season briefing for pharmacy teams and a school nursing
team's exam season planning meeting; and, as evidence, an anticoagulation audit report page, a
handheld ECG pilot's key findings page, a supervised toothbrushing monitoring report, a
domiciliary dental service feedback report, a homeless deaths review panel's annual learning
report, a step-down beds evaluation summary, a volunteering programme's annual report to a
governance committee, a volunteer leavers' survey briefing, a hay fever self-care campaign
report and a minor ailments service data report. Its binaries are built from
bench/questions/sources/dev72/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev72 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev68; dev69 to dev71 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev72.py build [--only NAME]
    uv run python scripts/make_questions_dev72.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev72"

ATRIAL_FIBRILLATION = r"atrial fibrillation|\bAF\b|\bafib\b|anticoagula"
ORAL_HEALTH = (
    r"oral health|mouth care|dental|dentist|toothbrush|tooth brush|oral hygiene|oral care|denture"
)
HOMELESSNESS = (
    r"homeless|rough sleep|sleeping rough|no fixed abode|nowhere to live|inclusion health"
    r"|temporary accommodation|emergency accommodation|sofa surf|unhoused"
)
VOLUNTEERING = r"volunteer|voluntary work"
HAY_FEVER = r"hay ?fever|pollen|allergic rhinitis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ATRIAL_FIBRILLATION,
    "x02": ORAL_HEALTH,
    "x03": HOMELESSNESS,
    "x04": VOLUNTEERING,
    "x05": HAY_FEVER,
    "x06": HAY_FEVER,
    "x07": ATRIAL_FIBRILLATION,
    "x08": ORAL_HEALTH,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev69", "dev70", "dev71")
    )


if __name__ == "__main__":
    sys.exit(main())
