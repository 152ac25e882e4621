"""Build the .docx and .pdf documents of the dev82 split in bench/questions, and check the split.

dev82 holds documents in layouts that none of dev/test or dev2 to dev80 has (see the section
"The dev82 split" of bench/questions/LAYOUTS.md): a cardiac catheter lab team away day, a
rapid access chest pain clinic pathway review, a talking therapies service user reference
group's minutes, a psychological therapies leads' forum, an international recruitment
pastoral support forum, a stay conversations reflection session, an SPC chart clinic
drop-in, an analysts' SPC code pairing session, a podiatry first contact practitioner peer
review and a heel pain class facilitators' notes; and, as evidence, a coronary heart disease
QOF prevalence briefing, a primary PCI times data page, a talking therapies annual report
extract, a Matrics Cymru delivery survey, a nursing exit interview analysis, a healthcare
support worker cohort tracking report, a measurement for improvement training evaluation, a
performance report's SPC methods note, a shockwave therapy pathway review and a heel pain
outcomes dashboard commentary. Its binaries are built from
bench/questions/sources/dev82/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev82 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev80; dev81, dev83 and dev84 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev82.py build [--only NAME]
    uv run python scripts/make_questions_dev82.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev82"

CORONARY_HEART_DISEASE = (
    r"coronary|heart attack|myocardial|angina|ischaemic heart|\bCHD\b|primary PCI"
)
PSYCHOLOGICAL_THERAPIES = (
    r"psychological therap|talking therap|\bCBT\b|cognitive behavioural|\bIAPT\b|psychotherap"
)
RECRUITMENT_AND_RETENTION = (
    r"recruitment|retention|recruit and retain|recruiting and retaining|staff turnover|leavers"
)
STATISTICAL_PROCESS_CONTROL = (
    r"statistical process control|\bSPC\b|control charts?|run charts?|special cause|common cause"
)
PLANTAR_FASCIITIS = r"plantar fasci|heel pain"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": CORONARY_HEART_DISEASE,
    "x02": PSYCHOLOGICAL_THERAPIES,
    "x03": RECRUITMENT_AND_RETENTION,
    "x04": STATISTICAL_PROCESS_CONTROL,
    "x05": PLANTAR_FASCIITIS,
    "x06": PSYCHOLOGICAL_THERAPIES,
    "x07": STATISTICAL_PROCESS_CONTROL,
    "x08": PLANTAR_FASCIITIS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev81", "dev83", "dev84")
    )


if __name__ == "__main__":
    sys.exit(main())
