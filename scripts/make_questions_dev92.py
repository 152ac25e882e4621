"""Build the .docx and .pdf documents of the dev92 split in bench/questions, and check the split.

dev92 holds documents in layouts that none of dev/test or dev2 to dev88 has (see the section
"The dev92 split" of bench/questions/LAYOUTS.md): a dermatology outpatients value stream mapping
event, a pharmacy stores 5S red tag day, an AI clinical decision support governance huddle, an
AI scribe clinician feedback session, a peer-led recovery community open forum, a recovery
café volunteers' reflective meeting, an eating disorders clinicians' case network on bulimia, a
guided self-help supervision group, a minor injuries unit nosebleed (epistaxis) skills
refresher and a care home nosebleed huddle; and, as evidence, a Lean programme final report, a
Lean Six Sigma training review, an AI readiness survey, an AI scribe pilot evaluation, a
recovery communities mapping study, a recovery communities small grants review, a bulimia
pathway audit, a guided self-help service evaluation, an epistaxis literature review and an
emergency department epistaxis audit. Its binaries are built from
bench/questions/sources/dev92/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev92 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev88; dev89 to dev91 were written beside
it).

Usage:
    uv run python scripts/make_questions_dev92.py build [--only NAME]
    uv run python scripts/make_questions_dev92.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev92"

LEAN = r"\blean\b|kaizen|value stream"
ARTIFICIAL_INTELLIGENCE = r"artificial intelligence|\bAI\b|machine learning|ambient voice"
RECOVERY_COMMUNITIES = r"recovery communit|recovery caf|lived experience recovery organisation"
BULIMIA = r"bulimi|binge|eating disorder"
NOSEBLEEDS = r"nosebleed|nose bleed|epistaxis"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": LEAN,
    "x02": ARTIFICIAL_INTELLIGENCE,
    "x03": RECOVERY_COMMUNITIES,
    "x04": BULIMIA,
    "x05": NOSEBLEEDS,
    "x06": NOSEBLEEDS,
    "x07": LEAN,
    "x08": BULIMIA,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev89", "dev90", "dev91")
    )


if __name__ == "__main__":
    sys.exit(main())
