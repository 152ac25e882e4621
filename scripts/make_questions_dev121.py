"""Build the .docx and .pdf documents of the dev121 split in bench/questions, and check the split.

dev121 holds documents in layouts that none of dev/test or dev2 to dev117 has (see the section
"The dev121 split" of bench/questions/LAYOUTS.md): a six-week life after cancer course's
closing session record with a weekly attendance register, a cancer survivors' forum AGM in plain
text with proposed and seconded elections, a community council's walking audit page with a
left-to-right photo caption, a hospital green ideas fund pitch panel note, menopause café
hosts' notes with a conversation menu, a joint negotiating forum subgroup note with management
and staff side columns, a One Health CPD evening record with a sign-in sheet, a dental peer
review group's notes with a key to initials, a VR simulation day's wall-board export and a
driving assessment centre's clinical governance record; and, as evidence, a link worker
service evaluation with the authors on the back page, a statistics release page with a
metadata sidebar, a council's statutory active travel annual report, a consultancy health
impact assessment with a document verification table, a workplace evaluation with a
contributor roles statement, an internal audit advisory review with a distribution list, a
conference e-poster, a One Health surveillance report with chapter authors, a university news
story with notes to editors and a doctoral thesis's front matter. Its binaries are built from
bench/questions/sources/dev121/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev121 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev117; dev118 to dev120 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev121.py build [--only NAME]
    uv run python scripts/make_questions_dev121.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev121"

CANCER_SURVIVORSHIP = (
    r"cancer survivor|living with and beyond cancer|life after cancer|after cancer treatment"
)
ACTIVE_TRAVEL = (
    r"active travel|walking and cycling|cycling and walking|walking and wheeling"
    r"|walking, wheeling"
)
MENOPAUSE_CAFES = r"menopause caf"
ANTIMICROBIAL_RESISTANCE = (
    r"antimicrobial resist|antibiotic resist|drug-resistant|resistant infection|\bAMR\b"
)
MOTION_SICKNESS = r"motion sick|travel sick|seasick|car ?sick|simulator sick|cybersick"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CANCER_SURVIVORSHIP,
    "x02": ACTIVE_TRAVEL,
    "x03": MENOPAUSE_CAFES,
    "x04": ANTIMICROBIAL_RESISTANCE,
    "x05": MOTION_SICKNESS,
    "x06": CANCER_SURVIVORSHIP,
    "x07": ACTIVE_TRAVEL,
    "x08": MOTION_SICKNESS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev118", "dev119", "dev120")
    )


if __name__ == "__main__":
    sys.exit(main())
