"""Build the .docx and .pdf documents of the dev14 split in bench/questions, and check the split.

dev14 holds documents in layouts that none of dev/test or dev2 to dev13 has (see the section
"The dev14 split" of bench/questions/LAYOUTS.md): a managed clinical network's minutes with a
quorum table, a Ketso workshop record, a Notion page export with @mentions, an expert reference
group note with a declarations of interest table, a board committee's deep dive, a nominal
group technique record, a board development session note, a clinical ethics forum's case
consultation, a parliamentary roundtable readout and a service closure lessons workshop; and,
as evidence, a doctoral thesis's title and abstract pages, a chapter of an open online
textbook, a JSNA chapter, an RIS citation export, a SPICe briefing, a council cabinet report,
a performance audit's key messages, a Healthwatch report page with the provider's response, a
charity policy briefing with a foreword and a scrollytelling data story. Its binaries are built
from bench/questions/sources/dev14/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev14 folders, topic words and the layouts
that are no longer new.

Usage:
    uv run python scripts/make_questions_dev14.py build [--only NAME]
    uv run python scripts/make_questions_dev14.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev14"

MULTIPLE_SCLEROSIS = r"multiple sclerosis"
ADHD = r"\bADHD\b|attention deficit"
FOOD_INSECURITY = r"food insecur|food poverty|food banks?\b|foodbank"
CARE_HOMES = r"care homes?\b|nursing homes?\b|residential care"
STAMMERING = r"stammer|stutter"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": MULTIPLE_SCLEROSIS,
    "x02": ADHD,
    "x03": FOOD_INSECURITY,
    "x04": CARE_HOMES,
    "x05": STAMMERING,
    "x06": CARE_HOMES,
    "x07": ADHD,
    "x08": STAMMERING,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
