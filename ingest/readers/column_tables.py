"""Tables in plain text, each found where it starts in a run of lines and cut out of it:

- a fixed-width export (`fixed_tables`): a header over a rule of dash groups, each line cut
  where the rule's groups stand;
- a table set out in columns with spaces and no rule under the header (`column_tables`): a
  sign-in sheet or an export typed as text, where each column starts where its header's label
  does and a cell too long for its column wraps onto the next line, under the same column,
  with the first column left blank (a solid rule under the header, and one closing the
  table, are the table's own):

      #  Name              Job title                Base
      1  Ann Bell          Pharmacist Prescriber,   Swansea Bay University Health
                           Respiratory              Board

  only where three or more labels head the columns and two or more rows keep to them; a line
  of prose, whose words run across the columns, ends the table;
- a register set out with dot leaders (`leader_tables`): each row's cells joined by runs of
  dots ("ST3  Dr Ann Bell ........ Taff Street Surgery ....... present"), no header, a line
  indented under a row and led by no dots carrying on its last cell ("(presenting the case)");
- a table drawn with bars (`pipe_tables`): a header of cells between bars, a rule of dashes
  (and "+") under it, rows whose cells are between bars, a row whose first cell is blank
  carrying on the cells of the row above.

A rule of more than MAX_COLUMNS dash groups is no fixed-width table (a "rule" of thousands
of groups would pad every line out to every column): the lines are read as text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ingest.readers.line_shapes import continues

Rows = list[tuple[str, ...]]
Cut = list[tuple[Rows | None, list[str]]]  # (a table's rows of cells, else None; its lines)

MAX_COLUMNS = 200  # a rule of more dash groups than this is no fixed-width table
MIN_COLUMNS = 3
MIN_ROWS = 2
MAX_LABEL_WORDS = 4
MAX_LABEL_CHARS = 30
HEADLESS_LOOK = 5  # lines with no header above one shaped like a header: at most this many
ALIGNED_ROWS = 3  # rows keeping to the columns the first sets out, with no header at all
SLACK = 1  # a cell may start this many characters off its column's start
_SEGMENT = re.compile(r"\S+(?: \S+)*")  # text between gaps of two or more spaces
_RULE = re.compile(r"-{3,}(?: {1,}-{3,})+\s*$")  # "----------  ------------  ----------"
_SOLID = re.compile(r"^\s*[-=_~]{3,}\s*$")  # a rule across the page
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:[+|]\s*:?-{3,}:?\s*)+\|?\s*$")


def _cut_tables(run: list[str], table_at: Callable[[int], tuple[Rows, int] | None]) -> Cut:
    """The run cut into tables and the lines between them: `table_at(i)` gives the rows of
    the table whose header is line i and the line after its last, or None."""
    out: Cut = []
    plain = i = 0
    while i < len(run):
        found = table_at(i)
        if found is None:
            i += 1
            continue
        rows, j = found
        if plain < i:
            out.append((None, run[plain:i]))
        out.append((rows, run[i:j]))
        plain = i = j
    if plain < len(run):
        out.append((None, run[plain:]))
    return out


def _carry_on(rows: list[list[str]], cells: list[str]) -> None:
    """A new row, or (its first cell blank) the wrapped lines of the row above."""
    if cells[0] or not rows:
        rows.append(cells)
    else:
        rows[-1] = joined_cells(rows[-1], cells)


def joined_cells(row: list[str], more: list[str]) -> list[str]:
    """A row's cells with the next line of each carried on after a space (a wrapped cell)."""
    return [f"{a} {b}".strip() for a, b in zip(row, more, strict=True)]


def _filled(header: tuple[str, ...], rows: list[list[str]]) -> Rows:
    return [header, *(tuple(c or "-" for c in row) for row in rows)]


# -- fixed-width exports ------------------------------------------------------------------


def fixed_tables(run: list[str]) -> Cut:
    """The run cut into (a fixed-width table's rows of cells, else None; its lines): a header
    line over a rule of dash groups ("Order #     Name     Checked in" / "--------  ------
    ----------") and the lines under it, each cut into cells where the rule's groups stand
    (a report exported as text).

    >>> cut = fixed_tables(["Report", "Name        Came", "----------  ----", "Ann Bell    Yes"])
    >>> cut[0], [rows for rows, _lines in cut[1:]]
    ((None, ['Report']), [[('Name', 'Came'), ('Ann Bell', 'Yes')]])
    >>> [rows for rows, _ in fixed_tables(["Stall  Name", "-----  --------", "Forms  Ann Bell",
    ...     "       (GP, Fife)"])]
    [[('Stall', 'Name'), ('Forms', 'Ann Bell (GP, Fife)')]]
    """

    def table_at(h: int) -> tuple[Rows, int] | None:
        if h + 1 >= len(run) or not run[h].strip() or not _RULE.match(run[h + 1].strip()):
            return None
        spans = [(m.start(), m.end()) for m in re.finditer(r"-{3,}", run[h + 1])]
        if len(spans) > MAX_COLUMNS:  # no export: each row would pad to every column
            return None
        j = h + 2
        while j < len(run) and run[j].strip() and not _RULE.match(run[j].strip()):
            j += 1
        rows: list[list[str]] = []
        for line in run[h + 2 : j]:  # a line whose first cell is blank carries on the row
            cells = list(_fixed_cells(line, spans))  # above when its cells are wrapped ones
            if cells[0] or not rows or not _wraps(rows[-1], cells):
                rows.append(cells)  # (a row of its own: "" | "Gail Sorbie", side by side)
            else:
                _carry_on(rows, cells)
        return _filled(_fixed_cells(run[h], spans), rows), j

    return _cut_tables(run, table_at)


def _wraps(above: list[str], cells: list[str]) -> bool:
    """Whether each filled cell of a line carries on the cell above it: "(Sewa Coordinator,
    …)" under a name, "Belgrave Road Pharmacy" under "pharmacist,", "apologies," under "no --
    sent"; not a name under an empty cell or under another name."""
    filled = [(a, c) for a, c in zip(above, cells, strict=False) if c]
    return bool(filled) and all(
        a and (c[:1] in "([" or c[:1].islower() or continues(a, c, loose=False)) for a, c in filled
    )


def _fixed_cells(line: str, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    """A fixed-width line's cells: from each column's start to the next one's (the last to
    the line's end)."""
    starts = [a for a, _b in spans] + [len(line) + 1]
    return tuple(line[starts[k] : starts[k + 1]].strip() for k in range(len(spans)))


# -- columns set out with spaces ------------------------------------------------------------


def _segments(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _SEGMENT.finditer(line.expandtabs(4))]


def _header(line: str) -> list[int] | None:
    """The columns' starts, when `line` is a header of short labels apart by wide gaps."""
    found = _segments(line)
    if len(found) < MIN_COLUMNS or "|" in line:  # a table drawn with bars: pipe_tables
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
        k = bisect.bisect_right(starts, at + SLACK) - 1  # the last column starting by `at`
        if k < 0 or abs(at - starts[k]) > SLACK or at + len(text) > bounds[k]:
            return None
        cells[k] = f"{cells[k]} {text}".strip()
    return cells


def column_tables(run: list[str]) -> Cut:
    """The run cut into (a column table's rows of cells, else None; its lines).

    >>> run = ["Sign-in sheet", "#  Name      Job title   Base",
    ...        "1  Ann Bell  Pharmacist  Swansea Bay",
    ...        "                         Health Board", "2  Bo Li     GP          Fforestfach"]
    >>> [rows for rows, _lines in column_tables(run)]  # doctest: +NORMALIZE_WHITESPACE
    [None, [('#', 'Name', 'Job title', 'Base'),
            ('1', 'Ann Bell', 'Pharmacist', 'Swansea Bay Health Board'),
            ('2', 'Bo Li', 'GP', 'Fforestfach')]]

    With no header (a key to initials), the header is blank:

    >>> run = ["AB   Dr Ann Bell   GP, Fife, chair of the group", "BL   Bo Li         Nurse",
    ...        "CR   Cy Roe        Pharmacist", "                   and Prescriber"]
    >>> [rows for rows, _lines in column_tables(run)]  # doctest: +NORMALIZE_WHITESPACE
    [[('', '', ''), ('AB', 'Dr Ann Bell', 'GP, Fife, chair of the group'),
      ('BL', 'Bo Li', 'Nurse'), ('CR', 'Cy Roe', 'Pharmacist and Prescriber')]]
    """

    def table_at(i: int) -> tuple[Rows, int] | None:
        starts = _header(run[i])
        if starts is None:
            return headless_at(i)
        rows: list[list[str]] = []
        j = i + 1
        if j < len(run) and _SOLID.match(run[j]):
            j += 1  # a rule under the header: "TIME IN   NAME   …" / "-----------------"
        j = _rows_from(run, j, starts, rows)
        if len(rows) < MIN_ROWS:
            return None
        if j < len(run) and _SOLID.match(run[j]):
            j += 1  # and the rule closing the table
        return _filled(tuple(label for _at, label in _segments(run[i])), rows), j

    def headless_at(i: int) -> tuple[Rows, int] | None:
        """A table with no header: rows that fill every column (a cell's wrapped lines under
        its column carrying it on), above a row that looks like a header but is one more row
        of the same columns; or, with no such row, ALIGNED_ROWS or more rows that fill the
        columns the first one sets out."""
        for h in range(i + 1, min(i + 1 + HEADLESS_LOOK, len(run))):
            starts = _header(run[h])
            if starts is None:
                continue
            rows, end = _filled_rows(run, i, h, starts)
            if end < h or not all(all(row) for row in rows):
                break
            end = _rows_from(run, h, starts, rows)
            return _filled(("",) * len(starts), rows), end
        found = _segments(run[i])  # (each of the first row's cells has words: no rule, no
        starts = [at for at, _text in found]  # numbered row under a header of its own)
        if len(starts) < MIN_COLUMNS or "|" in run[i] or not all(_worded(t) for _a, t in found):
            return None
        rows, end = _filled_rows(run, i, len(run), starts)
        if len(rows) < ALIGNED_ROWS or not all(all(row) for row in rows):
            return None
        return _filled(("",) * len(starts), rows), end

    return _cut_tables(run, table_at)


def _worded(cell: str) -> bool:
    return any(ch.isalpha() for ch in cell)


def _filled_rows(
    run: list[str], i: int, stop: int, starts: list[int]
) -> tuple[list[list[str]], int]:
    """Rows from line i (before `stop`) while each line keeps to the columns and each new row
    fills every one, a line whose first cell is blank carrying on the row above; the rows and
    the line after them (each line looked at once)."""
    rows: list[list[str]] = []
    end = i
    while end < stop and (cells := _cells(run[end], starts)) is not None:
        if cells[0] and not all(cells):
            break  # a row that leaves a cell empty ends the rows
        _carry_on(rows, cells)
        end += 1
    return rows, end


def _rows_from(run: list[str], j: int, starts: list[int], rows: list[list[str]]) -> int:
    """Rows of the columns `starts` from line j on, added to `rows`; the line after them."""
    while j < len(run) and (cells := _cells(run[j], starts)) is not None:
        _carry_on(rows, cells)
        j += 1
    return j


# -- tables drawn with bars -----------------------------------------------------------------


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


def pipe_tables(run: list[str]) -> Cut:
    """The run cut into (a bar-drawn table's rows of cells, else None; its lines).

    >>> run = [" Name       | Role        | Employer", "------------+-------------+---------",
    ...        " Ann Bell   | Lead        | NHS Greater", "            | Pharmacist  | Glasgow",
    ...        " Bo Li      | GP          | NHS Fife", "Note: Bo left early."]
    >>> [rows for rows, _lines in pipe_tables(run)]  # doctest: +NORMALIZE_WHITESPACE
    [[('Name', 'Role', 'Employer'), ('Ann Bell', 'Lead Pharmacist', 'NHS Greater Glasgow'),
      ('Bo Li', 'GP', 'NHS Fife')], None]
    """

    def table_at(i: int) -> tuple[Rows, int] | None:
        if i + 1 >= len(run) or "|" not in run[i] or not _PIPE_RULE.match(run[i + 1]):
            return None
        led = run[i].lstrip().startswith("|")
        header = _pipe_cells(run[i], led)
        if len(header) < MIN_COLUMNS - 1:
            return None
        rows: list[list[str]] = []
        j = i + 2
        while j < len(run) and "|" in run[j] and not _PIPE_RULE.match(run[j]):
            _carry_on(rows, (_pipe_cells(run[j], led) + [""] * len(header))[: len(header)])
            j += 1
        while j < len(run) and _PIPE_RULE.match(run[j]):
            j += 1  # a closing rule
        return (_filled(tuple(header), rows), j) if rows else None

    return _cut_tables(run, table_at)


def spaced_bar_rows(runs: list[list[str]]) -> list[tuple[Rows | None, list[list[str]]]]:
    """Runs of one line each, set apart by blank lines, whose cells the same number of bars
    part (a register typed as "Name | Role | Interests declared", a blank line, "Sir A | Chair
    | Trustee, …", …): a table of MIN_ROWS or more rows, its first a header when its cells
    are short labels over longer cells. Returns (rows or None, the runs) in order.

    >>> table, _runs = spaced_bar_rows([["Name | Role | Interests"], ["A Bell | Chair | "
    ...     "Trustee, Age UK Fife; member, Unison"], ["Bo Li | Nurse | Nil"]])[0]
    >>> table[0], len(table)
    (('Name', 'Role', 'Interests'), 3)
    """
    out: list[tuple[Rows | None, list[list[str]]]] = []
    k = 0
    while k < len(runs):
        width = _bar_width(runs[k])
        j = k + 1
        while width >= 2 and j < len(runs) and _bar_width(runs[j]) == width:
            j += 1
        rows = [tuple(_pipe_cells(run[0], False)) for run in runs[k:j]]
        if width >= 2 and len(rows) >= MIN_ROWS + 1:
            table = rows if _heads(rows) else _filled(("",) * width, [list(r) for r in rows])
            out.append((table, runs[k:j]))
            k = j
            continue
        out.append((None, [runs[k]]))
        k += 1
    return out


def _bar_width(run: list[str]) -> int:
    """The cells of a run that is one line of cells parted by bars (0: it is not)."""
    if len(run) != 1 or " | " not in run[0] or _PIPE_RULE.match(run[0]):
        return 0
    return len(_pipe_cells(run[0], False))


def _heads(rows: Rows) -> bool:
    """Whether the first row heads the rest: short labels, and a longer cell below one."""
    first = rows[0]
    short = all(
        0 < len(c.split()) <= MAX_LABEL_WORDS and not any(ch.isdigit() or ch == "," for ch in c)
        for c in first
    )
    return short and any(len(c.split()) > MAX_LABEL_WORDS for row in rows[1:] for c in row)


# -- registers set out with dot leaders -------------------------------------------------------

_LEADERS = re.compile(  # "Dr Ann Bell ........ Taff Street"; a long name leaves two dots
    r"(?<!\s)(?:\s*(?:\.{3,}|…{2,})\s*|\s+\.\.\s+)"
)  # ((?<!\s): a match starts where its spaces do, so a long run of spaces is read once)
_GAPS = re.compile(r"\s{2,}")  # "ST3  Dr Ann Bell": a grade set apart by spaces
MIN_CELLS = 3  # a register line's cells, dot leaders joining at least one pair


def _leader_cells(line: str) -> list[str] | None:
    """A register line's cells, or None when no dot leader joins two of them or they are
    fewer than MIN_CELLS ("MSL  Ann Bell ...... team lead": initials, name, role)."""
    parts = _LEADERS.split(line.strip())
    if len(parts) < 2 or not all(parts):
        return None
    cells = [cell for part in parts for cell in _GAPS.split(part)]
    return cells if len(cells) >= MIN_CELLS else None


def _in_column(line: str, first: str) -> list[str] | None:
    """A register line whose first two cells are set apart by one space only ("CB-F Cal
    Bell .. support worker"), cut where the first row's second cell starts."""
    expanded, top = line.expandtabs(4), first.expandtabs(4)
    cells = _leader_cells(top)
    parts = _LEADERS.split(expanded.strip())
    if cells is None or len(parts) != 2 or not all(parts):
        return None
    column = top.find(cells[1], len(top) - len(top.lstrip()) + len(cells[0]))
    if column <= 0 or column >= len(expanded) or expanded[column - 1] != " ":
        return None
    if not expanded[column].isupper() or expanded[column - 2 : column - 1].isspace():
        return None
    head = expanded[:column].strip()
    cut = _LEADERS.split(expanded[column:].strip())
    return [head, *cut] if len(cut) == 2 and all(cut) and head else None


def leader_tables(run: list[str]) -> Cut:
    """The run cut into (a register's rows of cells, else None; its lines): two or more
    consecutive lines of cells joined by dot leaders, with as many cells each.

    >>> run = ["REGISTER", "  ST3  Dr Ann Bell ...... Taff Surgery ..... present",
    ...        "       (presenting the case)", "  ST1  Dr Bo Li ........ Ward 4 ........... absent"]
    >>> [rows for rows, _lines in leader_tables(run)]  # doctest: +NORMALIZE_WHITESPACE
    [None, [('ST3', 'Dr Ann Bell', 'Taff Surgery', 'present (presenting the case)'),
            ('ST1', 'Dr Bo Li', 'Ward 4', 'absent')]]
    >>> run = ["  MSL  Mo Lyle ....... team lead", "  CB-F Cal Fotheringham .. support worker,",
    ...        "                          Dundee HSCP"]
    >>> [rows for rows, _lines in leader_tables(run)]  # doctest: +NORMALIZE_WHITESPACE
    [[('MSL', 'Mo Lyle', 'team lead'), ('CB-F', 'Cal Fotheringham', 'support worker,
    Dundee HSCP')]]
    """

    def table_at(i: int) -> tuple[Rows, int] | None:
        first = _leader_cells(run[i])
        if first is None:
            return None
        rows = [first]
        j = i + 1
        while j < len(run):
            cells = _leader_cells(run[j]) or _in_column(run[j], run[i])
            if cells is not None and len(cells) == len(first):
                rows.append(cells)
            elif cells is None and run[j][:1].isspace() and run[j].strip():
                rows[-1][-1] = f"{rows[-1][-1]} {run[j].strip()}"  # a note under the row
            else:
                break
            j += 1
        return ([tuple(row) for row in rows], j) if len(rows) >= MIN_ROWS else None

    return _cut_tables(run, table_at)
