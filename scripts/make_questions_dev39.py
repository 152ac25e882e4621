"""Build the .docx and .pdf documents of the dev39 split in bench/questions, and check the split.

dev39 holds documents in layouts that none of dev/test or dev2 to dev38 has (see the section
"The dev39 split" of bench/questions/LAYOUTS.md): a school asthma champions' twilight training
log, a sports coaches' first aid refresher course log, a Compassionate Neighbours volunteers'
circle, a student nurses' hospice placement debrief seminar, a C-Card partners' network call, a
students' union welfare officers' roundtable, a domestic abuse One Stop Shop practitioner forum,
a salon staff awareness session record, an eye clinic liaison officers' network call and a u3a
interest group's meeting report in a newsletter; and, as evidence, a charity's annual survey
nation chapter, an air quality annual status report extract, a Westminster Hall debate, a
travelling fellowship report summary, a "you said, we did" page, a local outcomes improvement
plan progress report extract, an advocacy service outcomes report, a police and crime
commissioner's annual report extract, an OSF registration export and a hospital charity's report
to donors. Its binaries are built from bench/questions/sources/dev39/{workshops,evidence}/NAME.src
in the markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which
reuses the dev2 parser, writers and check) and only supplies the dev39 folders, topic words and
the layouts that are no longer new (those of dev/test and dev2 to dev38).

Usage:
    uv run python scripts/make_questions_dev39.py build [--only NAME]
    uv run python scripts/make_questions_dev39.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev39"

# Splits written at the same time as dev39, whose layouts were not known when it was written.
BESIDE: tuple[str, ...] = ()

ASTHMA = r"asthma"
HOSPICE_CARE = r"hospice"
SEXUAL_HEALTH = (
    r"sexual health|sexual and reproductive|sexually transmitted|contracepti|\bSTIs?\b|\bHIV\b"
    r"|genitourinary|chlamydia|syphilis|gonorrh|condom"
)
DOMESTIC_ABUSE = (
    r"domestic abuse|domestic violence|coercive control|intimate partner|\bIDVAs?\b|\bIDAAs?\b"
    r"|\bMARAC\b|violence against women"
)
GLAUCOMA = r"glaucoma"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ASTHMA,
    "x02": HOSPICE_CARE,
    "x03": SEXUAL_HEALTH,
    "x04": DOMESTIC_ABUSE,
    "x05": GLAUCOMA,
    "x06": DOMESTIC_ABUSE,
    "x07": SEXUAL_HEALTH,
    "x08": GLAUCOMA,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=BESIDE)


if __name__ == "__main__":
    sys.exit(main())
