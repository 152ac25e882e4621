"""Build the .docx and .pdf documents of the dev27 split in bench/questions, and check the split.

dev27 holds documents in layouts that none of dev/test or dev2 to dev26 has (see the section
"The dev27 split" of bench/questions/LAYOUTS.md): a rugby club matchday programme feature, a
gurdwara health mela volunteer rota with a debrief, a cancer rehabilitation course's closing
circle notes, a wellbeing day page with a stallholders table, Pubwatch meeting notes, a
recovery house community meeting book, a forum theatre workshop record, a case file audit
moderation panel note, a toolbox talk record and an expedition leaders' briefing note; and, as
evidence, a licensing cumulative impact assessment, a contribution analysis with a contribution
story table, a council's adult social care Local Account, an Ombudsman's own initiative
investigation report, a GOV.UK statistics page with its change history, a petitions committee
clerk's note, a PRINCE2 highlight report, a CIC 34 community interest company report, an EU
project deliverable with its cover table and a trial newsletter for sites. Its binaries are
built from bench/questions/sources/dev27/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev27 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev26).

Usage:
    uv run python scripts/make_questions_dev27.py build [--only NAME]
    uv run python scripts/make_questions_dev27.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev27"

HIGH_BLOOD_PRESSURE = r"blood pressure|hypertens"
CANCER_SURVIVORSHIP = r"cancer"
ALCOHOL_USE = r"alcohol|drinking|\bdrunk\b"
CARERS_ASSESSMENT = (
    r"carer'?s'? (?:needs )?assessment|carers assessment|carer support plan"
    r"|assessment of (?:a|the|their) carer"
)
LYME_DISEASE = r"\blyme\b|borreli|tick-borne"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HIGH_BLOOD_PRESSURE,
    "x02": CANCER_SURVIVORSHIP,
    "x03": ALCOHOL_USE,
    "x04": CARERS_ASSESSMENT,
    "x05": LYME_DISEASE,
    "x06": HIGH_BLOOD_PRESSURE,
    "x07": CARERS_ASSESSMENT,
    "x08": LYME_DISEASE,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
