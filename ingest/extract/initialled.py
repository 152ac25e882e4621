"""People named by a title, their initials and their surname, as minutes name them: "Mr D
Blacklock", "Cllr J P Morton", "Ms H. Horne", "Dr S Ahmed". The model rarely takes these for
people (often for organisations), so no affiliation can follow; this rule names them, and
whatever else was found over the same words gives way."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ingest.extract.name_parts import hyphen_tail, is_title

MAX_INITIALS = 3


def _initial(text: str) -> bool:
    """ "D", "D.", "J.P." """
    letters = text.replace(".", "")
    return 1 <= len(letters) <= 2 and letters.isalpha() and letters.isupper()


def _surname(text: str) -> bool:
    """ "Blacklock", "O'Kane", "Armstrong-Child": capitalised, then lower case."""
    head = text.replace("'", "").replace("’", "").replace("-", "")
    return len(text) >= 2 and text[0].isupper() and head[1:].islower() and head.isalpha()


def initialled_persons(doc: Doc) -> list[Span]:
    """PERSON spans (initials and surname, the title left out) of every "Title I Surname"."""
    out: list[Span] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if not is_title(token.text):
            i += 1
            continue
        j = i + 1
        if j < len(doc) and doc[j].text == ".":
            j += 1  # "Mr." split from its full stop
        start = j
        while j < len(doc) and j - start < MAX_INITIALS and _initial(doc[j].text):
            j += 1
            if j < len(doc) and doc[j].text == "." and not doc[j - 1].whitespace_:
                j += 1
        if j > start and j < len(doc) and _surname(doc[j].text):
            end = hyphen_tail(doc, j + 1)  # "Armstrong-Child", not "Blacklock - Chair"
            out.append(
                Span(
                    doc,
                    start,
                    end,
                    label="PERSON",
                    kb_id=doc[start:end].text,
                    span_id="rule:initials",
                )
            )
            i = end
            continue
        i += 1
    return out


def with_initialled(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with the initialled people added, replacing whatever overlapped them."""
    found = initialled_persons(doc)
    if not found:
        return ents
    covered = {i for span in found for i in range(span.start - 1, span.end)}  # and the title
    kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
    return sorted(kept + found, key=lambda s: s.start)


_KEY = re.compile(r"([A-Z][A-Za-z]{1,5})\s+(?=\S)")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


def initials_key(text: str) -> int:
    """Where a person's name starts past the initials minutes key them by ("CF Clodagh
    Feeney, Radiographer", "GMcA Gerard McAlinden", "RM Dr Ruairi Magennis"): the key's
    capitals are the capitals of the name after it, titles aside; 0 when there is no key.

    >>> initials_key("CF Clodagh Feeney, Radiographer"), initials_key("GMcA Gerard McAlinden")
    (3, 5)
    >>> initials_key("RM Dr Ruairi Magennis (for SG)"), initials_key("NHS Fife staff")
    (3, 0)
    """
    key = _KEY.match(text)
    if key is None or sum(c.isupper() for c in key.group(1)) < 2:
        return 0
    name = re.split(r"[,(;|–—]", text[key.end() :], maxsplit=1)[0]
    words = [w for w in _NAME_WORD.findall(name) if not is_title(w)]
    capitals = "".join(c for w in words for c in w if c.isupper())
    return key.end() if capitals and capitals == "".join(filter(str.isupper, key.group(1))) else 0
