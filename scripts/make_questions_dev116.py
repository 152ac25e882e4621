"""Build the .docx and .pdf documents of the dev116 split in bench/questions, and check the split.

dev116 holds documents in layouts that none of dev/test or dev2 to dev113 has (see the section
"The dev116 split" of bench/questions/LAYOUTS.md): a cardiac rehabilitation co-design café, a
gurdwara heart health day's volunteers' debrief, a neurodivergent staff network's online
meeting, a parent carer forum's sensory walk gallery post, a PCN pharmacists' action learning
set on structured medication reviews, a care home medicines round-table with a sign-in sheet,
a forum theatre bystander workshop on racism, an anti-racist action plan staff reference group,
a scabies outbreak control team's minutes and a student halls scabies stand-down meeting; and,
as evidence, a university repository record of a pharmacy heart check evaluation, a regional
cardiac rehabilitation audit, a neuro-inclusion passport evaluation, a government social
research report on sensory-friendly general practice, a cluster pharmacist's care home case
study, a polypharmacy audit infographic page, a Freedom to Speak Up thematic report on racism,
a charity's survey of migrant care workers, a health protection case presentation on scabies
in a care home and a prison scabies incident review. Its binaries are built from
bench/questions/sources/dev116/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev116 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev113; dev114, dev115 and dev117 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev116.py build [--only NAME]
    uv run python scripts/make_questions_dev116.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev116"

HEART_HEALTH = (
    r"heart|cardiac|cardiovascular|cardiolog|\bCVD\b|circulatory|atrial fibrillation"
    r"|hypertension|blood pressure"
)
NEURODIVERSITY = r"neurodivers|neurodivergen|neurodevelopmental|autis|\bADHD\b"
MEDICATION_REVIEWS = (
    r"medication reviews?|medicines reviews?|review of (?:medication|medicines)"
    r"|structured medication"
)
RACISM = r"racis|racial|race discrimination"
SCABIES = r"scabies|scabietic"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": HEART_HEALTH,
    "x02": NEURODIVERSITY,
    "x03": MEDICATION_REVIEWS,
    "x04": RACISM,
    "x05": SCABIES,
    "x06": HEART_HEALTH,
    "x07": RACISM,
    "x08": SCABIES,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev114", "dev115", "dev117")
    )


if __name__ == "__main__":
    sys.exit(main())
