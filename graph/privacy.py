"""Contact details never enter the graph as text: every quote and passage qkg stores has its
e-mail addresses and telephone numbers masked. (A person's own e-mail address is a property
of their directory entry, kept and shown only under the consent rule.)

>>> mask_contacts("Write to aisha.khan@example.org or call 029 2034 5678.")
'Write to [e-mail withheld] or call [phone withheld].'
>>> mask_contacts("Tel: +44 (0)131 555 0199; mobile 07700 900123")
'Tel: [phone withheld]; mobile [phone withheld]'
>>> mask_contacts("In 2023, 1,250 people in 12 areas took part (see 10.1136/bmj.123).")
'In 2023, 1,250 people in 12 areas took part (see 10.1136/bmj.123).'
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# UK numbers: 0 or +44 (with an optional "(0)"), then 9 or 10 more digits in groups
PHONE = re.compile(r"(?<![\w.])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?(?:[\s-]?\d){6,8}(?![\w])")
EMAIL_MASK = "[e-mail withheld]"
PHONE_MASK = "[phone withheld]"


def mask_contacts(text: str) -> str:
    """`text` with e-mail addresses and UK telephone numbers replaced by a marker."""
    if "@" in text:
        text = EMAIL.sub(EMAIL_MASK, text)
    return PHONE.sub(_phone, text) if any(c.isdigit() for c in text) else text


def _phone(match: re.Match[str]) -> str:
    digits = sum(c.isdigit() for c in match.group(0))
    return PHONE_MASK if 10 <= digits <= 13 else match.group(0)
