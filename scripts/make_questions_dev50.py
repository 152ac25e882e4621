"""Build the .docx and .pdf documents of the dev50 split in bench/questions, and check the split.

dev50 holds documents in layouts that none of dev/test or dev2 to dev48 has (see the section
"The dev50 split" of bench/questions/LAYOUTS.md): a single-handed care review clinic log, a
home care provider market engagement page, a wait well navigators' huddle note, a volunteer
drivers' forum note, a RACI mapping workshop record, a community connectors' team meeting with
a case spotlight, a recovery walk marshals' briefing and debrief, a peer mentor graduation
page, a hearing aid maintenance drop-in tally sheet and a trainer's notes with a parking lot;
and, as evidence, an Ombudsman focus report, a workforce pulse survey by question, a Northern
Ireland post project evaluation, a citizens' panel wave report, a university research blog
with Harvard references, a Trust complaints annual report extract, a recovery asset register,
an ADP annual survey return, an Older People's Commissioner report with calls for action and
an audiology aftercare service review. Its binaries are built from
bench/questions/sources/dev50/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev50 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev48; dev49 was written beside it).

Usage:
    uv run python scripts/make_questions_dev50.py build [--only NAME]
    uv run python scripts/make_questions_dev50.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev50"

HOME_CARE = r"home care|homecare|care at home|domiciliary|home support"
WAITING_WELL = r"waiting well|wait well|support while waiting"
CARERS_ASSESSMENT = r"carer[’']?s?[’']? assessment|carer support plan"
RECOVERY_COMMUNITIES = r"recovery communit|lived experience recovery organisation"
HEARING_AIDS = r"hearing aid"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HOME_CARE,
    "x02": WAITING_WELL,
    "x03": CARERS_ASSESSMENT,
    "x04": RECOVERY_COMMUNITIES,
    "x05": HEARING_AIDS,
    "x06": HOME_CARE,
    "x07": RECOVERY_COMMUNITIES,
    "x08": HEARING_AIDS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev49",))


if __name__ == "__main__":
    sys.exit(main())
