"""Build the .docx and .pdf documents of the dev151 split in bench/questions, and check the split.

dev151 holds documents in layouts that none of dev/test or dev2 to dev147 has (see the section
"The dev151 split" of bench/questions/LAYOUTS.md): a care home nutrition champions network's
note with attendance grouped under care home subheadings, a community dietetics "food first"
workshop typed up in plain text with a fixed-width register, a multiple sclerosis support
group's members' evening on its website with speaker cards and a committee corner, a regional
MS case-based learning evening in Markdown with an attendance grid of Trusts by profession, a
community transport forum's landscape summary poster, a council partnership's minutes with a
members present / officers in attendance table, a practice nurse forum's Markdown notes with a
practices represented table, a voluntary council's community conversation page on smear tests,
a school immunisation team's plain-text debrief with a roster by school and a blood donation
session team's learning review with a signed register; and, as evidence, an inpatient nutrition
screening audit with a registration panel, a university report page on malnutrition at home
with a rowspan study team table, a bilingual-headed evaluation of a nurse-led MS clinic, a
conference abstract on staying in work with MS with numbered superscript affiliations, an ICB
review summary on patient transport eligibility with a RACI table, a research report on island
patients' travel with a Gaelic title and an inside-cover research team, a journal article on
HPV self-sampling with letter superscript affiliations, a women's centre evaluation page on
cervical screening with an "Evaluation by" footer credit, an emergency department audit on a
page on fainting and blackouts, and a charity's plain-text report on fainting found by school
heart screening. Its binaries are built from
bench/questions/sources/dev151/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev151 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev147; dev148 to dev150 were written
beside it).

Usage:
    uv run python scripts/make_questions_dev151.py build [--only NAME]
    uv run python scripts/make_questions_dev151.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev151"

MALNUTRITION = r"malnutrition|undernutrition|malnourish|undernourish"
MULTIPLE_SCLEROSIS = r"multiple sclerosis|\bMS\b"
PATIENT_TRANSPORT = r"patient transport|hospital transport|non-emergency transport"
CERVICAL_SCREENING = (
    r"cervical screening|smear test|cervical smear|cervical cancer screening|\bHPV\b"
)
FAINTING = r"faint|syncope|blackout|vasovagal"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": MALNUTRITION,
    "x02": MULTIPLE_SCLEROSIS,
    "x03": PATIENT_TRANSPORT,
    "x04": CERVICAL_SCREENING,
    "x05": FAINTING,
    "x06": MALNUTRITION,
    "x07": CERVICAL_SCREENING,
    "x08": FAINTING,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev148", "dev149", "dev150")
    )


if __name__ == "__main__":
    sys.exit(main())
