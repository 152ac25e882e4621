"""The learning a table gives (used by ingest.extract.learning): the columns its header
names as learning ("Theme | What we heard | What it means for us"), a row its own first cell
labels as learning, each cell of a learning row as a statement (not a translation beside its
English, nor a picture's description beside the words), and the tables of figures whose rows
are data, not statements, even under a learning heading."""

from __future__ import annotations

import re
from typing import Any

from ingest.extract.languages import in_welsh
from ingest.extract.sections import Role, role_of_heading
from ingest.types import BlockKind, RawDocument

FIGURE_CELL = re.compile(  # a cell that only gives a figure: "44%", "9 weeks", "+41%", "17"
    r"\|\s*[~<>≈+−-]?\s*\d[\d,.]*\s*(?:%|per\s*cent|weeks?|days?|months?|years?|hours?|"
    r"minutes?|people|patients|x)?\s*$",
    re.IGNORECASE,
)


def learning_columns(raw: RawDocument, heads: frozenset[int]) -> dict[int, dict[int, str]]:
    """The rows of tables whose header names a column as learning ("Theme | What we heard |
    What it means for us", "Insight | So what?"): row -> {column: its header}. The header is
    the row marked as one, else a first row of short labels (a plain-text or PDF table); a
    header row set lower down (a grid's "Lacked | Longed for" under its "Liked | Learned"
    cells) heads the rows under it, none of them learning if it names no such column."""
    found: dict[int, dict[int, str]] = {}
    columns: dict[int, dict[int, str]] = {}  # table -> the learning columns of its latest header
    learning: set[int] = set()  # tables a header of which names a learning column
    for n, block in enumerate(raw.blocks):
        if block.kind != BlockKind.TABLE_ROW:
            continue
        if n in heads:
            columns[block.table] = {
                i: said for i, c in enumerate(block.cells) if (said := _learning_header(c))
            }
            if columns[block.table]:
                learning.add(block.table)
            continue
        columns.setdefault(block.table, {})
        if block.table in learning:
            found[n] = columns[block.table]
    return found


def _learning_header(cell: str) -> str:
    """The header of a learning column as what says it is learning ("What we learned"; a
    "Theme" as "Themes", said as findings), else ''."""
    if role_of_heading(cell) == Role.LEARNING:
        return cell
    plural = f"{cell.strip()}s"
    return plural if role_of_heading(plural) == Role.LEARNING else ""


_COUNT = re.compile(r"[£$€]?\d[\d,.]*%?(?:\s*\([^()]*\))?")  # "11", "2,140", "44% (n=9)"


def counted_tables(raw: RawDocument, heads: frozenset[int]) -> set[int]:
    """Tables with a header and a column of counts ("Area of the map | Dots | …" / "Border
    villages | 8 | …"): a table of figures, whose rows are not statements."""
    rows: dict[int, list[tuple[str, ...]]] = {}
    headed = {raw.blocks[h].table for h in heads}
    for i, block in enumerate(raw.blocks):
        if block.kind == BlockKind.TABLE_ROW and block.table in headed and i not in heads:
            rows.setdefault(block.table, []).append(tuple(block.cells))
    return {
        table
        for table, cells in rows.items()
        if any(
            2 * sum(1 for row in cells if k < len(row) and _COUNT.fullmatch(row[k].strip()))
            > len(cells)
            for k in range(max(len(row) for row in cells))
        )
    }


def labelled_row(block: Any) -> dict[int, str] | None:
    """A row whose first cell labels it as learning ("What we learned | sticky | Ask one
    question …", a board's export): its other cells, said by that label."""
    cells = block.cells
    if len(cells) < 2 or role_of_heading(cells[0]) != Role.LEARNING:
        return None
    return {i: cells[0] for i in range(1, len(cells))}


_DESCRIBED = re.compile(r"\[[^\[\]]*\]")  # a picture's description, set in square brackets


def row_statements(
    text: str, block: Any, columns: dict[int, str] | None = None, said: str = ""
) -> list[tuple[int, int, str]]:
    """(start, end, what says it is learning) of a learning table's row, or of its
    learning `columns` (their headers say it): each cell a statement, except a translation
    beside its English ("Roedd sgwrs yn Gymraeg … | Being able to talk to a nurse in Welsh
    …") or a picture's description beside the words ("[Picture: a red pen] | We marked
    …")."""
    row = text[block.start : block.end]
    indexed = [(i, c) for i, c in enumerate(block.cells) if c.strip()]
    spans = block.cell_spans(text) if indexed else [(block.start, block.end)]
    indexed = indexed or [(0, row)]
    cells = [c for _i, c in indexed]
    if columns is None and len(cells) == 2 and FIGURE_CELL.search(row):  # "Services with a
        return [(block.start, block.end, said)]  # written protocol | 44%": the row is the finding
    out = []
    for index, cell in indexed:
        span = spans[index]
        if span is None:
            continue
        if columns is not None and index not in columns:
            continue
        meant = columns[index] if columns is not None else said
        if len(cells) > 1 and in_welsh(cell):
            continue  # the same statement in Welsh, beside its English
        if len(cells) > 1 and _DESCRIBED.fullmatch(cell.strip()):
            continue  # "[Picture: a red pen]" beside the words it illustrates
        out.append((*span, meant))
    return out
