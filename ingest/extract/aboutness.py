"""A sentence in which a document says what it is about: "The package is about helping older
people stay physically active", "This report looks at waiting times", "The session focused
on carers". A topic such a sentence names is the document's own, even when the rest of the
document never names it again (ingest.extract.prose otherwise wants two sentences, a
heading or the title).

>>> describes_itself("The package is about helping older people stay physically active.")
True
>>> describes_itself("This rapid review looks at peer support for carers.")
True
>>> describes_itself("Ann said the package was late.")
False
>>> describes_itself("The ward is about to close.")
False
"""

from __future__ import annotations

import re

_SELF = (
    r"package|report|review|session|workshop|guide|toolkit|paper|event|day|briefing|summary|"
    r"document|study|project|programme|program|collaborative|meeting|evaluation|resource|pack|"
    r"framework|guidance|course|module|webinar|handbook|leaflet|note|notes|booklet|brief|"
    r"strategy|plan|survey|inquiry|audit|chapter|section|page|article|blog|post|newsletter|"
    r"podcast|episode|learning set|network|forum|huddle|call|sprint"
)
_VERB = (
    r"is(?:\s+all)?\s+about(?!\s+to\b)|are(?:\s+all)?\s+about(?!\s+to\b)|"
    r"was(?:\s+all)?\s+about(?!\s+to\b)|were(?:\s+all)?\s+about(?!\s+to\b)|"
    r"aims?\s+to|aimed\s+to|sets?\s+out|focus(?:es|ed|sed)?\s+on|looks?\s+at|looked\s+at|"
    r"explores?|explored|describes?|described|examines?|examined|covers?|covered|"
    r"considers?|considered|concerns?|brought\s+together|brings\s+together|is\s+for|are\s+for"
)
_DESCRIBES = re.compile(
    rf"^\s*(?:this|the|our|these|today's|today’s)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_SELF})s?\s+"
    rf"(?:\([^)]*\)\s+)?(?:{_VERB})\b",
    re.IGNORECASE,
)


def describes_itself(sentence: str) -> bool:
    """Whether `sentence` is the document (or its part) saying what it is about."""
    return _DESCRIBES.search(sentence) is not None
