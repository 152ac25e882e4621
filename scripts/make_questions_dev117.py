"""Build the .docx and .pdf documents of the dev117 split in bench/questions, and check the split.

dev117 holds documents in layouts that none of dev/test or dev2 to dev113 has (see the section
"The dev117 split" of bench/questions/LAYOUTS.md): a chemotherapy day unit's cold debrief after
an e-prescribing outage, a SACT nurse study session's lesson plan and record, a parkrun run
report of a cardiac rehabilitation takeover, a debrief of a heart health talk after Friday
prayers at a mosque, a practice pharmacists' daily stand-up log, a structured medication review
practice OSCE examiners' calibration note, a Q-sort session on low mood in pregnancy, a peer
support charity's event page with a post-event update, a Parkinson's branch meeting report on
skin and scalp and a further education hairdressing course team's minutes; and, as evidence, a
board quality newsletter's project showcase, a regional dose banding implementation report with
a consultation log, a prescribing data note with an SQL block and footnoted authors, a health
technology evidence appraisal report, a GP cluster plan progress return, a pharmacy annual
report chapter with a spotlight box, a talking therapies pathway evaluation with a commissioner's
preface, an audit report card with an audit lead per Trust, a community pharmacy audit with
declarations of interest and a cluster pilot evaluation page with footnoted contributors. Its
binaries are built from bench/questions/sources/dev117/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev117 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev113; dev114 to dev116 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev117.py build [--only NAME]
    uv run python scripts/make_questions_dev117.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev117"

CHEMOTHERAPY = r"chemo|\bSACT\b|systemic anti-cancer"
CORONARY_HEART_DISEASE = r"coronary|ischaemic heart|heart attack|myocardial infarction|\bangina\b"
MEDICATION_REVIEWS = r"medication reviews?|medicines? reviews?|review of (?:their )?medic|\bSMRs?\b"
ANTENATAL_DEPRESSION = (
    r"antenatal depression|depression (?:in|during) pregnancy|prenatal depression"
    r"|perinatal (?:mental|depression)"
)
DANDRUFF = r"dandruff|seborrh"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CHEMOTHERAPY,
    "x02": CORONARY_HEART_DISEASE,
    "x03": MEDICATION_REVIEWS,
    "x04": ANTENATAL_DEPRESSION,
    "x05": DANDRUFF,
    "x06": CHEMOTHERAPY,
    "x07": CORONARY_HEART_DISEASE,
    "x08": DANDRUFF,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev114", "dev115", "dev116")
    )


if __name__ == "__main__":
    sys.exit(main())
