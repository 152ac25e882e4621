"""One listed person: who a people list, a byline or a table names, with what being listed
there means (ingest.extract.people_blocks finds them; ingest.extract.structure claims them)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from graph.reference.gazetteer import Gazetteer
from graph.reference.names import TITLE_BEFORE
from ingest.extract.people_line_parts import shift
from ingest.extract.people_lists import PersonEntry, parse_people
from ingest.extract.people_names import Notes
from ingest.extract.sections import Role, role_of_heading, says_apologies
from ingest.extract.took_part import acting_aside, speaking
from ingest.types import Block, BlockKind, RawDocument

KEY_ROLES = {  # metadata keys the heading vocabulary does not cover
    "signed": Role.CONTACTS,
    "note taker": Role.ATTENDANCE,
    "notes": Role.ATTENDANCE,
    "minutes": Role.ATTENDANCE,
    "minute taker": Role.ATTENDANCE,
    "secretariat": Role.ATTENDANCE,
    "in the chair": Role.ATTENDANCE,
    "deputising": Role.ATTENDANCE,  # for someone away: "Deputising: A, for B (on leave)"
    "deputising for": Role.ATTENDANCE,
    "by": Role.AUTHORS,
    "lead author": Role.AUTHORS,
    "corresponding author": Role.AUTHORS,
    "report of": Role.AUTHORS,
    "completed by": Role.AUTHORS,
    "sponsor": Role.CONTACTS,
    "contact": Role.CONTACTS,
    "contact name": Role.CONTACTS,
}
INVITED = frozenset(  # a meeting invitation's lists
    {
        "required attendees",
        "optional attendees",
        "invitees",
        "invited",
        "invitation list",
        "required",
        "optional",
        "resources",
    }
)
_LEADS = re.compile(  # "Sprint lead", "Review lead", "Lead applicant", "Co-designers", "PI"
    r"(?:^|\s)leads?$|^lead\s|^co-?(?:designers?|applicants?|investigators?|leads?|authors?)$|"
    r"^(?:applicants?|(?:principal |chief )?investigators?|prepared by|"
    r"compiled by|produced by|designed by|co-produced by|submitted by|presented by|"
    r"developed by|"
    r"(?:analysis|analysed|analyzed|research|review|reviewed|evaluation|evaluated|edited|"
    r"authored|fieldwork|interviews|report) by|analysis|fieldwork|research|evaluation|"
    r"(?:evaluation|research|academic|analytical) partners?)$"
    r"|^(?:(?:clinical|specialist|expert|technical|statistical|professional|medical|dental|"
    r"nursing|pharmaceutical|methodological|scientific|analytical|academic|public|health)\s+)+"
    r"advice(?:\s+(?:from|by))?$|^advised\s+by$"  # "Dental public health advice: Dr A": who
)  # advised on it took part in making it

JOINED = re.compile(
    r";|,?\s+with\s+(?=" + TITLE_BEFORE + r"?[A-Z])"
    r"|,\s+(?:for|in\s+place\s+of|instead\s+of)\s+(?=" + TITLE_BEFORE + r"?[A-Z])"
)  # "A (Org); B", "A, Role, with B", "A, Role, Org, for B (Role)": one in the other's place
_LAST_COLUMN = re.compile(r"(?<=\))\s{3,}(?=[A-Z])[^()]*$")  # a status set apart after an entry
_CLAUSE = re.compile(  # "A (Org), who will share her slides", "A, Role, with figures from …",
    # "A (Role, Org) -- she pitched it at the marketplace"
    r",?\s+(?:who|which|whose)\s+[a-z]|,\s+with\s+(?:figures|data|help|support|thanks|input|"
    r"contributions?|advice|analysis)\b|\s+(?:-{1,2}|[–—])\s+(?:she|he|they|we|I)\s+[a-z]"
)
SHORT = 200  # characters: a paragraph longer than this is prose, not a list entry


@dataclass(frozen=True, slots=True)
class Listed:
    entry: PersonEntry
    meaning: Role
    start: int  # the entry's span in RawDocument.text
    end: int
    front: bool  # at the top of the document, before its first section
    part: str = ""  # the part its label says they led ("Huddle facilitator | Sister …")


def text_of(raw: RawDocument, block: Block) -> str:
    return raw.text[block.start : block.end]


def listed(
    raw: RawDocument, block: Block, entry: PersonEntry, meaning: Role, front: set[int], i: int
) -> Listed:
    start = block.start + entry.start
    end = block.start + entry.end
    if not 0 <= start < end <= block.end:  # a table entry: offsets are in its cell
        start, end = block.start, block.end
    part = speaking(block.key) or acting_aside(raw.text[start:end])
    return Listed(entry, meaning, start, end, i in front, part)


_MARKS = re.compile(r"\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+")


def key_role(key: str) -> Role | None:
    """What a "Key:" line's key (or a row's label) says its people are: as a label says, or
    apologies when it says they could not come ("Not with us tonight:", "Couldn't make it:")."""
    return label_role(key) or (Role.APOLOGIES if says_apologies(key) else None)


_RUN_IN = re.compile(  # "Present. A, …" (a label and a full stop), "Written by A, …", a
    # label with an aside that no "Key:" line has ("Clubs represented (first-aider in brackets):")
    r"([A-Z][\w'’-]*(?: [\w'’-]+){0,2})\. (?=\S)|([A-Z][a-z]+(?: [a-z]+)? by) (?=[A-Z])"
    r"|([A-Z][\w'’-]*(?: [\w'’-]+){0,3} \([^()]{1,40}\)):\s"
)


def run_in_label(text: str) -> str:
    """The label a paragraph runs in from when it says a part, else "": a label and a full
    stop, as minutes set in Word put it in bold ("Present. A, Role; B …", "Deputising. C, for
    D"), or who made it ("Written by A, Role, Org, with B."). The value starts a character
    after the label.

    >>> run_in_label("Present. Ann Bell, GP"), run_in_label("Chair. Dr Bo Li")
    ('Present', 'Chair')
    >>> run_in_label("Written by Ann Bell, Lead, with Bo."), run_in_label("Notes by Jo Li")
    ('Written by', 'Notes by')
    >>> run_in_label("Falls fell. Ann Bell said so"), run_in_label("Dr. Ann Bell, GP")
    ('', '')
    >>> run_in_label("Funded by Ann Bell's trust"), run_in_label("Led by example, we …")
    ('', '')
    >>> run_in_label("Clubs represented (first-aider in brackets): Maesteg Magpies (Jo Li)")
    'Clubs represented (first-aider in brackets)'
    >>> run_in_label("Table 1 (pay and travel): care workers are paid for contact time")
    ''
    """
    found = _RUN_IN.match(text)
    label = (found.group(1) or found.group(2) or found.group(3)) if found else ""
    return label if label and key_role(label) is not None else ""


def label_role(label: str) -> Role | None:
    """What being listed under a label ("Present:", "Lead applicant |") means.

    >>> label_role("Sprint lead"), label_role("Co-applicants"), label_role("Note taker")
    (<Role.AUTHORS: 'authors'>, <Role.AUTHORS: 'authors'>, <Role.ATTENDANCE: 'attendance'>)
    >>> label_role("EqIA completed by[5]"), label_role("Principal investigator(s)")
    (<Role.AUTHORS: 'authors'>, <Role.AUTHORS: 'authors'>)
    >>> label_role("Fieldwork and café records"), label_role("Version and date")
    (<Role.AUTHORS: 'authors'>, None)
    """
    label = _MARKS.sub("", label)  # "EqIA completed by[5]": an end-note's mark
    key = " ".join(label.strip().strip(":").lower().replace("(s)", "s").split())
    if key in INVITED:
        return Role.AGENDA  # who was asked to come, not who came
    meaning = role_of_heading(label) or KEY_ROLES.get(key)
    if meaning is None and key.endswith(" by"):  # "EqIA completed by", "Notes taken by"
        verb_by = " ".join(key.split()[-2:])
        meaning = KEY_ROLES.get(verb_by) or role_of_heading(verb_by)
    parts = _PARTS.split(key) if len(key.split()) <= LABEL_WORDS else [key]
    if meaning is None and any(_LEADS.search(part) for part in parts):
        meaning = Role.AUTHORS  # who led or made it: took part in a workshop, wrote a report
    return meaning  # (or part of it: "Fieldwork and café records")


_PARTS = re.compile(r"\s+(?:and|&)\s+|\s*/\s*")  # the parts a short label joins
LABEL_WORDS = 5


_ENTRY_STOP = re.compile(  # one entry's end: a full stop, or a middle dot or bullet between
    r"(?:(?<=[a-z]{3})|(?<=\)))\.\s+(?=[A-Z])|\s+[·•]\s+(?=[A-Z])"  # entries on one line
)


def parse_lenient(
    text: str, gaz: Gazetteer, footnotes: Mapping[str, Notes] | None = None
) -> list[PersonEntry]:
    """The people of a line; when the line as a whole is not a people line but its parts set
    apart by semicolons or "with" are ("A (Org); B, Role, Org; a note", "A, Economist, Org,
    with B, Pharmacist, Org"), the people of those parts."""
    found = parse_people(text, gaz, footnotes)
    if ". " in text or " · " in text or " • " in text:  # "A - chair and notes. Dr B, GP
        # partner, Org. C, Pharmacist (Org).", "A, Coordinator, Org · B, Health Visitor, Org"
        stops = list(_ENTRY_STOP.finditer(text))
        starts = [0] + [m.end() for m in stops]
        ends = [m.start() for m in stops] + [len(text)]
        each = [
            shift(entry, a)
            for a, b in zip(starts, ends, strict=True)
            for entry in parse_people(text[a:b], gaz, footnotes)
        ]
        if len(each) > len(found):
            return each
    clause = _CLAUSE.search(text) or _LAST_COLUMN.search(text)  # "Eve Bell (Betknowmore
    # UK), who will share her slides"; a meeting app's "… (NHS Highland)   In this meeting room"
    if not found and clause:
        before = parse_people(text[: clause.start()], gaz, footnotes)
        if before:  # (else the clause is a part's: "…; four people who use PrEP, not named")
            return before
    if not found and not JOINED.search(text):
        return _up_to_no_person(text, gaz, footnotes)
    if found:
        return found
    at = 0
    for part in JOINED.split(text):
        offset = text.find(part, at)
        at = offset + len(part)
        for entry in parse_people(part.rstrip(". "), gaz, footnotes):
            found.append(shift(entry, offset))
    return found


_ENTRY_SEP = re.compile(r",\s+|\s+and\s+|\s+&\s+")


def _up_to_no_person(
    text: str, gaz: Gazetteer, footnotes: Mapping[str, Notes] | None
) -> list[PersonEntry]:
    """A list of people whose last part names no one the parser can read ("A*, B†, C‡ and
    "Kev", expert by experience"): the people before that part, when there are two or more."""
    cuts = [m.start() for m in _ENTRY_SEP.finditer(text)]
    for k in reversed(range(max(1, len(cuts) - 3), len(cuts))):  # the last few parts only
        found = parse_people(text[: cuts[k]], gaz, footnotes)
        if len(found) >= 2 and len(found) == k + 1:  # a name in each part: a list of names
            return found
    return []


def apology_rows(raw: RawDocument) -> set[int]:
    """The table rows (block indexes) set under a one-cell row that labels them as apologies
    ("Apologies" across the table, over "Cllr A | Carmarthenshire County Council"), until
    the table's next one-cell label."""
    away: set[int] = set()
    table, under = -1, False
    for i, block in enumerate(raw.blocks):
        if block.kind != BlockKind.TABLE_ROW:
            continue
        if block.table != table:
            table, under = block.table, False
        cells = [c for c in block.cells if c.strip()]
        if len(cells) == 1 and label_role(cells[0]) is not None:
            under = label_role(cells[0]) == Role.APOLOGIES
        elif under:
            away.add(i)
    return away
