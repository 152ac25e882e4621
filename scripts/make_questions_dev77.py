"""Build the .docx and .pdf documents of the dev77 split in bench/questions, and check the split.

dev77 holds documents in layouts that none of dev/test or dev2 to dev76 has (see the section
"The dev77 split" of bench/questions/LAYOUTS.md): a family hub cost of living drop-in team's
reflections, a holiday food programme providers' review, a fatal drug poisoning review panel's
thematic learning session, a near-fatal overdose outreach team's huddle log, a district nursing
caseload review away day, a leg ulcer learning forum intranet post, a rugby club health MOT
organisers' debrief e-mail, a health check outreach van crew's debrief blog post, a day surgery
gallstone pathway huddle and a hot gallbladder pathway quarterly learning meeting; and, as
evidence, a local child poverty action report progress extract, a charity's school day costs
survey findings page, a drug death review group annual report, a Trust thematic review of deaths
in addiction services, a community nursing workforce census briefing, a district nursing staffing
principles assurance report, a health check uptake equity analysis, a community heart health
check bus evaluation page, a gallstone emergency admissions audit and a day case cholecystectomy
initiative review. Its binaries are built from
bench/questions/sources/dev77/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev77 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev76; dev78 to dev80 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev77.py build [--only NAME]
    uv run python scripts/make_questions_dev77.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev77"

CHILD_POVERTY = r"child poverty|children (?:living )?in poverty"
DRUG_RELATED_DEATHS = r"drug[- ]related deaths?|drug deaths?|drug poisoning|overdose"
COMMUNITY_NURSING = r"community nurs|district nurs"
HEALTH_CHECKS = r"health checks?|health MOT"
GALLSTONES = r"gallstone|gall ?bladder|cholecyst"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CHILD_POVERTY,
    "x02": DRUG_RELATED_DEATHS,
    "x03": COMMUNITY_NURSING,
    "x04": HEALTH_CHECKS,
    "x05": GALLSTONES,
    "x06": COMMUNITY_NURSING,
    "x07": DRUG_RELATED_DEATHS,
    "x08": GALLSTONES,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev78", "dev79", "dev80")
    )


if __name__ == "__main__":
    sys.exit(main())
