"""Build the .docx and .pdf documents of the dev34 split in bench/questions, and check the split.

dev34 holds documents in layouts that none of dev/test or dev2 to dev32 has (see the section
"The dev34 split" of bench/questions/LAYOUTS.md): a dementia-friendly swimming session's
volunteer buddy sheet, a Welsh-medium choir's rehearsal register with a wellbeing round, a
group consultation session record, a helpline call review, an AI meeting-notes export with a
hand-added section, a mentoring pairs' review day, strength and balance instructors' case
review, staff network minutes with an allies list, chatty bench steering group minutes with a
site table and a shadowing day's reflection forms; and, as evidence, a measurement guide
extract with question boxes, a four-level training evaluation, a trial registry results
posting, a citizen science project results page, an outcome star distance travelled report, an
evaluability assessment, a small-area risk index methods note, a three minute thesis
transcript, a research case for support with preliminary data and an annotated SPC chart.
Its binaries are built from bench/questions/sources/dev34/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev34 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev32; dev33 was written at the
same time and its layouts were not known).

Usage:
    uv run python scripts/make_questions_dev34.py build [--only NAME]
    uv run python scripts/make_questions_dev34.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev34"

DEMENTIA = r"dementia|alzheimer|memory loss|memory problems|cognitive impairment|cognitive decline"
SOCIAL_PRESCRIBING = (
    r"social prescrib|link worker|links worker|links practitioner|community referral"
    r"|social prescription|socially prescribed|community connector"
)
MENOPAUSE = r"menopaus|hot flush"
LONELINESS = r"lonel|isolat|befriend|social connect|no one to talk to"
RESTLESS_LEGS = r"restless legs|willis-ekbom|\bRLS\b"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": DEMENTIA,
    "x02": SOCIAL_PRESCRIBING,
    "x03": MENOPAUSE,
    "x04": LONELINESS,
    "x05": RESTLESS_LEGS,
    "x06": SOCIAL_PRESCRIBING,
    "x07": LONELINESS,
    "x08": RESTLESS_LEGS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev33",))


if __name__ == "__main__":
    sys.exit(main())
