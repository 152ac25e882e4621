"""Build the .docx and .pdf documents of the dev30 split in bench/questions, and check the split.

dev30 holds documents in layouts that none of dev/test or dev2 to dev28 has (see the section
"The dev30 split" of bench/questions/LAYOUTS.md): a polypharmacy MDT patient grid, a STOPP/START
teaching quiz sheet, a congregation's question and answer sheet, a community champion's activity
return, an advice supervisors' case round note, pilot steering group minutes with a dashboard, a
safety huddle observation tally and debrief, a patient safety partner's induction workbook, a
survivors' story evening page with speaker cards and a PCN clinical meeting with a decisions
log; and, as evidence, an online rapid response, a TIDieR intervention description, a vaccine
uptake annual surveillance report, a behavioural trial results note, a policy analysis with
figure notes, a charity trustees' annual report extract, a ward accreditation assessment report,
a fidelity assessment report, a case report with the patient's perspective and a data linkage
study insight page. Its binaries are built from
bench/questions/sources/dev30/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev30 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev28; dev29 was written at the same
time, apart from this split).

Usage:
    uv run python scripts/make_questions_dev30.py build [--only NAME]
    uv run python scripts/make_questions_dev30.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev30"

DEPRESCRIBING = r"depresc|de-presc"
VACCINE_HESITANCY = (
    r"vaccine hesitan|vaccine-hesitan|vaccine confidence|vaccine refusal|vaccine scepticism"
    r"|hesitancy"
)
WELFARE_ADVICE = (
    r"welfare advice|welfare rights|benefits? advice|money advice|debt advice"
    r"|income maximisation|maximising income|benefits check|financial inclusion"
)
SAFETY_HUDDLES = r"huddle"
SEPSIS = r"sepsis|septic"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": DEPRESCRIBING,
    "x02": VACCINE_HESITANCY,
    "x03": WELFARE_ADVICE,
    "x04": SAFETY_HUDDLES,
    "x05": SEPSIS,
    "x06": VACCINE_HESITANCY,
    "x07": WELFARE_ADVICE,
    "x08": SEPSIS,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev29",))


if __name__ == "__main__":
    sys.exit(main())
