"""Tables whose rows are typed by a column: a log's "Type" ("L09 | Lesson | Holding sessions in
family hubs …"), a board export's frame ("8,What we learned today,Padraig,green,"Puréed meals
…",9"), a form's section. The type column is found by its header ("Type", "Category", "Tag")
or by what it holds: a column of repeated values, most of them section meanings
("Who's here", "What we learned today", "Actions"), beside a longer column that says the
thing. Each typed row then means what its type says, whatever heading the table is under.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from graph.model import fold
from ingest.extract.listed import label_role
from ingest.extract.people_names import WORDS
from ingest.extract.sections import Role
from ingest.types import BlockKind, RawDocument

TYPE_HEADERS = frozenset({"type", "category", "kind", "entry type", "log type", "tag"})
ENTRY_WORDS = frozenset({"item", "entry", "record", "row", "note", "post", "card", "log"})
NAME_COLUMNS = WORDS["column-name"]
MIN_ROWS = 3  # a column typed by its content needs this many rows to tell repeats
MAX_TYPE_WORDS = 6  # a type is a label, not a statement


@dataclass(frozen=True)
class Typed:
    column: int  # the type column
    text: int  # the column that says the thing (the row's longest cell)
    role: Role | None  # what the row's type means (None: a type of no known meaning)
    label: str  # the type as written


def typed_rows(raw: RawDocument) -> tuple[dict[int, Typed], set[int]]:
    """(row block -> its type, for every row of a typed table; the typed tables)."""
    rows: dict[int, list[int]] = {}
    headers: dict[int, tuple[str, ...]] = {}
    for i, block in enumerate(raw.blocks):
        if block.kind != BlockKind.TABLE_ROW:
            continue
        if block.header and block.table not in rows and block.table not in headers:
            headers[block.table] = block.cells
            continue
        rows.setdefault(block.table, []).append(i)
    out: dict[int, Typed] = {}
    for table, body in rows.items():
        column = _type_column(raw, headers.get(table, ()), body)
        if column < 0:
            continue
        for i in body:
            cells = raw.blocks[i].cells
            if column >= len(cells):
                continue
            text = max((k for k in range(len(cells)) if k != column), key=lambda k: len(cells[k]))
            out[i] = Typed(column, text, label_role(cells[column]), cells[column])
    return out, {raw.blocks[i].table for i in out}


def has_people_column(header: Sequence[str]) -> bool:
    """Whether a table's header names a column of people ("Name", "Winner", "Attendee").

    >>> has_people_column(("Category", "Winner", "Organisation")), has_people_column(("Type",))
    (True, False)
    >>> has_people_column(("Day / time", "Branch", "ON THE DESK"))
    True
    >>> has_people_column(("Time", "Where", "Who we met"))
    True
    """
    return any(fold(cell) in NAME_COLUMNS or _ON_DUTY.match(fold(cell)) for cell in header)


_ON_DUTY = re.compile(  # a rota's column of who staffed each slot: "On the desk", "Staffed by";
    # a visit's programme's column of who was met at each stop: "Who we met"
    r"^(?:on\s+(?:the\s+)?(?:desk|duty|shift|stall|stand|door|rota|phones?|helpline)|"
    r"staffed\s+by|who\s+(?:was\s+|is\s+)?on|on\s+call|"
    r"(?:who|people)\s+(?:we|you)\s+(?:met|saw|spoke\s+(?:to|with))|hosted\s+by|met\s+with)$"
)


def _names_a_type(header: str) -> bool:
    """A header naming the type column: "Type", "Category", "Item type", "Entry category".

    >>> _names_a_type("Item type"), _names_a_type("Tag"), _names_a_type("Ticket type")
    (True, True, False)
    """
    words = fold(header).split()
    return fold(header) in TYPE_HEADERS or (
        len(words) == 2 and words[0] in ENTRY_WORDS and words[1] in TYPE_HEADERS
    )  # not "Ticket type" (a kind of attendee) nor "Organisation type"


def _type_column(raw: RawDocument, header: tuple[str, ...], body: list[int]) -> int:
    """The table's type column: named so in its header, else the column of few repeated
    labels that has the most rows of a known meaning, all of them or of two meanings or more
    (-1: none; a column of "lived" and "learnt" experience is no log's types)."""
    if has_people_column(header):
        return -1  # "Category | Winner | Organisation": people by category, no typed log
    named = next((k for k, c in enumerate(header) if _names_a_type(c)), -1)
    if named >= 0 or len(body) < MIN_ROWS:
        return named
    cells = [raw.blocks[i].cells for i in body]
    width = min(len(c) for c in cells)
    if width < 2:
        return -1
    longest = max(range(width), key=lambda k: sum(len(c[k]) for c in cells))
    best, best_known = -1, 0
    for k in range(width):
        values = [c[k].strip() for c in cells]
        if k == longest or len(set(values)) == len(values):
            continue  # the statements themselves, or no repeats: not a type
        if any(len(v.split()) > MAX_TYPE_WORDS for v in values):
            continue
        roles = [label_role(v) for v in values]
        known = sum(r is not None for r in roles)
        kinds = len({r for r in roles if r is not None})
        if known < len(values) and kinds < 2:
            continue  # one meaning among words of none ("lived", "learnt"): not a log's types
        if known * 2 >= len(values) and known > best_known:  # mostly section meanings
            best, best_known = k, known
    return best


_OWNER = re.compile(
    r"(?:action\s+)?owners?|(?:action(?:ed)?\s+)?by(?:\s+whom)?|lead|responsible|assigned\s+to",
    re.IGNORECASE,
)
_TRACKED = re.compile(
    r"status|due(?:\s+(?:date|by))?|deadline|by\s+when|when|target\s+date|progress|rag|"
    r"(?:rag\s+)?rating|update|item|action|actions|task|tasks",
    re.IGNORECASE,
)


def action_log(header: list[str]) -> bool:
    """A table's header names who owns each row and how it stands ("Item | Owner | Status",
    "Action | Lead | Due"): an action log or a checklist.

    >>> action_log(["Item", "Owner", "Status"]), action_log(["Name", "Role", "Organisation"])
    (True, False)
    """
    cells = [" ".join(c.split()).strip(" :") for c in header]
    owner = [k for k, c in enumerate(cells) if _OWNER.fullmatch(c)]
    tracked = [k for k, c in enumerate(cells) if _TRACKED.fullmatch(c) and k not in owner]
    return bool(owner) and bool(tracked)
