"""The body a meeting's papers belong to, from their title (used by ingest.extract.extractor):

    Healthwatch Northmoor Board Meeting       -> Healthwatch Northmoor
    Westbay Care Limited Board                -> Westbay Care Limited
    Minutes of the Eastshire Hospice Trustees -> Eastshire Hospice

The members a meeting's "Present" list names sit on that body's board: each works at it,
unless the list says they came as the public, an observer or a guest, or gives them an
organisation of their own.

Minutes that give attendance in prose name their body on a heading line at the top instead
("Agenda and draft minutes" / "Northmoor Health and Wellbeing Board"); those a sentence
opening with "Apologies" or "Present" names ("Apologies were received from Mr D Ashe (Ms H
Lowe attended as substitute) and Ms B Rae, NHS England") sit on that body, substitutes
included, unless another rule gave them an organisation of their own (Ms B Rae). So do those a
sentence seats ("Councillor E Hale took the Chair", "Ms F Rowe was attending as Mr D Ashe's
substitute", "The Board welcomed new Members including ...") and those on a run of names under
an attendance or apologies heading line ("Attendance Details" / "Cllr A Ware (Chairman), Cllr
T Bale, ..."; not "In attendance", which lists officers and guests).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from graph.model import fold
from ingest.extract.heading_vocab import Role
from ingest.extract.headings import role_of_heading
from ingest.extract.sentences import doc_text, ents_of

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
    orgs = {e.text for e in ents_of(doc) if e.label_ == "ORG"}
    return name if any(name.startswith(org) for org in orgs) else ""


def member_of_meeting(role: str) -> bool:
    """A "Present" entry's role (or none) that makes them a member, not a visitor."""
    return not NOT_MEMBERS.search(role)


SITTING = frozenset({"board", "committee", "council", "trustees", "governors", "panel", "forum"})
ATTENDANCE = frozenset({"apologies", "present"})
SEATED = re.compile(r"\b(?:substitutes?|new members|took the chair|in the chair)\b", re.IGNORECASE)
SENT_BY = frozenset({"nominee", "representative", "rep", "delegate"})  # "(Healthwatch nominee)"
HEADING_WORDS = 5  # a longer line above a run of names is prose, not its heading
LINES_UP = 2  # a run of names may wrap onto a second line under its heading
TOP_LINES = 6
Found = tuple[Span, Span, str]


def heading_body(doc: Doc) -> Span | None:
    """The first organisation alone on one of the first lines (bar a date after a dash) whose
    name ends in a sitting body's word ("Board", "Committee")."""
    lines = [i for i, ch in enumerate(doc_text(doc)) if ch == "\n"]
    # readers keep a blank line between blocks: the first TOP_LINES lines with text
    top = lines[TOP_LINES * 2] if len(lines) > TOP_LINES * 2 else len(doc_text(doc))
    for ent in ents_of(doc):
        if ent.start_char >= top:
            return None
        if ent.label_ != "ORG" or ent[-1].lower_ not in SITTING:
            continue
        line_start = doc_text(doc).rfind("\n", 0, ent.start_char) + 1
        if not doc_text(doc)[line_start : ent.start_char].strip():
            return ent
    return None


def members_in_prose(doc: Doc, linked: Iterable[Span]) -> list[Found]:
    """(person, body, rule) for those an attendance sentence names (see the docstring)."""
    if not any(t.lower_ == "minutes" for t in doc[:60]):
        return []
    body = heading_body(doc)
    if body is None:
        return []
    taken = {fold(p.text) for p in linked}
    out: list[Found] = []
    for person in (e for e in ents_of(doc) if e.label_ == "PERSON"):
        if fold(person.text) in taken or person.start < body.end or _own_body(person):
            continue
        line_start = doc_text(doc).rfind("\n", 0, person.start_char) + 1
        line = doc_text(doc)[line_start : person.start_char].lower().split()[:3]
        opening = [t.lower_ for t in person.sent if not t.is_space][:3]
        if (
            ATTENDANCE & {*opening, *(w.strip(":,") for w in line)}
            or SEATED.search(person.sent.text)
            or _under_attendance_heading(doc_text(doc), line_start)
        ):
            out.append((person, body, "rule:meeting,attendance"))
    return out


def _own_body(person: Span) -> bool:
    """ "Ms B Rae (NHS England)", "Nia Hart (SBC)", "Dr C Moss (Healthwatch nominee)": the list
    gives them a body of their own."""
    doc = person.doc
    if person.end + 1 >= len(doc) or doc[person.end].text != "(":
        return False
    inside = doc[person.end + 1 : person.end + 6]
    close = next((k for k, t in enumerate(inside) if t.text.startswith(")")), len(inside))
    inside = inside[:close]
    return (
        len(inside) > 0
        and (
            inside[0].ent_type_ == "ORG"
            or (len(inside) == 1 and inside[0].is_upper and len(inside[0]) > 1)  # "(SBC)"
            or (len(inside) > 1 and inside[0].text[:1].isupper() and inside[-1].lower_ in SENT_BY)
        )
    )


def _under_attendance_heading(text: str, line_start: int) -> bool:
    """The line at `line_start` is a run of names under a short attendance or apologies
    heading line, at most LINES_UP lines with text above it."""
    above = [line.strip() for line in text[: max(line_start - 1, 0)].split("\n")]
    lines = [line for line in above if line][-LINES_UP:]
    for line in reversed(lines):
        if len(line.split()) <= HEADING_WORDS and "," not in line:
            role = role_of_heading(line)
            return role in (Role.ATTENDANCE, Role.APOLOGIES) and member_of_meeting(line)
    return False
