"""Build the .docx and .pdf documents of the dev53 split in bench/questions, and check the split.

dev53 holds documents in layouts that none of dev/test or dev2 to dev52 has (see the section
"The dev53 split" of bench/questions/LAYOUTS.md): an inhaler technique group clinic's session
log, a paediatric teaching ward round's notes, activity coordinators' skills swap write-up, a
care home's Hydration Week diary, a regimental association branch's minutes with a guest
speaker, a lunch and learn's notes, a naloxone training session register, a supported housing
residents' meeting, a dietitian-led supermarket tour and a hospital menu tasting panel; and, as
evidence, a stock condition survey summary, an evidence review appendix of evidence tables, a
council's care home ratings summary table, a regional Market Stability Report extract, a
housing allocations policy extract with a review annex, a commissioner's recommendations
tracker, a custody healthcare governance report, a Patient Group Direction's front pages, a
pathway comparison service review and a paediatric surveillance unit's study page. Its
binaries are built from bench/questions/sources/dev53/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses
the dev2 parser, writers and check) and only supplies the dev53 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev52; dev54 to dev56 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev53.py build [--only NAME]
    uv run python scripts/make_questions_dev53.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev53"

ASTHMA = r"asthma"
CARE_HOMES = r"care home|nursing home|residential care|residential home"
VETERANS = r"veteran|armed forces|ex-service|ex-forces|service leaver"
NALOXONE = r"naloxone|prenoxad|nyxoid"
COELIAC = r"coeliac|celiac"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ASTHMA,
    "x02": CARE_HOMES,
    "x03": VETERANS,
    "x04": NALOXONE,
    "x05": COELIAC,
    "x06": CARE_HOMES,
    "x07": VETERANS,
    "x08": COELIAC,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev54", "dev55", "dev56")
    )


if __name__ == "__main__":
    sys.exit(main())
