"""Grid tables in plain text, as pandoc, reStructuredText and many terminal tools draw them:
each row closed by a rule of "+---+---+" (a rule of "=" under a header row), its cells
between bars standing under the rule's "+" marks, a cell too long for its column wrapped
over more lines of the same row:

    +-------+----------------------+------------------------------+
    | AB    | Dr Ann Bell          | GP Lead, Lochee Health       |
    |       |                      | Centre (NHS Tayside)         |
    +-------+----------------------+------------------------------+

A box of one cell is no table (ingest.readers.plain.unboxed takes its sides off).
"""

from __future__ import annotations

import itertools
import re

from ingest.readers.column_tables import (
    MIN_ROWS,
    Cut,
    Rows,
    _cut_tables,
    _filled,
    joined_cells,
)

_GRID_RULE = re.compile(r"^\s*\+(?::?[-=]{2,}:?\+){2,}\s*$")  # two or more columns
MAX_GRID_COLUMNS = 64  # a rule of more columns than this is no table: read as lines


def grid_tables(run: list[str]) -> Cut:
    """The run cut into (a grid table's rows of cells, else None; its lines).

    >>> run = ["+----+----------+", "| AB | Ann Bell |", "|    | (chair)  |",
    ...        "+----+----------+", "| BL | Bo Li    |", "+----+----------+", "Thanks."]
    >>> [rows for rows, _lines in grid_tables(run)]  # doctest: +NORMALIZE_WHITESPACE
    [[('', ''), ('AB', 'Ann Bell (chair)'), ('BL', 'Bo Li')], None]
    """

    def table_at(i: int) -> tuple[Rows, int] | None:
        rule = run[i].rstrip()
        if not _GRID_RULE.match(rule):
            return None
        marks = [k for k, ch in enumerate(rule) if ch == "+"]
        if len(marks) - 1 > MAX_GRID_COLUMNS:
            return None
        rows: list[list[str]] = []
        header = False
        current: list[str] | None = None
        j = i + 1
        while j < len(run):
            if _GRID_RULE.match(run[j]):
                if current is None:
                    break  # two rules in a row: the table has ended
                rows.append(current)
                header = header or (len(rows) == 1 and "=" in run[j])
                current = None
            elif (cells := _cells_at(run[j], marks)) is not None:
                current = cells if current is None else joined_cells(current, cells)
            else:
                break
            j += 1
        if current is not None or len(rows) < MIN_ROWS:
            return None  # a row left open, or too few rows: lines, not a table
        if header:
            return [tuple(rows[0]), *(tuple(row) for row in rows[1:])], j
        return _filled(("",) * (len(marks) - 1), rows), j

    return _cut_tables(run, table_at)


def _cells_at(line: str, marks: list[int]) -> list[str] | None:
    """A row line's cells: the text between the bars standing under the rule's marks, or
    between its bars when it keeps as many; None for a line that is no row of this table."""
    text = line.rstrip()
    if not text.lstrip().startswith("|") or not text.endswith("|"):
        return None
    if len(text) == marks[-1] + 1 and all(text[k] == "|" for k in marks):
        return [text[a + 1 : b].strip() for a, b in itertools.pairwise(marks)]
    parts = text.strip()[1:-1].split("|")
    return [p.strip() for p in parts] if len(parts) == len(marks) - 1 else None
