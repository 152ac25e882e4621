"""Build the .docx and .pdf documents of the dev109 split in bench/questions, and check the split.

dev109 holds documents in layouts that none of dev/test or dev2 to dev105 has (see the section
"The dev109 split" of bench/questions/LAYOUTS.md): a Realistic Medicine BRAN role-play session
note with attendees grouped under labels, a bilingual BRAN teaching huddle with a two-column
Present table and initials, a patient participation group's meeting note page on online
consultations, a Project ECHO teleECHO session log, a tenants and residents association's
general meeting minutes, an estate health walkabout blog post with photo captions, a community
anchor peer exchange visit record, a community anchors open forum note with a signed chair
block, a farm health night write-up at a livestock mart and a barbers' hygiene toolbox talk
record; and, as evidence, a BRAN card conference poster, a BRAN research summary page with
author cards, a Near Me audit in plain text with a document control block, a thematic review
of telephone consultation incidents, a health impact assessment on damp and mould in social
housing, a housing association's tenant health survey, a community anchor research web report
with tabs, a community anchor programme's end of grant evaluation, a ringworm incident
management team report and a farm workers' ringworm survey with a CRediT statement. Its
binaries are built from bench/questions/sources/dev109/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev109 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev105; dev106 to dev108 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev109.py build [--only NAME]
    uv run python scripts/make_questions_dev109.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev109"

BRAN_QUESTIONS = r"\bBRAN\b|benefits, risks,? (and )?alternatives"
REMOTE_CONSULTATION = (
    r"remote consult|online consult|virtual consult|video consult|telemedicine"
    r"|virtual appointment|telephone consult|telephone appointment|phone appointment"
    r"|remote appointment|virtual clinic|\be-?consult|near me"
)
SOCIAL_HOUSING = (
    r"social housing|council hous|council home|social rent|social landlord|social tenant"
    r"|housing association|housing executive"
)
COMMUNITY_ANCHOR = r"community anchor"
RINGWORM = r"ringworm|tinea|dermatophyt"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": BRAN_QUESTIONS,
    "x02": REMOTE_CONSULTATION,
    "x03": SOCIAL_HOUSING,
    "x04": COMMUNITY_ANCHOR,
    "x05": RINGWORM,
    "x06": BRAN_QUESTIONS,
    "x07": REMOTE_CONSULTATION,
    "x08": RINGWORM,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev106", "dev107", "dev108")
    )


if __name__ == "__main__":
    sys.exit(main())
