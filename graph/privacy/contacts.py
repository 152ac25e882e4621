"""Contact details in text: e-mail addresses and telephone numbers, masked wherever they are.

E-mail addresses, including one cut off by a quote's length limit and the "name [at] domain
[dot] org" form; UK telephone numbers as people write them (0131 496 0123, 07700 900123,
(029) 2034 5678, +44 (0)20 7946 0958, 0044 …, with spaces or hyphens) and other countries'
numbers written with "+". Figures, dates, years, ISBNs and DOIs are left alone: a UK number
starts with 0 followed by two digits (an ISBN's "0-19-…" does not), is 10 or 11 digits long,
and is never read inside a longer token (a DOI's "/0140-6736", a date's "-09-12").

>>> mask_contacts("Write to aisha.khan@example.org or call 029 2034 5678.")
'Write to [e-mail withheld] or call [phone withheld].'
>>> mask_contacts("Tel: +44 (0)131 555 0199; mobile 07700 900123")
'Tel: [phone withheld]; mobile [phone withheld]'
>>> mask_contacts("On 12/09/2023, 1,250 people (ISBN 0-19-852663-6; doi:10.1136/bmj.n123).")
'On 12/09/2023, 1,250 people (ISBN 0-19-852663-6; doi:10.1136/bmj.n123).'
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

EMAIL_MASK = "[e-mail withheld]"
PHONE_MASK = "[phone withheld]"

# read from the start of a run of such characters only: trying every position inside a long
# run (a 100,000-letter "word") once each made masking quadratic
_LOCAL = r"(?<![\w.+'’-])[\w.+'’-]+"
# a domain may be missing or cut short ("aisha.khan@exam…"): the address is masked all the same
EMAIL = re.compile(rf"{_LOCAL}@(?:[\w-]+(?:\.[\w-]+)*)?")
SPELT_EMAIL = re.compile(
    rf"{_LOCAL}\s*[\[(]\s*at\s*[\])]\s*[\w-]+(?:\s*(?:\.|[\[(]\s*dot\s*[\])])\s*[\w-]+)+", re.I
)
_DIGIT = re.compile(r"\d")
_D = r"[\s-]?\d"  # one more digit, perhaps after a space or hyphen
PHONE = re.compile(
    r"(?<![\w./+\-–])(?:"
    rf"(?:\+|00)44[\s-]?(?:\(0\)[\s-]?|0)?\d(?:{_D}){{8,9}}"  # +44 / 0044: 9-10 more digits
    rf"|\(0\d\d\)(?:{_D}){{7,8}}|\(0\d{{3}}\)(?:{_D}){{6,7}}|\(0\d{{4}}\)(?:{_D}){{5,6}}"
    rf"|0\d\d(?:{_D}){{7,8}}"  # 10 or 11 digits in all
    rf"|\+[1-9]\d{{0,2}}[\s-]?(?:\(\d{{1,4}}\)[\s-]?)?\d(?:{_D}){{5,12}}"  # another country
    r")(?![\w])"
)


@lru_cache(maxsize=32_768)  # a store write masks the same quote for each rule that shows it
def mask_contacts(text: str) -> str:
    """`text` with e-mail addresses and telephone numbers replaced by a marker."""
    if "@" in text:
        text = EMAIL.sub(EMAIL_MASK, text)
    if "[" in text or "(" in text:
        text = SPELT_EMAIL.sub(EMAIL_MASK, text)
    if _DIGIT.search(text):
        text = PHONE.sub(PHONE_MASK, text)
    return text


def contact_tag(address: str) -> str:
    """A short stable tag for an e-mail address: tells two namesakes apart without showing it.

    >>> contact_tag("Jane.Smith@example.org") == contact_tag("jane.smith@example.org")
    True
    """
    return "e-mail " + hashlib.sha256(address.strip().lower().encode()).hexdigest()[:6]
