"""Build the .docx and .pdf documents of the dev101 split in bench/questions, and check the split.

dev101 holds documents in layouts that none of dev/test or dev2 to dev97 has (see the section "The
dev101 split" of bench/questions/LAYOUTS.md): a community first responders' quarterly meeting with
a callsign roll, an ambulance handover improvement workshop with an Organisation | Attended | Sent
apologies table, a parents' bottle feeding co-design session with initials keyed at the end, a
health visiting learning session with a name-badge list giving pronouns, a staff intranet story
with a "Pictured (left to right)" photo caption on shared decision making, a GP cluster bulletin's
learning time write-up with quoted asides, a joint adaptations case review panel's minutes with
Members and In attendance columns, a Disabled Facilities Grant process mapping note sent as an
e-mail, a podiatry patient reference group's notes with a key to initials and a footwear clinic
huddle exported from a Loop page with @mentions; and, as evidence, a rural postcode data insight
note on ambulance response, an ambulance long-wait learning review web page with accordions, a
rapid evidence review on infant formula costs with a document control table, a parent survey
findings page with an "About this research" aside, a decision aid evaluation with authors and
contributors at the end, a plain-text accessible patient survey report, a rapid adaptations fund
evaluation with a Pandoc title block, a charity blog post with a "Words by" byline and an author
box, a two-column re-audit of bunion surgery outcomes with footnote affiliations and a referral
criteria evidence review with a pathway group membership table. Its binaries are built from
bench/questions/sources/dev101/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2 parser,
writers and check) and only supplies the dev101 folders, topic words and the layouts that are no
longer new (those of dev/test and dev2 to dev97; dev98 to dev100 were written beside it).

Usage:
    uv run python scripts/make_questions_dev101.py build [--only NAME]
    uv run python scripts/make_questions_dev101.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev101"

AMBULANCE_RESPONSE_TIMES = (
    r"ambulance response|ambulance waits?\b|ambulance waiting|ambulance delays?"
)
BOTTLE_FEEDING = r"bottle[ -]?fe|bottle-fed|formula[ -]fe|formula milk|infant formula"
SHARED_DECISION_MAKING = (
    r"shared decision|shared decisions|making decisions together|collaborative decision"
    r"|what matters to you|informed choice|personalised care and support planning"
)
HOME_ADAPTATIONS = r"adaptation|adapted home|disabled facilities grant|home modification"
BUNIONS_WORDS = r"bunion|hallux valgus"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": AMBULANCE_RESPONSE_TIMES,
    "x02": BOTTLE_FEEDING,
    "x03": SHARED_DECISION_MAKING,
    "x04": HOME_ADAPTATIONS,
    "x05": BUNIONS_WORDS,
    "x06": AMBULANCE_RESPONSE_TIMES,
    "x07": BOTTLE_FEEDING,
    "x08": BUNIONS_WORDS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev98", "dev99", "dev100")
    )


if __name__ == "__main__":
    sys.exit(main())
