"""Tables set out in columns with spaces and no rule under the header: a sign-in sheet or an
export typed as text, where each column starts where its header's label does and a cell too
long for its column wraps onto the next line, under the same column, with the first column
left blank:

    #  Name              Job title                Base
    1  Ann Bell          Pharmacist Prescriber,   Swansea Bay University Health
                         Respiratory              Board

Only where three or more labels head the columns and two or more rows keep to them; a line of
prose, whose words run across the columns, ends the table.

A table drawn with bars in text (`pipe_tables`) is read the same way: a header of cells between
bars, a rule of dashes (and "+") under it, rows whose cells are between bars, a row whose first
cell is blank carrying on the cells of the row above.
"""

from __future__ import annotations

import re

Rows = list[tuple[str, ...]]

MIN_COLUMNS = 3
MIN_ROWS = 2
MAX_LABEL_WORDS = 4
MAX_LABEL_CHARS = 30
SLACK = 1  # a cell may start this many characters off its column's start
_SEGMENT = re.compile(r"\S+(?: \S+)*")  # text between gaps of two or more spaces


def _segments(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _SEGMENT.finditer(line.expandtabs(4))]


def _header(line: str) -> list[int] | None:
    """The columns' starts, when `line` is a header of short labels apart by wide gaps."""
    found = _segments(line)
    if len(found) < MIN_COLUMNS or "|" in line:  # a table drawn with bars is read elsewhere
        return None
    for _at, label in found:
        if (
            len(label) > MAX_LABEL_CHARS
            or len(label.split()) > MAX_LABEL_WORDS
            or label.endswith((".", ":", ","))
            or not any(ch.isalpha() or ch == "#" for ch in label)  # "3", "+4%": a row
        ):
            return None
    return [at for at, _label in found]


def _cells(line: str, starts: list[int]) -> list[str] | None:
    """The line's text by column; None when some text does not keep to the columns (it starts
    off a column, or runs on into the next one)."""
    cells = [""] * len(starts)
    bounds = [*starts[1:], 10**9]
    for at, text in _segments(line):
        k = max((i for i, s in enumerate(starts) if s <= at + SLACK), default=-1)
        if k < 0 or abs(at - starts[k]) > SLACK or at + len(text) > bounds[k]:
            return None
        cells[k] = f"{cells[k]} {text}".strip()
    return cells


def column_tables(run: list[str]) -> list[tuple[Rows | None, list[str]]]:
    """The run cut into (a column table's rows of cells, else None; its lines).

    >>> run = ["Sign-in sheet", "#  Name      Job title   Base",
    ...        "1  Ann Bell  Pharmacist  Swansea Bay",
    ...        "                         Health Board", "2  Bo Li     GP          Fforestfach"]
    >>> [rows for rows, _lines in column_tables(run)]  # doctest: +NORMALIZE_WHITESPACE
    [None, [('#', 'Name', 'Job title', 'Base'),
            ('1', 'Ann Bell', 'Pharmacist', 'Swansea Bay Health Board'),
            ('2', 'Bo Li', 'GP', 'Fforestfach')]]
    """
    out: list[tuple[Rows | None, list[str]]] = []
    plain, i = 0, 0
    while i < len(run):
        starts = _header(run[i])
        if starts is None:
            i += 1
            continue
        rows: list[list[str]] = []
        j = i + 1
        while j < len(run):
            cells = _cells(run[j], starts)
            if cells is None:
                break
            if cells[0] or not rows:  # a new row; else the wrapped lines of the row above
                rows.append(cells)
            else:
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
            j += 1
        if len(rows) < MIN_ROWS:
            i += 1
            continue
        if plain < i:
            out.append((None, run[plain:i]))
        header = tuple(label for _at, label in _segments(run[i]))
        out.append(([header, *(tuple(c or "-" for c in row) for row in rows)], run[i:j]))
        plain = i = j
    if plain < len(run):
        out.append((None, run[plain:]))
    return out


_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:[+|]\s*:?-{3,}:?\s*)+\|?\s*$")


def _pipe_cells(line: str, led: bool) -> list[str]:
    """A bar-drawn row's cells; `led`: the table's lines open with a bar ("| A | B |"), so a
    row opening with blanks and a bar has a blank first cell only when the header has none."""
    cells = [c.strip() for c in line.strip().split("|")]
    if led and line.strip().startswith("|"):
        cells = cells[1:]
    elif not led and line.strip().startswith("|"):
        cells = ["", *cells[1:]]
    if line.strip().endswith("|") and cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def pipe_tables(run: list[str]) -> list[tuple[Rows | None, list[str]]]:
    """The run cut into (a bar-drawn table's rows of cells, else None; its lines).

    >>> run = [" Name       | Role        | Employer", "------------+-------------+---------",
    ...        " Ann Bell   | Lead        | NHS Greater", "            | Pharmacist  | Glasgow",
    ...        " Bo Li      | GP          | NHS Fife", "Note: Bo left early."]
    >>> [rows for rows, _lines in pipe_tables(run)]  # doctest: +NORMALIZE_WHITESPACE
    [[('Name', 'Role', 'Employer'), ('Ann Bell', 'Lead Pharmacist', 'NHS Greater Glasgow'),
      ('Bo Li', 'GP', 'NHS Fife')], None]
    """
    out: list[tuple[Rows | None, list[str]]] = []
    plain, i = 0, 0
    while i + 1 < len(run):
        led = run[i].lstrip().startswith("|")
        header = _pipe_cells(run[i], led) if "|" in run[i] else []
        if len(header) < MIN_COLUMNS - 1 or not _PIPE_RULE.match(run[i + 1]):
            i += 1
            continue
        rows: list[list[str]] = []
        j = i + 2
        while j < len(run) and "|" in run[j] and not _PIPE_RULE.match(run[j]):
            cells = (_pipe_cells(run[j], led) + [""] * len(header))[: len(header)]
            if cells[0] or not rows:
                rows.append(cells)
            else:  # a cell wrapped onto the next line, the first cell left blank
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
            j += 1
        while j < len(run) and _PIPE_RULE.match(run[j]):
            j += 1  # a closing rule
        if len(rows) < 1:
            i += 1
            continue
        if plain < i:
            out.append((None, run[plain:i]))
        out.append(([tuple(header), *(tuple(c or "-" for c in r) for r in rows)], run[i:j]))
        plain = i = j
    if plain < len(run):
        out.append((None, run[plain:]))
    return out
