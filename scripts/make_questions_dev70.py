"""Build the .docx and .pdf documents of the dev70 split in bench/questions, and check the split.

dev70 holds documents in layouts that none of dev/test or dev2 to dev68 has (see the section
"The dev70 split" of bench/questions/LAYOUTS.md): a mother and baby unit's staff reflective
practice group record, a perinatal peer supporters' supervision circle, stop smoking advisers'
peer review of recorded sessions, a smokefree ward champions' meeting on a staff intranet, a
discharge lounge improvement huddle board, a criteria-led discharge review session, a digital
champions' volunteer meet-up, a community tech café hosts' debrief, an ostomy support group's
get-together and a regional stoma care nurses' forum; and, as evidence, a maternal mental
health service annual report, a perinatal mental health service user and partner feedback
report, a smoking in pregnancy audit summary, a stop smoking service quarterly bulletin, a
pathway of care delays quality report to a health board, a Home from Hospital service
evaluation page, a library digital skills project evaluation, a housing tenants' digital
inclusion survey summary, a stoma care nursing service patient survey and a stoma appliance
prescribing review page. Its binaries are built from
bench/questions/sources/dev70/{workshops,evidence}/NAME.src in the markup of
scripts/make_questions_dev2.py. This script reuses the dev3 builder (which reuses the dev2
parser, writers and check) and only supplies the dev70 folders, topic words and the layouts
that are no longer new (those of dev/test and dev2 to dev68; dev69, dev71 and dev72 were
written beside it).

Usage:
    uv run python scripts/make_questions_dev70.py build [--only NAME]
    uv run python scripts/make_questions_dev70.py check
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_questions_dev3 as dev3  # the dev3 settings and its per-item gap check

SPLIT = "dev70"

PERINATAL_MENTAL_HEALTH = (
    r"perinatal|maternal mental health|postnatal depression|mother and baby unit"
    r"|postnatal mental|antenatal mental"
)
SMOKING_CESSATION = r"smok|tobacco|\bquit|nicotine|\bvap(e|es|ing)\b"
HOSPITAL_DISCHARGE = (
    r"discharg|leaving hospital|leave hospital|home from hospital|transfer of care"
    r"|patient flow|pathway of care delay"
)
DIGITAL_INCLUSION = (
    r"digital inclusion|digital exclusion|digitally excluded|digital skills|digital literacy"
    r"|digital poverty|data poverty|getting online|get online|digital divide|digital champion"
)
STOMA_CARE = r"stoma|ostom|colostom|ileostom|urostom"

# What counts as evidence "on" the topic of each evidence question, for the gap check.
TOPIC_WORDS = {
    "x01": PERINATAL_MENTAL_HEALTH,
    "x02": SMOKING_CESSATION,
    "x03": HOSPITAL_DISCHARGE,
    "x04": DIGITAL_INCLUSION,
    "x05": STOMA_CARE,
    "x06": PERINATAL_MENTAL_HEALTH,
    "x07": SMOKING_CESSATION,
    "x08": STOMA_CARE,
}


def main(argv: list[str] | None = None) -> int:
    return dev3.split_main(
        SPLIT, TOPIC_WORDS, argv, __doc__ or "", beside=("dev69", "dev71", "dev72")
    )


if __name__ == "__main__":
    sys.exit(main())
