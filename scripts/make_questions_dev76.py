"""Build the .docx and .pdf documents of the dev76 split in bench/questions, and check the split.

dev76 holds documents in layouts that none of dev/test or dev2 to dev72 has (see the section
"The dev76 split" of bench/questions/LAYOUTS.md): a sleep service's group CBT-I facilitators'
debrief log, practice-based pharmacists' learning set on reducing sleeping tablets, a bereaved
parents' listening event write-up on a charity group's site, a perinatal mortality review panel's
learning huddle, a bronchiectasis patient education day programme and notes, a respiratory
physiotherapy network's special interest meeting with a roll of health boards, an alcohol
liaison nurses' quarterly network note with trust returns, an emergency department alcohol
brief advice champions' huddle, a tonsillitis pathway redesign workshop output and a community
pharmacy sore throat test and treat debrief post; and, as evidence, a digital CBT for insomnia
pilot evaluation, an insomnia clinic referral audit page, a health board perinatal mortality
review annual report, a regional reduced fetal movements audit, a bronchiectasis airway
clearance service audit, a home IV antibiotics service review, an emergency department alcohol
brief interventions evaluation, an alcohol care team annual report page, a tonsillectomy
referral vetting review in plain text and an acute ENT admissions audit bulletin. Its binaries
are built from bench/questions/sources/dev76/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev76 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev72; dev73 to dev75 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev76.py build [--only NAME]
    uv run python scripts/make_questions_dev76.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev76"

INSOMNIA = r"insomnia|sleeplessness"
STILLBIRTH = r"stillb|still birth|perinatal mortality"
BRONCHIECTASIS = r"bronchiectasis"
ALCOHOL = r"alcohol"
TONSILLITIS = r"tonsil|quinsy|sore throat"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": INSOMNIA,
    "x02": STILLBIRTH,
    "x03": BRONCHIECTASIS,
    "x04": ALCOHOL,
    "x05": TONSILLITIS,
    "x06": STILLBIRTH,
    "x07": ALCOHOL,
    "x08": TONSILLITIS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev73", "dev74", "dev75")
    )


if __name__ == "__main__":
    sys.exit(main())
