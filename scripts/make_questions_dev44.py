"""Build the .docx and .pdf documents of the dev44 split in bench/questions, and check the split.

dev44 holds documents in layouts that none of dev/test or dev2 to dev42 has (see the section
"The dev44 split" of bench/questions/LAYOUTS.md): a pharmacy consultation skills role-play day
with observer sheets, a GP practice and community pharmacy interface meeting with an issue
tracker, a pressure ulcer review panel case log, a mattress and cushion evaluation day's scoring
notes, a bereavement office and register office liaison meeting in "what went well / even better
if" form, a remembrance service planning group's notes, a bus ride-along audit log, a postcode
dot-map exercise record, a taxi trade liaison forum note and a CPAP starter group register with
educators' notes; and, as evidence, a community pharmacy patient questionnaire results poster, a
business and regulatory impact assessment, an assurance review with a findings matrix, a CQUIN
year-end report, a medical examiner annual report extract, a funeral price survey, an access
audit report, a public transport travel-time technical note, a waiting list validation report and
a topic exploration report. It was written by a helper apart from the extraction code and its
answers were committed before any run (dev43 was written beside it, so dev43's layouts were not
known). Its binaries are built from bench/questions/sources/dev44/{workshops,evidence}/NAME.src in
the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev44 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev42).

Usage:
    uv run python scripts/make_questions_dev44.py build [--only NAME]
    uv run python scripts/make_questions_dev44.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev44"

COMMUNITY_PHARMACY = r"pharmac"
PRESSURE_ULCERS = r"pressure ulcer|pressure sore|pressure damage|pressure injur|bed ?sores"
BEREAVEMENT = r"bereave|grief|griev"
TRANSPORT = r"transport|travel|\bbus\b|\bbuses\b"
SLEEP_APNOEA = r"sleep apn|\bOSA\b|\bCPAP\b|obstructive sleep"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": COMMUNITY_PHARMACY,
    "x02": PRESSURE_ULCERS,
    "x03": BEREAVEMENT,
    "x04": TRANSPORT,
    "x05": SLEEP_APNOEA,
    "x06": PRESSURE_ULCERS,
    "x07": BEREAVEMENT,
    "x08": TRANSPORT,
}


def main(argv: list[str] | None = None) -> int:
    # dev43 was written at the same time, by another helper: its layouts were not known.
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev43",))


if __name__ == "__main__":
    sys.exit(main())
