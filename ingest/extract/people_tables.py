"""People listed in tables: rows typed as a list of people wherever they stand ("Who's here"),
lists set side by side under labels of their own ("Attendees | Apologies"), tables whose
first column labels their rows ("Present", "Apologies"), and tables of people with a header
or none, where a presence column or a cell that says someone was not there ("DNA", "off sick
all week") says what each row means.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from graph.reference.gazetteer import Gazetteer
from ingest.extract.initialled import initials_key
from ingest.extract.interests import declared_in_rows
from ingest.extract.listed import (
    Listed,
    key_role,
    label_role,
    listed,
    parse_lenient,
    shift,
    text_of,
)
from ingest.extract.made_it import what_they_did
from ingest.extract.org_shape import BODY_END
from ingest.extract.people_labels import a_part, named_people
from ingest.extract.people_lists import (
    WORDS,
    PersonEntry,
    folded,
    header_columns,
    parse_people,
    parse_people_table,
)
from ingest.extract.register_marks import (
    dated_presence,
    groups,
    legend_of,
    mark,
    presence_label,
    repeat_width,
    unsigned,
)
from ingest.extract.row_types import Typed, action_log, has_people_column
from ingest.extract.sections import Role, says_apologies
from ingest.extract.signed_columns import signed_columns
from ingest.extract.took_part import speaking
from ingest.types import Block, BlockKind, DocumentKind, RawDocument

PEOPLE_ROLES = frozenset(
    {Role.ATTENDANCE, Role.APOLOGIES, Role.AUTHORS, Role.CONTACTS, Role.ACKNOWLEDGEMENTS}
)
SKIPPED = frozenset({Role.REFERENCES, Role.AGENDA, Role.ACTIONS, Role.LEARNING})
MAIL_KEYS = frozenset({"sent", "to", "cc", "subject", "date"})  # an e-mail header's, "From" aside
SHARE = 0.6  # of a run's lines (or a table's rows) that must name people for it to list them


def typed_table(
    raw: RawDocument, gaz: Gazetteer, typed: dict[int, Typed], front: set[int]
) -> Iterator[Listed]:
    """The people of rows typed as a list of people ("Who's here", "Apologies"): read from
    the cell that says the thing ("Orla Kennedy - Speech and Language Therapist - …")."""
    for i, row in typed.items():
        if row.role not in PEOPLE_ROLES:
            continue
        block = raw.blocks[i]
        cell = block.cells[row.text]
        at = max(text_of(raw, block).find(cell), 0)
        meaning = Role.APOLOGIES if says_apologies(cell) else row.role
        label, colon, rest = cell.partition(":")  # "Sent apologies: Dr Nuala Gribben - …"
        if colon and label_role(label) is not None:
            cell, at = rest, at + len(label) + 1
        for entry in parse_lenient(cell, gaz):
            yield listed(raw, block, shift(entry, at), meaning, front, i)


def tables(
    raw: RawDocument,
    gaz: Gazetteer,
    blocks: list[int],
    role: Role,
    front: set[int],
    typed: dict[int, Typed],
    away: set[int],
) -> Iterator[Listed]:
    """The people of the tables among `blocks`; `away`: the rows set under an "Apologies"
    row across their table (Layout.apology_rows, worked out once per document)."""
    for rows in _by_table(raw, [i for i in blocks if i not in typed]):
        yield from (
            _column_lists(raw, gaz, rows, front)
            or _labelled_table(raw, gaz, rows, role, front)
            or _table(raw, gaz, rows, role, front, away)
        )


def _by_table(raw: RawDocument, blocks: list[int]) -> list[list[int]]:
    """The table rows among `blocks`, table by table."""
    tables: dict[int, list[int]] = {}
    for i in blocks:
        if raw.blocks[i].kind == BlockKind.TABLE_ROW:
            tables.setdefault(raw.blocks[i].table, []).append(i)
    return list(tables.values())


def _column_lists(
    raw: RawDocument, gaz: Gazetteer, rows: list[int], front: set[int]
) -> list[Listed]:
    """Lists of people set side by side, each column under a label of its own ("Attendees |
    Apologies", "Present | Absent"): a column's people mean what its label says."""
    header = raw.blocks[rows[0]]
    labels = [label_role(cell) if cell.strip() else None for cell in header.cells]
    bodies = [k for k, cell in enumerate(header.cells) if folded(cell) in ORG_COLUMN]
    roles = [(k, label) for k, label in enumerate(labels) if label in PEOPLE_ROLES]
    if len(labels) < 2 or len(roles) + len(bodies[:1]) < len(labels) or not roles:
        return []  # (an "Organisation" column beside them: "Organisation | Attended | Apologies")
    across = {i: role for i in rows[1:] if (role := _labelled_across(raw.blocks[i]))}
    found: list[Listed] = list(_spanning_rows(raw, gaz, across, front))
    body = [i for i in rows[1:] if i not in across]
    for k, label in roles:
        cells = [_cell(raw.blocks[i], k) for i in body]
        column = [[cell[initials_key(cell) :]] for cell in cells]  # "CF Clodagh Feeney, …"
        for n, entry in parse_people_table(None, column, gaz):
            block = raw.blocks[body[n]]
            org = _cell(block, bodies[0]).strip() if bodies else ""
            said = key_role(org) if org else None  # "Apologies | Dr A, GP" in the body column
            if org and said is None and not entry.organisations:  # "NHS Tayside, Cardiac
                # Rehabilitation (Perth Royal Infirmary)": the body, before its unit
                entry = replace(entry, organisations=(BODY_END.split(org, maxsplit=1)[0],))
            at = text_of(raw, block).find(column[n][0])
            if at >= 0:
                start, end = block.start + at + entry.start, block.start + at + entry.end
                found.append(Listed(entry, said or label, start, end, body[n] in front))
    return found


def _labelled_across(block: Block) -> Role | None:
    """What a row set across lists side by side says its own people are: "Apologies: Colette
    Bell, Occupational Therapist, …" (one cell, or a first cell over empty ones) under
    "Members | In attendance"."""
    if not block.cells or any(c.strip() for c in block.cells[1:]):
        return None
    label, colon, _rest = block.cells[0].partition(":")
    return key_role(label) if colon else None


def _spanning_rows(
    raw: RawDocument, gaz: Gazetteer, across: dict[int, Role], front: set[int]
) -> Iterator[Listed]:
    for i, meaning in across.items():
        block = raw.blocks[i]
        rest = block.cells[0].partition(":")[2]
        at = block.cells[0].find(rest)
        for entry in parse_lenient(rest, gaz):
            yield listed(raw, block, shift(entry, at), meaning, front, i)


def _cell(block: Block, k: int) -> str:
    return block.cells[k] if k < len(block.cells) else ""


def _labelled_table(
    raw: RawDocument, gaz: Gazetteer, rows: list[int], role: Role, front: set[int]
) -> list[Listed]:
    """A table whose first column labels its rows ("Present", "Apologies"), the label cell
    merged over the rows under it."""
    label: Role | None = None
    part = ""  # the part the label says they led: "Huddle facilitator"
    found: list[Listed] = []
    labelled = False
    keys = {raw.blocks[i].cells[0].strip().lower() for i in rows if raw.blocks[i].cells}
    head = raw.blocks[rows[0]]
    labels = all(len(c.split()) <= LABEL_WORDS for c in head.cells)  # a row of labels only
    if (head.header and any(_BY.search(c) for c in head.cells[1:])) or (
        labels and "name" in (header_columns(head.cells) or {})
    ):
        return []  # "Strand | Led by", "Sprint role | Name | …": a header over columns
    for i in rows:
        block = raw.blocks[i]
        cells = list(block.cells)
        meaning = label_role(cells[0]) if len(cells) >= 2 else None
        if meaning is not None and parse_people(cells[0], gaz):
            meaning = None  # "Cllr Ann Bell (FODC) – Chair": a person, not a row's label
        if len(cells) == 2 and cells[0].strip().lower() == "from" and keys & MAIL_KEYS:
            meaning = Role.AUTHORS  # an e-mail's header set as a table: who wrote it
        if (
            meaning is None
            and len(cells) == 2
            and cells[0].strip()
            and a_part(cells[0])
            and named_people(parse_lenient(cells[1], gaz), gaz, raw.text)
        ):
            meaning = Role.PEOPLE  # "Supported by | Grant Fairbairn, Officer, …": as a key
        if meaning is not None:
            label, labelled, part, cells = meaning, True, speaking(cells[0]), cells[1:]
        elif len(cells) >= 2 and not cells[0].strip():
            cells = cells[1:]  # the label cell, merged over this row
        elif len(cells) >= 2:
            label, part = None, ""  # a row with a label of another kind
        if label is None or label in SKIPPED:
            continue
        text = " ".join(c for c in cells if c.strip())
        at = text_of(raw, block).find(text)
        for entry in parse_lenient(text, gaz):  # "A, Role, Org; B, …; five parents"
            said = Role.APOLOGIES if says_apologies(sentence_holding(text, entry.start)) else label
            if at >= 0:
                start, end = block.start + at + entry.start, block.start + at + entry.end
            else:
                start, end = block.start, block.end
            found.append(Listed(entry, said, start, end, i in front, part))
    return found if labelled else []


LABEL_WORDS = 4  # a header's cell: "Sprint role", "Name", "Organisation"
_BY = re.compile(r"\w\s+by\s*:?\s*$", re.IGNORECASE)  # a column's label: "Led by", "Run by"
SENTENCE_END = re.compile(r"(?:(?<=[a-z]{2})|(?<=\)))\.\s+(?=[A-Z])")  # "…Trust). Last …"


def sentence_holding(text: str, at: int) -> str:
    """The sentence of a cell that holds character `at`: "Apologies – Trevor Lyttle, Patch
    Manager" says he did not come; in "Ann Bell (GP); Bo Lane. Cy Roe meant to come but could
    not." only Cy Roe did not.

    >>> sentence_holding("Ann Bell (GP); Bo Lane. Cy Roe meant to come but could not.", 24)
    'Cy Roe meant to come but could not.'
    """
    start = 0
    for end in SENTENCE_END.finditer(text):
        if end.start() >= at:
            return text[start : end.start() + 1]
        start = end.end()
    return text[start:]


def _table(
    raw: RawDocument, gaz: Gazetteer, rows: list[int], role: Role, front: set[int], away: set[int]
) -> Iterator[Listed]:
    first = raw.blocks[rows[0]]
    named = any(parse_people(cell, gaz) for cell in first.cells[:2])  # no header: a name
    # in its first cells ("Dr Ann Bell | GP", "AB | Dr Ann Bell | GP": a key to initials)
    header = list(first.cells) if (first.header or _labels_row(first)) and not named else None
    body = rows[1:] if header is not None else rows
    made = signed_columns(raw, gaz, header, body, front) if header is not None else None
    if made is not None:  # "Prepared by | Checked by | Signed off by": who did what to it
        yield from made
        return
    cells = [list(raw.blocks[i].cells) for i in body]
    width = repeat_width(header) if header is not None else 2 if _side_by_side(cells, gaz) else 0
    if width:  # "Name | Role | Name | Role" (or no header, "A | Role, Org | B | Role, Org"):
        body, cells = groups(body, cells, width)  # each row sets people side by side
        header = header[:width] if header is not None else list(PAIR)
    columns = header
    entries = parse_people_table(columns, cells, gaz)
    legend = legend_of(raw, rows[0])  # "✓ = attended; A = apologies sent" said above it
    presence = next((k for k, c in enumerate(header or ()) if presence_label(c)), -1)
    if presence < 0:
        presence = dated_presence(header or (), cells, legend)
    signed = any(ARRIVAL.match(c.strip()) for c in header or ())  # a sign-in sheet's "Time in"
    named = has_people_column(header or ())  # "Winner", "Attendee": a column of people,
    # whatever its other rows hold ("Inverclyde Home 1st Team")
    few = len(entries) < max(2, SHARE * len(body)) and not named  # as a presence column says
    if not entries or (role not in PEOPLE_ROLES and few and presence < 0 and not signed):
        return
    meaning = role if role in PEOPLE_ROLES else Role.ATTENDANCE if signed else Role.PEOPLE
    if meaning == Role.PEOPLE and header is not None and action_log(header):
        meaning = Role.ACTIONS  # "Item | Owner | Status": who is to do what, not who came
    labelled = {r for c in header or () if c.strip() and (r := label_role(c)) in PEOPLE_ROLES}
    if meaning == Role.PEOPLE and len(labelled) == 1:
        meaning = labelled.pop()  # a document control's "Version | Date | Author(s) | Change"
    declared = declared_in_rows(header or (), cells, gaz)  # "Interests declared" cells
    unsigned_rows = unsigned(header or (), cells)
    for row, entry in entries:
        if row in declared:  # the bodies a member declares are theirs
            block = raw.blocks[body[row]]
            declares = PersonEntry(entry.name, organisations=tuple(declared[row]))
            yield Listed(declares, Role.NAMED, block.start, block.end, body[row] in front)
    for row, entry in [*entries, *_part_columns(raw, gaz, header, cells, entries)]:
        block = raw.blocks[body[row]]
        absent = (
            body[row] in away
            or row in unsigned_rows  # a sign-in sheet's blank "Signed" cell
            or (not width and says_apologies(text_of(raw, block)))
            or any(map(says_apologies, cells[row]))
        )
        said = Role.APOLOGIES if absent else meaning  # a "Present" cell: "No - could not
        # attend, sent comments beforehand"; a register's "DNA", a note "off sick all week"
        if presence >= 0 and presence < len(cells[row]) and said != Role.APOLOGIES:
            said = mark(cells[row][presence], legend) or said  # "At study meeting | Yes"
        if said == Role.PEOPLE and raw.kind == DocumentKind.EVIDENCE:
            said, entry = what_they_did(entry, cells[row][1:], gaz)
        yield Listed(entry, said, block.start, block.end, body[row] in front)


ORG_COLUMN = WORDS["column-organisation"]  # "Organisation", "Employer", "Representing"
PAIR = ("Name", "Role")  # the columns of each pair in a table set side by side


def _side_by_side(cells: list[list[str]], gaz: Gazetteer) -> bool:
    """Whether a headerless table sets its people in pairs of columns side by side, each pair
    a name and its role ("Mair Hafren | Ward Sister, … | Tegwen Rhos | Occupational …"): every
    row of an even width of four or more, most of every other cell from the first a name
    alone."""
    if not cells or any(len(row) < 4 or len(row) % 2 for row in cells):
        return False
    firsts = [row[k] for row in cells for k in range(0, len(row), 2) if row[k].strip()]
    named = sum(_a_name_alone(cell, gaz) for cell in firsts)
    return named * 2 > len(firsts)  # most of them: a name the lists do not know reads on


def _a_name_alone(cell: str, gaz: Gazetteer) -> bool:
    found = parse_people(cell, gaz)
    return len(found) == 1 and found[0].name_start <= 4 and not found[0].role


ARRIVAL = re.compile(  # a sign-in sheet's or visitor book's column of when each arrived
    r"^(?:time\s+in|times?\s+of\s+arrival|arrived(?:\s+at)?|arrival(?:\s+time)?|"
    r"signed\s+in\s+at)$",
    re.IGNORECASE,
)


def _labels_row(block: Block) -> bool:
    """A first row of short labels, no figures, where a PDF's or plain text's table sets its
    header unmarked ("Role | Name | At brief? | At debrief?")."""
    cells = [c.strip() for c in block.cells]
    return len(cells) >= 2 and all(
        c
        and len(c.split()) <= HEADER_LABEL_WORDS
        and not any(ch.isdigit() for ch in c)
        and not c.endswith(".")
        for c in cells
    )


HEADER_LABEL_WORDS = 4


def _part_columns(
    raw: RawDocument,
    gaz: Gazetteer,
    header: list[str] | None,
    cells: list[list[str]],
    entries: list[tuple[int, PersonEntry]],
) -> list[tuple[int, PersonEntry]]:
    """People in a table's other columns headed by a part ("Table | Theme | Expert | Scribe"):
    a row names its expert and its scribe, each someone of the table."""
    named = {entry.name for _row, entry in entries}
    out: list[tuple[int, PersonEntry]] = []
    for k, label in enumerate(header or ()):
        if not (LEAD_COLUMN.match(label.strip()) or _PART_COLUMN.match(label.strip())):
            continue
        for row, held in enumerate(cells):
            cell = held[k] if k < len(held) else ""
            for entry in named_people(parse_lenient(cell, gaz), gaz, raw.text):
                if entry.name not in named:
                    named.add(entry.name)
                    out.append((row, entry))
    return out


_PART_COLUMN = re.compile(  # a column of who did a part: "Scribe", "Note taker", "Expert"
    r"^(?:scribes?|note[ -]?takers?|notes\s+by|experts?|co-?facilitators?|"
    r"table\s+hosts?|mentors?|mentees?|buddies|buddy|observers?|(?:bsl\s+)?interpreters?|"
    r"translators?|stewards?|marshals?|first\s+aiders?)\s*:?$",  # (and LEAD_COLUMN's)
    re.IGNORECASE,
)


LEAD_COLUMN = re.compile(  # an agenda's column of who led each part
    r"^(?:(?:led|presented|facilitated|hosted|chaired|run)\s+by|leads?|speakers?|presenters?|"
    r"facilitators?|hosts?|who|with|by|given\s+by|speaker\s+and\s+role)\s*:?$",
    re.IGNORECASE,
)


def agenda_leads(raw: RawDocument, gaz: Gazetteer, blocks: list[int]) -> Iterator[Listed]:
    """The people a workshop's running order names in its column of who led each part
    ("Time | Part | Led by"): each led a part, as the notes of the day record it (a sentence
    saying one of them could not come still wins: ingest.extract.prose_people)."""
    for rows in _by_table(raw, blocks):
        header = raw.blocks[rows[0]]
        column = next((k for k, c in enumerate(header.cells) if LEAD_COLUMN.match(c.strip())), -1)
        if column < 0:
            continue
        part = speaking(header.cells[column]) or "lead"
        for i in rows[1:]:
            block = raw.blocks[i]
            cell = _cell(block, column)
            at = text_of(raw, block).find(cell) if cell.strip() else -1
            if at < 0 or says_apologies(cell):
                continue
            for entry in named_people(parse_lenient(cell, gaz), gaz, raw.text):
                start, end = block.start + at + entry.start, block.start + at + entry.end
                yield Listed(entry, Role.ATTENDANCE, start, end, False, part)


def named_rows(raw: RawDocument, blocks: list[int]) -> list[int]:
    """The rows among `blocks` of tables whose header names a column of people other than a
    to-do list's "Who" ("Table and host | The question | What we heard": who hosted each
    table of what was heard)."""
    rows: list[int] = []
    for table in _by_table(raw, blocks):
        columns = header_columns(raw.blocks[table[0]].cells)
        name = columns.get("name", -1) if columns else -1
        if name >= 0 and folded(raw.blocks[table[0]].cells[name]) != "who":
            rows.extend(table)
    return rows
