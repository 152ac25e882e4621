"""Build the .docx and .pdf documents of the dev119 split in bench/questions, and check the split.

dev119 holds documents in layouts that none of dev/test or dev2 to dev117 has (see the section
"The dev119 split" of bench/questions/LAYOUTS.md): a school route walkabout debrief with a
stop-by-stop log, an active travel champions network meeting with an organisation-first
round-robin table, a health app co-design sprint retrospective, a patient panel write-up with
portrait captions and a sign-off, a dementia navigators' peer supervision record with a name
grid and a signature block, a carers' feedback café write-up with a transcribed sign-in sheet,
an eating disorders team away day with a timed programme, a roundtable note circulated by
e-mail with a "with thanks to" line and a signature, an ED huddle board transcription with an
initials key and a GP and pharmacy learning evening page with speaker bios and post-nominals;
and, as evidence, a two-column journal evaluation with stacked affiliations, a school travel
survey data page with publication details at the foot, a usability study with document control
and revision history, a rapid evidence review with a "Cite as" line, a plain-text official
statistics release with its statistician at the foot, a service evaluation with a signed
foreword, a university research news post with author cards, a clinical audit with a sign-off
table, a conference poster abstract with lettered affiliations and a plain-text pharmacy
service evaluation prepared "on behalf of". Its binaries are built from
bench/questions/sources/dev119/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev119 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev117; dev118, dev120 and dev121 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev119.py build [--only NAME]
    uv run python scripts/make_questions_dev119.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev119"

ACTIVE_TRAVEL = (
    r"active travel|walking and cycling|cycling and walking|walking and wheeling"
    r"|walking, wheeling"
)
HEALTH_APPS = r"health apps?\b|smartphone app|mobile app|wellbeing apps?\b"
POST_DIAGNOSTIC_SUPPORT = (
    r"post-diagnos|post diagnos|support after a dementia diagnosis|dementia link worker"
)
BULIMIA = r"bulimi"
NOSEBLEEDS = r"nosebleed|nose bleed|epistaxis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": ACTIVE_TRAVEL,
    "x02": HEALTH_APPS,
    "x03": POST_DIAGNOSTIC_SUPPORT,
    "x04": BULIMIA,
    "x05": NOSEBLEEDS,
    "x06": ACTIVE_TRAVEL,
    "x07": HEALTH_APPS,
    "x08": NOSEBLEEDS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev118", "dev120", "dev121")
    )


if __name__ == "__main__":
    sys.exit(main())
