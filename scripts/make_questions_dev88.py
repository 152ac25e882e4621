"""Build the .docx and .pdf documents of the dev88 split in bench/questions, and check the split.

dev88 holds documents in layouts that none of dev/test or dev2 to dev84 has (see the section
"The dev88 split" of bench/questions/LAYOUTS.md): an antenatal booking mood screening huddle
sheet, a midwives' reflective practice circle on the Whooley questions, a digital inclusion
health app co-design sprint log, an app library clinical review panel's web notes, a
drug-related deaths case review panel note, a lived experience forum open meeting, a system
workforce planning away day write-up, a workforce modelling scenario workshop in plain text, a
podiatry nail surgery peer learning page and a nail surgery list dry run record; and, as
evidence, an antenatal mood enquiry clinical audit, a maternity voices survey findings page, a
health app pilot evaluation summary, a health app prescribing pilot's interim findings, a drug
use prevalence bulletin page, a drug checking service evaluation, a health board workforce plan
board paper, a partnership workforce plan summary for staff, an ingrown toenail referral
pathway evaluation and a nail surgery patient-reported outcomes audit in plain text. Its
binaries are built from bench/questions/sources/dev88/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev88 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev84; dev85 to dev87 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev88.py build [--only NAME]
    uv run python scripts/make_questions_dev88.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev88"

ANTENATAL_DEPRESSION = (
    r"antenatal depression|depression (?:in|during) pregnancy|prenatal depression"
)
HEALTH_APPS = r"\bapps?\b|smartphone app|mobile app|wellbeing app"
DRUG_USE = r"\bdrugs?\b|drug use|drug misuse|drug-related"
WORKFORCE_PLANNING = r"workforce"
INGROWN_TOENAILS = r"ingrown|ingrowing|toenail|toe nail|nail surgery|onychocryptosis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ANTENATAL_DEPRESSION,
    "x02": HEALTH_APPS,
    "x03": DRUG_USE,
    "x04": WORKFORCE_PLANNING,
    "x05": INGROWN_TOENAILS,
    "x06": ANTENATAL_DEPRESSION,
    "x07": DRUG_USE,
    "x08": INGROWN_TOENAILS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev85", "dev86", "dev87")
    )


if __name__ == "__main__":
    sys.exit(main())
