"""People listed as joining a body's board (used by ingest.extract.affiliations):

    Seven new trustees have been voted onto the board of Eastmere Hospice. ...
    Dr Ann Roe, GP Partner Northfield Practice; Tom Bale, Editor of the Daily Post; ... and
    Rita Oduya, volunteer, were selected from 30 applicants and will now join 13 existing
    trustees on the board.

A sentence that lists three people or more, one segment each between semicolons (the last may
follow "and"), and says they
join, were appointed or elected to a board (trustees, directors, governors, members), places
each at the body whose board it is: the organisation named with "board of", "trustees of"
(or "O's board", "O board") in that sentence or the two before it. Their own employers, given
in their segments, are found by the other rules.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

from ingest.extract.sentences import ents_of, sentence_at

BOARD_NOUNS = frozenset({"board", "trustees", "directors", "governors", "members", "council"})
JOINING = frozenset(
    """join joins joined joining appointed elected selected voted co-opted welcomed""".split()
)
LISTED = 3  # people at least
SENTENCES_BACK = 2
Found = tuple[Span, Span, str]


def joining_lists(doc: Doc) -> list[Found]:
    """(person, body, rule) for each person of a joining list (see the module docstring)."""
    out: list[Found] = []
    persons = [e for e in ents_of(doc) if e.label_ == "PERSON"]  # in order, as ents_of(doc) are
    starts = [p.start for p in persons]
    seen: set[int] = set()
    for person in persons:
        sent = sentence_at(doc, person.start)
        if sent.start in seen:
            continue
        seen.add(sent.start)
        first, last = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        listed = _segments(doc, persons[first:last])
        if len(listed) < LISTED:
            continue
        tail = doc[listed[-1].end : sent.end]
        words = {t.lower_ for t in sent}
        if not (words & JOINING and any(t.lower_ in BOARD_NOUNS for t in tail)):
            continue
        body = _body(doc, sent)
        if body is not None:
            out.extend((p, body, "rule:joining-list") for p in listed)
    return out


def _segments(doc: Doc, persons: list[Span]) -> list[Span]:
    """The people who open the list's segments: the first, each after a semicolon, and the
    last after "and" (a role the model read as a name inside a segment is left out); none
    unless two semicolons at least divide them."""
    if not persons:
        return []
    opening = [persons[0]]
    for k, person in enumerate(persons[1:], start=2):
        before = [t.lower_ for t in doc[max(0, person.start - 3) : person.start]]
        if ";" in before or (k == len(persons) and "and" in before):
            opening.append(person)
    marks = sum(t.text == ";" for t in doc[persons[0].start : persons[-1].start])
    return opening if marks >= 2 else []


def _body(doc: Doc, sent: Span) -> Span | None:
    """The organisation whose board the sentence or the two before it name."""
    start = sent.start
    for _ in range(SENTENCES_BACK):
        if start == 0:
            break
        start = sentence_at(doc, start - 1).start
    for ent in reversed(
        [e for e in ents_of(doc) if e.label_ == "ORG" and start <= e.start < sent.end]
    ):
        before = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start]]
        after = [t.lower_ for t in doc[ent.end : ent.end + 2]]
        if (len(before) >= 2 and before[-1] == "of" and before[-2] in BOARD_NOUNS) or (
            before[-2:-1] == ["of"] and before[-3:-2] and before[-3] in BOARD_NOUNS
        ):
            return ent  # "the board of O", "trustees of the O"
        if after[:1] and (after[0] in BOARD_NOUNS or after[:2][-1:] == ["board"]):
            return ent  # "O board", "O's board"
    return None
