"""Build the .docx and .pdf documents of the dev138 split in bench/questions, and check the split.

dev138 holds documents in layouts that none of dev/test or the earlier splits has (see the
section "The dev138 split" of bench/questions/LAYOUTS.md): a community pharmacy counter staff
practice evening on bowel screening, a women's centre tea and talk on cervical screening, a
GP practice care navigation huddle, a locum GP induction pack review workshop, a temple hall
health conversation with minority ethnic elders, an interpreting co-design session in slides,
a community development practitioners' network meeting, a development trust's community-led
plan open day, a netball league first-aiders' workshop on sprained ankles and a minor injuries
sprained ankle pathway review; and, as evidence, an HPV self-sampling pilot evaluation, a bowel
screening text reminder trial page, a GP cluster demand and capacity audit, a lay summary of a
multidisciplinary teams evaluation, an end of grant report on interpreted appointments, a
reports library entry on minority ethnic communities' experience of services, a community
development programme evaluation, a health audit of community-led groups, a first contact
physiotherapy service audit and an emergency department audit summary sheet. Its binaries are
built from bench/questions/sources/dev138/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev138 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev135; dev136, dev137 and dev139 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev138.py build [--only NAME]
    uv run python scripts/make_questions_dev138.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev138"

CANCER_SCREENING = r"screening"
GENERAL_PRACTICE = r"general practi|\bGPs?\b|doctor's surgery"
ETHNIC_MINORITY = (
    r"ethnic minorit|minority ethnic|minoritised|\bBAME\b|Black, Asian|culturally appropriate"
)
COMMUNITY_DEVELOPMENT = (
    r"community development|community[- ]led|community empowerment|community capacity"
    r"|community organising|community-building|community-driven"
)
SPRAINED_ANKLE = r"sprain|\bankle"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CANCER_SCREENING,
    "x02": GENERAL_PRACTICE,
    "x03": ETHNIC_MINORITY,
    "x04": COMMUNITY_DEVELOPMENT,
    "x05": SPRAINED_ANKLE,
    "x06": CANCER_SCREENING,
    "x07": GENERAL_PRACTICE,
    "x08": SPRAINED_ANKLE,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev136", "dev137", "dev139")
    )


if __name__ == "__main__":
    sys.exit(main())
