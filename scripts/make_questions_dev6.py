"""Build the .docx and .pdf documents of the dev6 split in bench/questions, and check the split.

dev6 holds documents in layouts that none of dev/test, dev2, dev3, dev4 or dev5 has (see the
section "The dev6 split" of bench/questions/LAYOUTS.md): a Scottish Government stakeholder event
report, a Senedd committee summary of an evidence session, Q special interest group call notes,
a citizens' jury report, an NES learning event write-up, a listening session transcript (Q:/A:),
an action learning set write-up, a Teams weekly digest, a project timeline write-up, a peer
network newsletter, NICE evidence review front matter, a Healthwatch annual report section, an
ICB board paper with its cover sheet, a clinical re-audit report, a survey results summary, a
research interview transcript, a SCIE "At a glance" briefing, a tri-fold study leaflet, a
Freedom of Information response and a PROSPERO record. Its binaries are built from
bench/questions/sources/dev6/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev6 folders, topic words and the layouts that
are no longer new.

Usage:
    uv run python scripts/make_questions_dev6.py build [--only NAME]
    uv run python scripts/make_questions_dev6.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev6"

EATING_DISORDERS = r"eating disorder|anorexi|bulimi|binge eating"
VETERANS = r"veteran|armed forces|ex-service"
WAITING = r"waiting list|waiting time|waiting well|referral to treatment|elective"
REFUGEES = r"refugee|asylum|sanctuary|new scots"
GAMBLING = r"gambl"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": EATING_DISORDERS,
    "x02": VETERANS,
    "x03": WAITING,
    "x04": REFUGEES,
    "x05": GAMBLING,
    "x06": EATING_DISORDERS,
    "x07": VETERANS,
    "x08": WAITING,
}


def use_dev6() -> None:
    """Point the dev2 builder's settings (through dev3's hooks) at the dev6 split."""
    dev3.use_split(SPLIT, TOPIC_WORDS, {}, ("dev2", "dev3", "dev4", "dev5"))


def main(argv: list[str] | None = None) -> int:
    return dev3.run(argv, use_dev6, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
