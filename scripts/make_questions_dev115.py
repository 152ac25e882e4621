"""Build the .docx and .pdf documents of the dev115 split in bench/questions, and check the split.

dev115 holds documents in layouts that none of dev/test or dev2 to dev113 has (see the section
"The dev115 split" of bench/questions/LAYOUTS.md): a hospital "perfect week" debrief with a
day-by-day attendance grid, a trusted assessor learning session for care home managers, an
angina plan co-design session with a footnoted who's who, a mosque heart check pop-up debrief
post, a joint midwife and health visitor case reflection, a listening group's typed-up
flipcharts, a PrEP pathway governance huddle with an initials column, a volunteers' wiki page
about a Pride stall, a parks depot toolbox talk on sunburn with a signing register and an
outdoor nursery's committee minutes; and, as evidence, a delayed discharge deep dive with a
document control table, a partnership's delayed discharge review page, a journal article on
secondary prevention of coronary heart disease, a GP federation's register audit memo, a
maternity voices newsletter's research round-up with a Q&A, a research findings summary, a
bilingual data note on online PrEP refills, a GUM clinic's service evaluation, a public health
annual report chapter on sunburn in outdoor workers and a beach observation dataset's README
with a BibTeX citation. Its binaries are built from
bench/questions/sources/dev115/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev115 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev113; dev114, dev116 and dev117 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev115.py build [--only NAME]
    uv run python scripts/make_questions_dev115.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev115"

DELAYED_DISCHARGE = (
    r"delayed discharge|delayed transfers? of care|\bDTOC\b|discharge delay"
    r"|delays? in discharge|delayed hospital discharge|bed.blocking"
)
CORONARY_HEART_DISEASE = r"coronary|ischaemic heart|\bCHD\b|angina|heart attack"
ANTENATAL_DEPRESSION = r"antenatal depression|depression (in|during) pregnancy|prenatal depression"
PREP = r"\bPrEP\b|pre-exposure prophylaxis"
SUNBURN = r"sunburn|sunburnt|sunscreen|sun ?cream|sun safety|\bSPF\b"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": DELAYED_DISCHARGE,
    "x02": CORONARY_HEART_DISEASE,
    "x03": ANTENATAL_DEPRESSION,
    "x04": PREP,
    "x05": SUNBURN,
    "x06": DELAYED_DISCHARGE,
    "x07": PREP,
    "x08": SUNBURN,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev114", "dev116", "dev117")
    )


if __name__ == "__main__":
    sys.exit(main())
