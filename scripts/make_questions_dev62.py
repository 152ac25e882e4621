"""Build the .docx and .pdf documents of the dev62 split in bench/questions, and check the split.

dev62 holds documents in layouts that none of dev/test or dev2 to dev60 has (see the section
"The dev62 split" of bench/questions/LAYOUTS.md): a hydrotherapy pool users' meeting, a Joint
School educators' session review, care home managers' forum minutes with a sederunt, an
activity coordinators' swap shop write-up, a health orientation session facilitator record for
people newly granted refugee status, an interpreters' and clinicians' reflective session, a
plain English readers' panel review, a health literacy champions network launch note, a sleep
clinic improvement meeting and an online peer meet-up host's recap e-mail; and, as evidence, a
first contact physiotherapy service data summary, a regional early inflammatory arthritis audit
results page, a care home support team quarterly report, a council market position statement
extract, an asylum health assessment audit, a charity's destitution survey findings page, a
literacy audit of patient letters, an integration joint board committee paper, an antenatal
clinic audit report in plain text and a GP federation's pharmacist project page. Its binaries
are built from bench/questions/sources/dev62/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev62 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev60; dev61, dev63 and dev64 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev62.py build [--only NAME]
    uv run python scripts/make_questions_dev62.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev62"

ARTHRITIS = r"arthritis"
CARE_HOMES = r"care\s+homes?\b|nursing\s+homes?\b|residential\s+care|residential\s+homes?\b"
REFUGEES = (
    r"refugee|asylum|migrants?\b|seeking\s+sanctuary|sanctuary\s+seeker"
    r"|new\s+scots|displaced\s+people"
)
HEALTH_LITERACY = r"health\s+litera|plain\s+language|plain\s+english|accessible\s+information"
RESTLESS_LEGS = r"restless\s+legs?|willis-ekbom"

# What counts as evidence "on" the topic of each evidence question, for the gap check (with
# \s+ between words: a PDF line may break inside a label).
TOPIC_WORDS = {
    "x01": ARTHRITIS,
    "x02": CARE_HOMES,
    "x03": REFUGEES,
    "x04": HEALTH_LITERACY,
    "x05": RESTLESS_LEGS,
    "x06": CARE_HOMES,
    "x07": HEALTH_LITERACY,
    "x08": RESTLESS_LEGS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev61", "dev63", "dev64")
    )


if __name__ == "__main__":
    sys.exit(main())
