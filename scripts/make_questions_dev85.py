"""Build the .docx and .pdf documents of the dev85 split in bench/questions, and check the split.

dev85 holds documents in layouts that none of dev/test or dev2 to dev81 has (see the section
"The dev85 split" of bench/questions/LAYOUTS.md): a GP cluster's antimicrobial prescribing
huddle sheet, a pharmacy-led antimicrobial resistance round-table summary, typed-up wall notes of
a diabetes education co-design workshop, a remission coaches' case learning session record, an
intranet story on a video clinic reflective session, a practice's telephone-first review notes, a
health coaches' community of practice meeting, a lived experience reading panel record, an
environmental health case debrief on bed bug complaints and a multi-agency learning meeting page
on bed bugs in temporary accommodation; and, as evidence, an antimicrobial point prevalence survey
report, a prescribing dashboard commentary page, a remission pilot evaluation summary, a
public health data note on diabetes care processes, a video consultation patient survey results
report, a rapid evaluation of remote consultations with interpreters, a COPD self-management plan
audit, a charity's self-management programme outcomes report, practice guidance for housing
officers on bed bugs and a bed bug service requests data analysis. Its binaries are built from
bench/questions/sources/dev85/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev85 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev81; dev82 to dev84 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev85.py build [--only NAME]
    uv run python scripts/make_questions_dev85.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev85"

ANTIMICROBIAL_RESISTANCE = r"antimicrobial|antibiotic|\bAMR\b|drug-resistant"
TYPE_2_DIABETES = r"diabet|\bT2DM\b"
REMOTE_CONSULTATION = (
    r"remote consultation|video consultation|telephone consultation|online consultation"
    r"|virtual consultation|video appointment|telephone appointment|phone appointment"
    r"|remote appointment|near me|attend anywhere|telemedicine|e-consultation|econsult"
)
SELF_MANAGEMENT = r"self-?manag|self manag|self-?care|structured education"
BED_BUGS = r"bed ?bugs?|bedbug|cimex"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ANTIMICROBIAL_RESISTANCE,
    "x02": TYPE_2_DIABETES,
    "x03": REMOTE_CONSULTATION,
    "x04": SELF_MANAGEMENT,
    "x05": BED_BUGS,
    "x06": ANTIMICROBIAL_RESISTANCE,
    "x07": SELF_MANAGEMENT,
    "x08": BED_BUGS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev82", "dev83", "dev84")
    )


if __name__ == "__main__":
    sys.exit(main())
