"""The body a meeting's papers belong to, from their title (used by ingest.extract.extractor):

    Healthwatch Northmoor Board Meeting       -> Healthwatch Northmoor
    Westbay Care Limited Board                -> Westbay Care Limited
    Minutes of the Eastshire Hospice Trustees -> Eastshire Hospice

The members a meeting's "Present" list names sit on that body's board: each works at it,
unless the list says they came as the public, an observer or a guest, or gives them an
organisation of their own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

MEETING_WORDS = frozenset(
    """board meeting meetings minutes trustees governors committee part i ii annual general
    agm public private open held of the and""".split()
)
NAMED_BY = frozenset({"board", "meeting", "minutes", "trustees", "governors"})
NOT_MEMBERS = re.compile(
    r"\b(?:public|observer|observers|guest|guests|visitor|presenting|presenter|press|"
    r"minutes?|minute-taker|in attendance)\b",
    re.IGNORECASE,
)


def meeting_body(title: str, doc: Doc | None) -> str:
    """The organisation a meeting title names, when an organisation the document's entities
    found opens it and the rest is only meeting words; "" otherwise."""
    words = title.split()
    if doc is None or not words:
        return ""
    rest = [w.lower().strip(":,-–") for w in words]
    if not NAMED_BY & set(rest):
        return ""
    end = len(words)
    while end and (rest[end - 1] in MEETING_WORDS or not rest[end - 1]):
        end -= 1
    start = 0
    while start < end and rest[start] in MEETING_WORDS:
        start += 1
    name = " ".join(words[start:end])
    if not name:
        return ""
    orgs = {e.text for e in doc.ents if e.label_ == "ORG"}
    return name if any(name.startswith(org) for org in orgs) else ""


def member_of_meeting(role: str) -> bool:
    """A "Present" entry's role (or none) that makes them a member, not a visitor."""
    return not NOT_MEMBERS.search(role)
