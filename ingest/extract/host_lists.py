"""The host's own lists (used by ingest.extract.host_affiliations): people listed under a
heading naming the page's own board ("Board of Trustees", "Our trustees") or under a line
welcoming new ones ("We also welcome two new trustees:"), people on a key line of the host's
own papers ("Report author: P", "Inspectors: P and Q", a committee's "Members present:"), and
everyone on a page of the host's own people ("Skerryvore Practice – Our team", "… –
membership"). They are the host's, whatever else they hold, unless their entry says they have
left. So are those who sign a page off ("Lowenna Treloar-Binns, Chair" or "Briege
Ballinderry-Kerr" over "Chair", in a short block at its end), unless the block's last line
names the body they sign for ("Healthwatch Cornwall"): then they are that body's. A record's
lead-organisation field names the host. Those on a field of people who judged the work
("Panel: …", "Reviewers: …") are never the host's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Span

from graph.reference.names import TITLES
from ingest.extract.sentences import doc_text

_BOARD = re.compile(  # a heading over the host's own board: "Board of Trustees", "Our trustees"
    r"(?:our\s+|the\s+)?(?:board\s+of\s+(?:trustees|directors|governors|management)|"
    r"(?:our\s+)?trustees|board(?:\s+members)?|(?:non-executive\s+)?directors|"
    r"members\s+of\s+the\s+board|trustee\s+board|management\s+committee)"
    r"(?:\s+(?:\d{4}(?:[-/–]\d{2,4})?|this\s+year|during\s+the\s+year))?"
    r"(?:\s*\([^()]{1,30}\))?",  # "(Trustees)"
    re.IGNORECASE,
)
_WELCOME = re.compile(  # a line over a list of new ones: "We also welcome two new trustees:"
    r"(?:we\s+(?:are\s+(?:pleased|delighted)\s+to\s+)?(?:also\s+)?welcome|welcoming)\b[^.:;]{0,60}?"
    r"\b(?:trustees?|board\s+members?|(?:non-executive\s+)?directors?|governors?)"
    r"|joining\s+(?:the|our)\s+board\b[^.:;]{0,40}?\b(?:are|is)",
    re.IGNORECASE,
)
_OWN_PEOPLE = re.compile(  # a page of the host's own people: "Skerryvore Practice – Our team"
    r"\b(?:(?:our|meet\s+(?:the|our))\s+(?:[\w-]+\s+){0,2}(?:team|people|staff|gps|doctors|"
    r"trustees|board|leadership|patrons?|ambassadors|governors|champions|president)"
    r"|leadership\s+team|membership|who'?s\s+who"
    r"|register\s+of\s+(?:[\w’']+\s+){0,2}interests|declarations?\s+of\s+interests?)\b",
    re.IGNORECASE,
)
_LEFT = re.compile(r"\b(?:until|former|formerly|stood\s+down|stepped\s+down|retired)\b", re.I)
BOARD_LINES = 20  # a board's list under its heading is at most this long
PROSE_CHARS = 160  # a line this long is prose, not a line of a list


def on_board(person: Span) -> str | None:
    """A person listed under a heading naming the page's own board ("Board of Trustees" /
    "Dr A, Vice Chair" / "B (NHS Tayside)"): the host's, whatever else they hold; not one
    who has left it ("C, until September")."""
    text = doc_text(person.doc)
    reach = max(0, person.start_char - PROSE_CHARS)
    start = text.rfind("\n", reach, person.start_char) + 1
    end = text.find("\n", person.end_char, person.end_char + PROSE_CHARS)
    if (start == 0 and reach > 0) or (end < 0 and person.end_char + PROSE_CHARS < len(text)):
        return None  # no line break within reach: a line of prose, no list's
    if left(person, sentence=False):
        return None  # (their own entry of the line: "…; C (until December); D")
    end = start - 1  # up the list, a line at a time (never the whole text: a long
    for _ in range(BOARD_LINES):  # document names many people), to the line over it
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip().lstrip("#*-• ").strip()
        end = begin - 1
        if len(line) > PROSE_CHARS:
            return None  # a paragraph of prose: no list of the board's
        if _BOARD.fullmatch(line.rstrip(":")):
            return "rule:host,board"
        if line.endswith(":") and _welcomed(line[:-1]):
            return "rule:host,board-welcome"
    return None


_PAPER_KEY = re.compile(
    r"(?:report\s+authors?|authors?|prepared\s+by|presented\s+by|written\s+by|(?:report\s+)?"
    r"sponsor|lead\s+officer|contact\s+officer|report\s+contact|lead\s+member|"
    r"(?:lead\s+)?inspectors?|inspection\s+team)",
    re.IGNORECASE,
)


_MEMBERS = re.compile(r"(?:(?:committee|board|panel)\s+)?members(?:\s+present)?", re.IGNORECASE)
MEMBERED = frozenset({"committee", "board", "panel", "assembly", "forum", "group", "council"})


def keyed(person: Span, host: Span, org_starts: list[int]) -> str | None:
    """ "Report author: P, Head of Commissioning (Home Care)", "Inspectors: P and Q": a
    person on a line of the host's own papers that names their post on them, with no other
    body on the line; so too "Members present: P (Chair); Q; R" when the host is a committee
    or a board (its members)."""
    text = doc_text(person.doc)
    reach = max(0, person.start_char - PROSE_CHARS)  # (never the whole of a long line)
    start = text.rfind("\n", reach, person.start_char) + 1
    colon = text.find(":", start, person.start_char)
    if (start == 0 and reach > 0) or colon < 0:
        return None
    key = text[start:colon].strip()
    members = _MEMBERS.fullmatch(key) is not None and host[-1].lower_ in MEMBERED
    if not (_PAPER_KEY.fullmatch(key) or members):
        return None
    end = text.find("\n", person.end_char, person.end_char + PROSE_CHARS)
    end = end if end >= 0 else min(len(text), person.end_char + PROSE_CHARS)
    if bisect_left(org_starts, end) > bisect_left(org_starts, start):
        return None  # "Author: P, Director, NHS Fife": that body's
    return "rule:host,paper-key"


def _welcomed(line: str) -> bool:
    """ "We also welcome two new trustees", "Joining the board from 1 April are": a line over
    a list of the host's new board members.

    >>> _welcomed("We also welcome two new trustees"), _welcomed("We welcome your views")
    (True, False)
    >>> _welcomed("Joining the board from 1 April are")
    True
    """
    return _WELCOME.fullmatch(line) is not None


def own_people_page(title: str) -> bool:
    """Whether the page's first line says it lists the host's own people: a team page, a
    board's or a partnership's membership page ("Bradford 4 Primary Care Network – Our team",
    "Integrated Care Partnership – membership"). Everyone such a page names is the host's.

    >>> own_people_page("Skerryvore Practice – Our team"), own_people_page("Meet our GPs")
    (True, True)
    >>> own_people_page("Our plans for the winter")
    False
    >>> own_people_page("Meet our ambassadors"), own_people_page("Our patrons and ambassadors")
    (True, True)
    >>> own_people_page("Register of Members' Interests"), own_people_page(
    ...     "Board of Directors – Declarations of Interest Register")
    (True, True)
    """
    return _OWN_PEOPLE.search(title) is not None


def left(person: Span, sentence: bool = True) -> bool:
    """The person's own entry says they have left ("C, until September", "retired in May"):
    their part of the line, from the ";" before them to the next ";" (or, with `sentence`, the
    next full stop)."""
    text = doc_text(person.doc)
    start = text.rfind("\n", max(0, person.start_char - PROSE_CHARS), person.start_char) + 1
    end = text.find("\n", person.end_char, person.end_char + PROSE_CHARS)
    end = end if end >= 0 else min(len(text), person.end_char + PROSE_CHARS)
    entry_start = max(start, text.rfind(";", start, person.start_char) + 1)
    stops = [text.find(";", person.end_char, end), end]
    if sentence:
        stops.append(text.find(".", person.end_char, end))
    return _LEFT.search(text[entry_start : min(k for k in stops if k >= 0)]) is not None


SIGN_OFF_CHARS = 400  # text after a sign-off block: no more than a footer's
SIGN_OFF_LINES = 6
SIGN_OFF_WORDS = 8  # words on a line of a sign-off block


VALEDICTION_WORDS = 6  # "See you in the woods," before the name that signs a page off


def valediction(lead: str) -> bool:
    """Whether the words before a name on its line close a letter or a newsletter, run into
    the name by the reader: "See you in the woods, " / "Thanks all, " / "Best wishes, ".

    >>> valediction("See you in the woods, "), valediction("The report by ")
    (True, False)
    """
    lead = lead.strip()
    return (
        lead.endswith(",")
        and lead[:1].isupper()
        and len(lead.split()) <= VALEDICTION_WORDS
        and "," not in lead[:-1]
    )


class SignOffs:
    """Where a document's text could be signed off, found once per document so that each
    person costs a few bisections: the blank lines, the line breaks and where the text ends."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.blanks = [m.start() for m in _BLANK.finditer(text)]
        self.breaks = [m.start() for m in _BREAK.finditer(text)]
        self.content_end = len(text.rstrip())

    def signed(self, person: Span, is_role: Callable[[str], bool]) -> Span | None:
        """The line of a sign-off block under the person, or their own, when `person` signs a
        page off: the person alone on a line, or with a role after a comma, or over a role's
        line, in a block of short lines near the end. Returns the block's last line (a Span;
        None when the person signs nothing)."""
        text = self.text
        k = bisect_left(self.breaks, person.start_char)
        start = self.breaks[k - 1] + 1 if k else 0
        words = _WORD.finditer(text, start, person.start_char)
        if not all(w.group().lower().rstrip(".") in TITLES for w in words) and not valediction(
            text[start : person.start_char]
        ):
            return None  # not the line's first words (nor after "See you in the woods,")
        k = bisect_left(self.blanks, person.end_char)
        end = self.blanks[k] if k < len(self.blanks) else len(text)
        after = _TEXT.search(text, end, self.content_end)
        if after is not None and self.content_end - after.start() > SIGN_OFF_CHARS:
            return None  # more than a footer's text after the block
        k = bisect_left(self.breaks, end)
        if k - bisect_left(self.breaks, start) >= SIGN_OFF_LINES:
            return None
        edges = [start, *self.breaks[bisect_left(self.breaks, start) : k], end]
        if any(_words(text, a, b) > SIGN_OFF_WORDS for a, b in pairwise(edges)):
            return None  # (counted in place: a long line is never copied per person)
        return _sign_off(person, start, end, text[start:end].split("\n"), is_role)


_BLANK = re.compile(r"(?=\n\n)")  # (every place a blank line starts, as str.find finds it)
_BREAK = re.compile(r"\n")
_TEXT = re.compile(r"\S")
_WORD = re.compile(r"\S+")


def _words(text: str, start: int, end: int) -> int:
    """The words of text[start:end], counted no further than one past a sign-off line's."""
    found = _WORD.finditer(text, start, end)
    return sum(1 for _ in zip(found, range(SIGN_OFF_WORDS + 1), strict=False))


def _sign_off(
    person: Span, start: int, end: int, lines: list[str], is_role: Callable[[str], bool]
) -> Span | None:
    """The block's last line, when the person's line or the line under it is a role."""
    doc = person.doc
    rest = lines[0][person.end_char - start :].strip()
    if rest and not (rest.startswith(",") and _role_words(rest[1:], is_role)):
        return None
    if not rest and not (len(lines) > 1 and _role_words(lines[1], is_role)):
        return None
    last = start + len("\n".join(lines[:-1])) + (len(lines) > 1)
    span = doc.char_span(last, end, alignment_mode="contract")
    return span if span is not None and len(span) else None


def _role_words(line: str, is_role: Callable[[str], bool]) -> bool:
    words = re.findall(r"[\w-]+", line.lower())
    return bool(words) and all(is_role(w) or w in ("of", "and", "for", "&") for w in words)


ASSESSORS = frozenset(  # a field of people who judged the work from outside it
    {"panel", "review panel", "panel members", "judging panel", "judges", "assessors"}
    | {"reviewers", "peer reviewers", "external reviewers", "examiners", "moderators"}
)


def assessing(person: Span) -> bool:
    """On a line of a field naming those who judged the work ("Panel: Prof. Ann Roe (chair);
    …"): outside reviewers, not the staff of the body whose work they judged."""
    text = doc_text(person.doc)
    line = text[text.rfind("\n", 0, person.start_char) + 1 : person.start_char]
    label, colon, _ = line.partition(":")
    return bool(colon) and " ".join(label.lower().split()) in ASSESSORS


LEAD_FIELD_REACH = 2000  # characters at the top that hold a record's fields
_LEAD_FIELD = re.compile(
    r"^[ \t*_]*(?:lead(?:\s+research)?|host|lead\s+applicant)\s+organi[sz]ation(?:\s+name)?"
    r"[ \t*_]*:[ \t*_]*([^\n]+)",
    re.IGNORECASE | re.MULTILINE,
)


def lead_field(text: str) -> tuple[int, int]:
    """Where the value of a record's lead-organisation field at its top is ("Lead Research
    Organisation: University of …", "Host organisation: …"): the body whose work the record
    is, whatever site or funder heads the page; (0, 0) for none."""
    stated = _LEAD_FIELD.search(text[:LEAD_FIELD_REACH])
    return (stated.start(1), stated.end(1)) if stated else (0, 0)
