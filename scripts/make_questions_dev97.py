"""Build the .docx and .pdf documents of the dev97 split in bench/questions, and check the split.

dev97 holds documents in layouts that none of dev/test or dev2 to dev92 has (see the section
"The dev97 split" of bench/questions/LAYOUTS.md): a breast screening mobile unit's community
outreach debrief, a breast screening community champions' training evening, a volunteer car
scheme drivers' forum, a dial-a-ride booking line review workshop, a school MMR catch-up
planning meeting, a health visitors' immunisation practice forum, a long COVID peer support
group's blog post, a long COVID return-to-work case discussion, a patient transport crews'
training review on motion sickness and an island patient travel huddle; and, as evidence, a
breast screening equity audit, a timed appointment letter trial summary, a community transport
passenger survey, a rural transport fund review, a quarterly childhood immunisation uptake
report, an MMR catch-up programme evaluation, a long COVID clinic outcomes report, a long COVID
recovery service review with stories, an island patients' ferry travel survey and an ambulance
crews' motion sickness short report. Its binaries are built from
bench/questions/sources/dev97/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev97 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev92; dev93 to dev95 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev97.py build [--only NAME]
    uv run python scripts/make_questions_dev97.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev97"

BREAST_SCREENING = r"breast screening|breast cancer screening|mammogra"
COMMUNITY_TRANSPORT = (
    r"community transport|dial-a-ride|community bus|community car|voluntary car scheme"
    r"|volunteer drivers?"
)
CHILDHOOD_IMMUNISATIONS = r"immunis|vaccin|\bMMR\b"
LONG_COVID = r"long[ -]covid|post-covid"
MOTION_SICKNESS = r"motion sick|travel sick|seasick|car ?sick"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": BREAST_SCREENING,
    "x02": COMMUNITY_TRANSPORT,
    "x03": CHILDHOOD_IMMUNISATIONS,
    "x04": LONG_COVID,
    "x05": MOTION_SICKNESS,
    "x06": BREAST_SCREENING,
    "x07": COMMUNITY_TRANSPORT,
    "x08": MOTION_SICKNESS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev93", "dev94", "dev95")
    )


if __name__ == "__main__":
    sys.exit(main())
