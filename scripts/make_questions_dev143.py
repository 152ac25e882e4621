"""Build the .docx and .pdf documents of the dev143 split in bench/questions, and check the split.

dev143 holds documents in layouts that none of dev/test or dev2 to dev139 has (see the section
"The dev143 split" of bench/questions/LAYOUTS.md): a virtual ward PESTLE workshop on scaling up
remote monitoring, an unconference session sheet on remote monitoring in care homes, a
participatory budgeting vote day record, a community development marketplace round-up, an
emergency department lightning talks evening, an ambulance handover system workshop with a
decision log, a regional partnership board's tuning protocol session on an integrated hub, an
HSCP intranet news page on a team around the person session, a voice memo transcript of a dry
eye learning evening and a Logseq journal page of a screen workers' dry eyes lunch session; and,
as evidence, a telemonitoring economic evaluation, a funded research award project page, a
programme learning brief, a story of change, a rapid review with a role-first review team annex,
a flow navigation centre evaluation web report, an integrated neighbourhood team evaluation, a
rapid evidence review with search and screening tables, a community optometry clinical audit
with CRediT contributor roles and a charity's member survey in plain text with a boxed fieldwork
panel. Its binaries are built from bench/questions/sources/dev143/{workshops,evidence}/NAME.src
in the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which
reuses the dev2 parser, writers and check) and only supplies the dev143 folders, topic words and
the layouts that are no longer new (those of dev/test and dev2 to dev139; dev140 to dev142 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev143.py build [--only NAME]
    uv run python scripts/make_questions_dev143.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev143"

REMOTE_MONITORING = (
    r"remote monitoring|remotely monitored|monitored remotely|tele-?monitoring"
    r"|home monitoring|remote patient monitoring"
)
COMMUNITY_DEVELOPMENT = (
    r"community development|community[- ]led|community empowerment|community capacity"
    r"|community organising|community[- ]driven"
)
URGENT_AND_EMERGENCY_CARE = (
    r"urgent and emergency care|emergency care|urgent care|unscheduled care|unplanned care"
    r"|emergency department|\bA&E\b|handover delays?|ambulance (?:patient )?handover"
)
INTEGRATED_CARE = (
    r"integrated care|integrated health and social care|health and social care integration"
    r"|integration of health and social care|integrated neighbourhood team"
)
DRY_EYES = r"dry eyes?\b"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": REMOTE_MONITORING,
    "x02": COMMUNITY_DEVELOPMENT,
    "x03": URGENT_AND_EMERGENCY_CARE,
    "x04": INTEGRATED_CARE,
    "x05": DRY_EYES,
    "x06": REMOTE_MONITORING,
    "x07": URGENT_AND_EMERGENCY_CARE,
    "x08": DRY_EYES,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev140", "dev141", "dev142")
    )


if __name__ == "__main__":
    sys.exit(main())
