"""Build the .docx and .pdf documents of the dev71 split in bench/questions, and check the split.

dev71 holds documents in layouts that none of dev/test or dev2 to dev68 has (see the section
"The dev71 split" of bench/questions/LAYOUTS.md): a C-Card outlets network meeting's notes sent
as a plain-text e-mail, a twilight RSHP session record for teachers, a tissue viability link
nurses' forum's bilingual minutes with a mattress audit, a care home SSKIN training afternoon
written up as Trust news, a short breaks consultation event for carers with table hosts, a
Shared Lives carers' support meeting with a round-the-room table, a bowel screening navigators'
non-responder case review in fixed width, a kit instructions user testing session, a young
people's acne co-design workshop blog post and a PBSGL small group meeting record on acne; and,
as evidence, an online STI testing service's activity report, a pharmacy emergency contraception
service evaluation page, a pressure ulcer point prevalence survey report, a heel offloading boot
product evaluation for national procurement, a short breaks grants survey summary, a short break
centre inspection report, a conference abstract in plain text, a screening age extension news
and data page, an acne patient information leaflet review and a school survey data briefing.
Its binaries are built from bench/questions/sources/dev71/{workshops,evidence}/NAME.src in the
markup of scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the
dev2 parser, writers and check) and only supplies the dev71 folders, topic words and the
layouts that are no longer new (those of dev/test and dev2 to dev68; dev69, dev70 and dev72
were written beside it).

Usage:
    uv run python scripts/make_questions_dev71.py build [--only NAME]
    uv run python scripts/make_questions_dev71.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev71"

SEXUAL_HEALTH = r"sexual|contracepti|\bSTIs?\b|chlamydia|gonorrh|\bHIV\b"
PRESSURE_ULCERS = (
    r"pressure ulcer|pressure sore|pressure damage|pressure injur|pressure care|bed ?sores?"
    r"|tissue viability"
)
RESPITE_CARE = r"respite|short breaks?"
BOWEL_SCREENING = r"bowel"
ACNE = r"\bacne"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": SEXUAL_HEALTH,
    "x02": PRESSURE_ULCERS,
    "x03": RESPITE_CARE,
    "x04": BOWEL_SCREENING,
    "x05": ACNE,
    "x06": RESPITE_CARE,
    "x07": PRESSURE_ULCERS,
    "x08": ACNE,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev69", "dev70", "dev72")
    )


if __name__ == "__main__":
    sys.exit(main())
