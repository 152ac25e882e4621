"""The people a document lists, and what being listed there means, from its blocks.

Every people list goes through the one parser (ingest.extract.people_lists); this module finds
the lists and says what each means (ingest.extract.sections.Role):
- a "Key: value" line whose key names a part ("Present:", "Apologies:", "Chair:",
  "Facilitators:", "Authors:", "By", "Signed:", "Note taker:") means that part;
- a table of people means its label column ("Present | …", then rows with the label cell
  merged away) or, with none, the section it is in; tables are read by their header (Name |
  Role | Organisation, in any order) or by their cells;
- list items, short paragraphs and lines under a heading that means a part (attendance,
  apologies, authors, contacts, acknowledgements) mean that part;
- elsewhere, a run of list items or lines most of which are people lines is a PEOPLE list:
  at the top of evidence it is its authors (with affiliations from footnote lines under it:
  "¹ Bangor University"), at the top of workshop notes its attendees, anywhere else people
  and where they work;
- references and agenda sections are passed over (cited authors took no part in this).

Each entry keeps its own span in the document's text: that span, never a metadata line or a
heading, is what its facts quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from graph.reference.gazetteer import Gazetteer
from ingest.extract.layout import Layout
from ingest.extract.people_lines import parse_line
from ingest.extract.people_lists import (
    PersonEntry,
    footnote_affiliations,
    parse_people,
    parse_people_table,
    people_share,
)
from ingest.extract.sections import Role, role_of_heading, says_apologies
from ingest.types import Block, BlockKind, DocumentKind, RawDocument

PEOPLE_ROLES = frozenset(
    {Role.ATTENDANCE, Role.APOLOGIES, Role.AUTHORS, Role.CONTACTS, Role.ACKNOWLEDGEMENTS}
)
SKIPPED = frozenset({Role.REFERENCES, Role.AGENDA, Role.ACTIONS, Role.LEARNING})
KEY_ROLES = {  # metadata keys the heading vocabulary does not cover
    "signed": Role.CONTACTS,
    "note taker": Role.ATTENDANCE,
    "notes": Role.ATTENDANCE,
    "minutes": Role.ATTENDANCE,
    "minute taker": Role.ATTENDANCE,
    "secretariat": Role.ATTENDANCE,
    "in the chair": Role.ATTENDANCE,
    "by": Role.AUTHORS,
    "lead author": Role.AUTHORS,
    "corresponding author": Role.AUTHORS,
    "report of": Role.AUTHORS,
    "sponsor": Role.CONTACTS,
    "contact": Role.CONTACTS,
}
_LEADS = re.compile(  # "Sprint lead", "Review lead", "Lead applicant", "Co-designers", "PI"
    r"(?:^|\s)leads?$|^lead\s|^co-?(?:designers?|applicants?|investigators?|leads?|authors?)$|"
    r"^(?:applicants?|principal investigator|chief investigator|investigators|prepared by|"
    r"compiled by|produced by|designed by|co-produced by)$"
)
_SALUTATION = re.compile(r"(?:dear|annwyl)\s+\S", re.IGNORECASE)  # "Dear Dr Thorne,"
_FIRST_SENTENCE = re.compile(r"(.{10,300}?[a-z)])\.\s+(?=[A-Z])")
_FOOTNOTE_BREAK = re.compile(r";\s*(?=[0-9¹²³⁴⁵⁶⁷⁸⁹*†‡])")
_MADE_BY = re.compile(
    r"((?:typed|written|notes?\s+taken|minutes?\s+taken|minuted|compiled|prepared|facilitated|"
    r"chaired|hosted|led)(?:\s+up)?\s+by)\s+(?=[A-Z])",
    re.IGNORECASE,
)
_NAMES_END = re.compile(r"\s+(?:from|on|at|in|with|for|after|using|during)\s+|[,.;:]\s|$")
_BYLINE_BREAK = re.compile(r"\s+[·|•]\s+")
SHARE = 0.6  # of a run's lines that must be people lines for the run to be a people list
_BIO = re.compile(  # a sentence that opens with who it is about: "Iona Fairlie is a …"
    r"(?:^|(?<=[.!?]\s))((?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+){1,3})\s+(?:is|was|has|had|leads|led|works|worked|joined|heads|"
    r"chairs|manages|holds|brings|became)\b"
)
_MAIL_KEYS = frozenset({"sent", "to", "cc", "subject", "date"})
SHORT = 200  # characters: a paragraph longer than this is prose, not a list entry
BYLINE_LINES = 3  # names and their affiliations under a part's heading


@dataclass(frozen=True, slots=True)
class Listed:
    entry: PersonEntry
    meaning: Role
    start: int  # the entry's span in RawDocument.text
    end: int
    front: bool  # at the top of the document, before its first section


def people_in(raw: RawDocument, gaz: Gazetteer, layout: Layout) -> list[Listed]:
    """Every listed person of the document, with what the list means."""
    found: list[Listed] = []
    front = layout.front
    for section in layout.sections:
        if section.role in SKIPPED:
            continue
        blocks = list(section.blocks)
        if section.heading >= 0 and _people_heading(raw, raw.blocks[section.heading], gaz):
            blocks.insert(0, section.heading)  # a name line set as a heading (a PDF byline)
        found.extend(_metadata(raw, gaz, blocks, front))
        found.extend(_tables(raw, gaz, blocks, section.role, front))
        found.extend(_lines(raw, gaz, blocks, section.role, front, section.heading))
        found.extend(_opening_bylines(raw, gaz, blocks, front))
        found.extend(_led_bylines(raw, gaz, blocks, front))
        if section.role in (Role.AUTHORS, Role.ATTENDANCE):
            found.extend(_bios(raw, gaz, blocks, section.role, front))
    return found


def _opening_bylines(
    raw: RawDocument, gaz: Gazetteer, blocks: list[int], front: set[int]
) -> Iterator[Listed]:
    """At the top of a document, a long paragraph that opens with a people line and goes on
    in prose ("A, Analyst, Public Health Wales; B, Nurse Lead, Public Health Agency. With
    thanks to …"): the people of its first sentence."""
    for i in blocks:
        block = raw.blocks[i]
        if i not in front or block.kind != BlockKind.PARAGRAPH or block.end - block.start <= SHORT:
            continue
        text = _text(raw, block)
        first = _FIRST_SENTENCE.match(text)
        if first is None:
            continue
        for entry in parse_lenient(first.group(1), gaz):
            yield _listed(raw, block, entry, Role.PEOPLE, front, i)


def _led_bylines(
    raw: RawDocument, gaz: Gazetteer, blocks: list[int], front: set[int]
) -> Iterator[Listed]:
    """At the top of a document, a paragraph led by who made it, then prose: "Typed up by
    Aisha Karim (IRIS Advocate Educator, Harbour) from photos of the flipcharts …", "Notes
    taken by Jo Bell on the day …": the people named after the lead."""
    for i in blocks:
        block = raw.blocks[i]
        if i not in front or block.kind != BlockKind.PARAGRAPH:
            continue
        text = _text(raw, block)
        lead = _MADE_BY.match(text)
        meaning = label_role(lead.group(1)) if lead else None
        if lead is None or meaning is None:
            continue
        rest = text[lead.end() :]
        ends = _NAMES_END.search(rest)
        cut = rest.find(")") + 1 if "(" in rest[:60] else ends.start() if ends else len(rest)
        for entry in parse_lenient(rest[:cut], gaz):
            yield _listed(raw, block, _shift(entry, lead.end()), meaning, front, i)


def _bios(
    raw: RawDocument, gaz: Gazetteer, blocks: list[int], role: Role, front: set[int]
) -> Iterator[Listed]:
    """Under "About the authors" or "Who came", prose that introduces each person ("Iona
    Fairlie is a physiotherapist and lecturer at …. Jamie Nisbet leads …"): the people its
    sentences open with."""
    for i in blocks:
        block = raw.blocks[i]
        if block.kind != BlockKind.PARAGRAPH:
            continue
        text = _text(raw, block)
        for opened in _BIO.finditer(text):  # the sentence vouches for a name it opens with
            for entry in parse_line(opened.group(1), gaz, trusted=True):
                yield _listed(raw, block, _shift(entry, opened.start(1)), role, front, i)


def _text(raw: RawDocument, block: Block) -> str:
    return raw.text[block.start : block.end]


def _people_heading(raw: RawDocument, block: Block, gaz: Gazetteer) -> bool:
    return block.kind == BlockKind.HEADING and bool(parse_people(_text(raw, block), gaz))


def _listed(
    raw: RawDocument, block: Block, entry: PersonEntry, meaning: Role, front: set[int], i: int
) -> Listed:
    start = block.start + entry.start
    end = block.start + entry.end
    if not 0 <= start < end <= block.end:  # a table entry: offsets are in its cell
        start, end = block.start, block.end
    return Listed(entry, meaning, start, end, i in front)


def label_role(label: str) -> Role | None:
    """What being listed under a label ("Present:", "Lead applicant |") means.

    >>> label_role("Sprint lead"), label_role("Co-applicants"), label_role("Note taker")
    (<Role.AUTHORS: 'authors'>, <Role.AUTHORS: 'authors'>, <Role.ATTENDANCE: 'attendance'>)
    """
    key = " ".join(label.strip().strip(":").lower().split())
    meaning = role_of_heading(label) or KEY_ROLES.get(key)
    if meaning is None and _LEADS.search(key):
        meaning = Role.AUTHORS  # who led or made it: took part in a workshop, wrote a report
    return meaning


def _metadata(
    raw: RawDocument, gaz: Gazetteer, blocks: list[int], front: set[int]
) -> Iterator[Listed]:
    for i in blocks:
        block = raw.blocks[i]
        if block.kind != BlockKind.METADATA:
            continue
        meaning = Role.AUTHORS if _sender(raw, i) else label_role(block.key)
        if meaning is None or meaning in SKIPPED:
            continue
        text = _text(raw, block)
        at = text.find(":") + 1  # the value: whatever words the key has ("Sent apologies")
        for entry in parse_lenient(text[at:], gaz):
            yield _listed(raw, block, _shift(entry, at), meaning, front, i)


def _sender(raw: RawDocument, i: int) -> bool:
    """Whether block i is the "From:" line of an e-mail's header ("Sent:", "To:", "Subject:"
    beside it): who wrote that message."""
    if raw.blocks[i].key.lower() != "from":
        return False
    near = raw.blocks[max(0, i - 3) : i + 4]
    return any(b.kind == BlockKind.METADATA and b.key.lower() in _MAIL_KEYS for b in near)


def _tables(
    raw: RawDocument, gaz: Gazetteer, blocks: list[int], role: Role, front: set[int]
) -> Iterator[Listed]:
    tables: dict[int, list[int]] = {}
    for i in blocks:
        if raw.blocks[i].kind == BlockKind.TABLE_ROW:
            tables.setdefault(raw.blocks[i].table, []).append(i)
    for rows in tables.values():
        yield from _labelled_table(raw, gaz, rows, role, front) or _table(
            raw, gaz, rows, role, front
        )


def _labelled_table(
    raw: RawDocument, gaz: Gazetteer, rows: list[int], role: Role, front: set[int]
) -> list[Listed]:
    """A table whose first column labels its rows ("Present", "Apologies"), the label cell
    merged over the rows under it."""
    label: Role | None = None
    found: list[Listed] = []
    labelled = False
    for i in rows:
        block = raw.blocks[i]
        cells = list(block.cells)
        meaning = label_role(cells[0]) if len(cells) >= 2 else None
        if meaning is not None:
            label, labelled, cells = meaning, True, cells[1:]
        elif len(cells) >= 2 and not cells[0].strip():
            cells = cells[1:]  # the label cell, merged over this row
        elif len(cells) >= 2:
            label = None  # a row with a label of another kind
        if label is None or label in SKIPPED:
            continue
        text = " ".join(c for c in cells if c.strip())
        at = _text(raw, block).find(text)
        for entry in parse_people(text, gaz):
            if at >= 0:
                start, end = block.start + at + entry.start, block.start + at + entry.end
            else:
                start, end = block.start, block.end
            found.append(Listed(entry, label, start, end, i in front))
    return found if labelled else []


def _table(
    raw: RawDocument, gaz: Gazetteer, rows: list[int], role: Role, front: set[int]
) -> Iterator[Listed]:
    first = raw.blocks[rows[0]]
    header = list(first.cells) if first.header else None
    body = rows[1:] if header is not None else rows
    cells = [list(raw.blocks[i].cells) for i in body]
    entries = parse_people_table(header, cells, gaz)
    if not entries or (role not in PEOPLE_ROLES and len(entries) < max(2, SHARE * len(body))):
        return
    meaning = role if role in PEOPLE_ROLES else Role.PEOPLE
    for row, entry in entries:
        block = raw.blocks[body[row]]
        yield Listed(entry, meaning, block.start, block.end, body[row] in front)


def _lines(
    raw: RawDocument,
    gaz: Gazetteer,
    blocks: list[int],
    role: Role,
    front: set[int],
    heading: int = -1,
) -> Iterator[Listed]:
    """List items, short paragraphs and name lines set as headings, in runs."""
    for run in _runs(raw, blocks):
        texts = [_text(raw, raw.blocks[i]) for i in run]
        notes = [part for text in texts for part in _FOOTNOTE_BREAK.split(text)]
        footnotes = footnote_affiliations(notes, gaz) or _numbered_notes(raw, run, texts, gaz)
        after = [*run[1:], run[-1] + 1]  # the blocks after each of the run's
        addressed = any(
            k < len(raw.blocks) and _SALUTATION.match(_text(raw, raw.blocks[k])) for k in after
        )
        if role in PEOPLE_ROLES:
            meaning = role
        elif _part_byline(raw, gaz, run, texts, heading):
            meaning = Role.AUTHORS
        elif people_share(texts, gaz) >= SHARE or (len(run) <= 3 and any(i in front for i in run)):
            meaning = Role.PEOPLE
        elif addressed and any(i in front for i in run):  # a letter's addressee: the host of
            # a visit it reports took part in it; a report's addressee did not write it
            meaning = Role.PEOPLE if raw.kind == DocumentKind.WORKSHOP else Role.ACKNOWLEDGEMENTS
        else:
            continue
        for i, text in zip(run, texts, strict=True):
            block = raw.blocks[i]
            said = Role.APOLOGIES if says_apologies(text) else meaning  # "Ciara sent apologies"
            for at, part in _segments(text, i in front):
                for entry in parse_lenient(part, gaz, footnotes or None):
                    yield _listed(raw, block, _shift(entry, at), said, front, i)


def _part_byline(
    raw: RawDocument, gaz: Gazetteer, run: list[int], texts: list[str], heading: int
) -> bool:
    """A part's byline: a few short lines right under its heading, before its prose, the
    first of them naming people ("B13  A walking football league" / "Carys Jenkins" / "Cwm
    Taf Morgannwg University Health Board"): those people wrote the part (an abstract, a
    chapter) or, in workshop notes, led it."""
    if heading < 0 or run[0] != heading + 1 or len(run) > BYLINE_LINES:
        return False
    if any(raw.blocks[i].kind == BlockKind.HEADING for i in run):
        return False
    if any(text.rstrip().endswith((".", "!", "?")) or len(text) > SHORT // 2 for text in texts):
        return False
    return bool(parse_people(texts[0], gaz))


def _numbered_notes(
    raw: RawDocument, run: list[int], texts: list[str], gaz: Gazetteer
) -> dict[str, str]:
    """The affiliations of an author line whose numbered notes the reader took for a list
    ("(1) School of Health Sciences, University of Dundee" under "Elspeth Rintoul(1), …"):
    the list's items in order are notes 1, 2, …."""
    items = [
        t for i, t in zip(run, texts, strict=True) if raw.blocks[i].kind == BlockKind.LIST_ITEM
    ]
    if not items or len(items) == len(run) or not re.search(r"\(\d\)|\w\d\b", texts[0]):
        return {}
    return footnote_affiliations([f"{k} {text}" for k, text in enumerate(items, 1)], gaz)


def _shift(entry: PersonEntry, by: int) -> PersonEntry:
    return replace(
        entry,
        start=entry.start + by,
        end=entry.end + by,
        name_start=entry.name_start + by,
        name_end=entry.name_end + by,
    )


def parse_lenient(
    text: str, gaz: Gazetteer, footnotes: dict[str, str] | None = None
) -> list[PersonEntry]:
    """The people of a line; when the line as a whole is not a people line but its parts set
    apart by semicolons are ("A (Org); B, Role, Org; a note"), the people of those parts."""
    found = parse_people(text, gaz, footnotes)
    if found or ";" not in text:
        return found
    at = 0
    for part in text.split(";"):
        offset = text.find(part, at)
        at = offset + len(part)
        for entry in parse_people(part, gaz, footnotes):
            found.append(_shift(entry, offset))
    return found


def _segments(text: str, front: bool) -> list[tuple[int, str]]:
    """(offset, text) of a line's parts: the whole line, or at the top of a document the
    parts of a byline set apart by " · " or " | " ("By A, Lead · 25 October 2023")."""
    if not front or not _BYLINE_BREAK.search(text):
        return [(0, text)]
    out, at = [], 0
    for part in _BYLINE_BREAK.split(text):
        out.append((text.find(part, at), part))
        at = out[-1][0] + len(part)
    return out


def _runs(raw: RawDocument, blocks: list[int]) -> Iterator[list[int]]:
    """Runs of consecutive list items, short paragraphs and headings (no metadata, tables)."""
    run: list[int] = []
    for i in blocks:
        block = raw.blocks[i]
        fits = block.kind in (BlockKind.LIST_ITEM, BlockKind.HEADING) or (
            block.kind == BlockKind.PARAGRAPH and block.end - block.start <= SHORT
        )
        if fits and (not run or i == run[-1] + 1):
            run.append(i)
            continue
        if run:
            yield run
        run = [i] if fits else []
    if run:
        yield run
