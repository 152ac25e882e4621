"""Build the .docx and .pdf documents of the dev10 split in bench/questions, and check the split.

dev10 holds documents in layouts that none of dev/test or dev2 to dev8 has (see the section
"The dev10 split" of bench/questions/LAYOUTS.md): a parliamentary committee Official Report, a
Mailchimp-style e-mail newsletter, a PDSA cycle record form, a study day programme with speaker
biographies, a Mentimeter results export, a job-shadowing reflective log, a steering group's
terms of reference with a membership table, a lived experience panel report, a Viva Engage
conversation and an event attendee export with organiser's notes; and, as evidence, a national
audit's key findings chapter, a LinkedIn-style article, a structured judgement review thematic
summary, an "ask the expert" column, a bilingual Welsh/English press release, a research blog
post with reader comments, a prescribing bulletin, an outbreak control team report, a notebook
export and an Assembly written answer. Its binaries are built from
bench/questions/sources/dev10/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev10 folders, topic words and the layouts
that are no longer new.

Usage:
    uv run python scripts/make_questions_dev10.py build [--only NAME]
    uv run python scripts/make_questions_dev10.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev10"

VOLUNTEERING = r"volunteer"
POVERTY = (
    r"poverty|cost of living|cost-of-living|low income|financial hardship|money advice"
    r"|welfare advice|benefits advice|debt advice|income maximisation"
)
IPC = r"infection prevention|infection control|hand hygiene|\bIPC\b|antimicrobial"
MEDICINES = r"medicines|polypharmacy|deprescrib|medication review"
LYMPHOEDEMA = r"lymphoedema|lymphedema"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": VOLUNTEERING,
    "x02": POVERTY,
    "x03": IPC,
    "x04": MEDICINES,
    "x05": LYMPHOEDEMA,
    "x06": IPC,
    "x07": MEDICINES,
    "x08": POVERTY,
}

EARLIER = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")


def use_dev10() -> None:
    """Point the dev2 builder's settings (through dev3's hooks) at the dev10 split."""
    dev3.use_split(SPLIT, TOPIC_WORDS, {}, EARLIER)


def main(argv: list[str] | None = None) -> int:
    return dev3.run(argv, use_dev10, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
