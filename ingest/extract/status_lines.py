"""Lines at the top of a document that say what state it is in or what law it is made under
(used by ingest.extract.titles beside ingest.extract.banners): a preprint's or a draft's
notice, a protective marking, the Act a statutory report answers to. None is the title.
"""

from __future__ import annotations

import re

_STATUS = re.compile(
    r"^\W*(?:preprint|pre-print|draft|embargoed|not peer[- ]reviewed|under embargo|"
    r"official(?:[- ]sensitive)?|restricted|for consultation|consultation draft|unpublished|"
    r"accepted manuscript|author accepted manuscript)\b",
    re.IGNORECASE,
)
_LEGISLATION = re.compile(
    r"^[A-Z][\w'’ ()&,-]{2,80}\s(?:act|measure|regulations|order)\s(?:\(\w+\)\s)?(?:19|20)\d\d$",
    re.IGNORECASE,
)


def status_banner(text: str) -> bool:
    """Whether a line only says what state the document is in, or what law it is made under:
    "PREPRINT - not peer reviewed. Posted 20 January 2026.", "DRAFT v0.3", "OFFICIAL",
    "ACTIVE TRAVEL (WALES) ACT 2013": not its title.

    >>> status_banner("PREPRINT - not peer reviewed. Posted 20 January 2026.")
    True
    >>> status_banner("ACTIVE TRAVEL (WALES) ACT 2013"), status_banner("Drafting a plan")
    (True, False)
    """
    text = text.strip()
    return bool(_STATUS.match(text)) or bool(_LEGISLATION.match(text))
