"""Records set out in columns in plain text, read as "Key: value" lines (used by the shared
line classifier, ingest.readers.lines): a registry record or a form typed with spaces or dot
leaders ("Contact name     Dr Ann Example", "Convenors ....... Priya Venkatesh"), a value's
wrapped lines under its column joined to it, a value set in two cells (a name and its role,
the role wrapped in its own column) with more entries under it, and a spreadsheet exported
with its cells' addresses ("A1  Title  | B1  Costs")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.readers.line_shapes import NOT_KEYS, continues

_ALIGNED = re.compile(  # "Contact name     Dr Ann", "CHAIR     : Dr Ann", "PRESENTER : Bo Li",
    # "Team this week:  Morag Strathie" (the colon at the key, the value in its column)
    r"^(\s*)([^\W\d_][\w'’&/().\-]*(?: [\w'’&/().\-]+){0,3}?)(?: {3,}(?:: +)?| +: +|: {2,})"
    r"(\S.*)$"
)
_GAP = re.compile(
    r"^(\s*)([^\W\d_][\w'’&/().\-]*(?: [\w'’&/().\-]+){0,3}?)(?: {2,}(?:: +)?| +: +|: {2,})"
    r"(\S.*)$"
)
MIN_ALIGNED = 2  # "Key    value" lines sharing a value column that make a record
_LEADER = re.compile(  # "Convenors ....... Priya Venkatesh": dot leaders join a key to its value;
    # a long key leaves two dots, spaced: "IN THE STUDIO .. Kirsteen Baxendale"
    r"^(\s*)([^\W\d_][\w'’&/()\-]*(?: [\w'’&/()\-]+){0,3}?)"
    r"(?:\s*(?:\.{3,}|…+|_{3,})|\s+\.\.(?=\s))\s*(\S.*)$"
)
_ONE_DOT = re.compile(r"^(\s*)([^\W\d_][\w'’&/()\-]*(?: [\w'’&/()\-]+){0,3}?)\s+\.\s+(\S.*)$")


def aligned_records(lines: Sequence[str]) -> list[str]:
    """Lines of a record set out in two columns with spaces (a registry record, a form or a
    fixed-width export: "Contact name          Dr Ann Example"), as "Key: value" lines, a
    value's wrapped lines (indented to its column) joined to it. Only where two or more such
    lines share the value's column; any other line is left as it is.

    >>> aligned_records(["Type(s)          Principal Investigator",
    ...                  "Contact name     Dr Ann Example",
    ...                  "Contact details  Ulster University,", "                 Coleraine"])
    ... # doctest: +NORMALIZE_WHITESPACE
    ['Type(s): Principal Investigator', 'Contact name: Dr Ann Example',
     'Contact details: Ulster University, Coleraine']
    >>> aligned_records(["Name      Ann", "Address   1 High St,", "          Leeds", "Thanks."])
    ['Name: Ann', 'Address: 1 High St, Leeds', 'Thanks.']
    >>> aligned_records(["Convenors ..... Ann Bell (GP)", "                Bo Li (Nurse)"])
    ['Convenors: Ann Bell (GP); Bo Li (Nurse)']
    >>> aligned_records(["CHAIR : Ann Bell, GP", "ALSO  : Bo Li, Nurse", "        Cy Roe, OT"])
    ['CHAIR: Ann Bell, GP', 'ALSO: Bo Li, Nurse; Cy Roe, OT']
    >>> aligned_records(["Team this week:  Ann Bell (Lead)", "                 Bo Li (Worker)",
    ...                  "Joined shifts:   Cy Roe (Nurse)"])
    ['Team this week: Ann Bell (Lead); Bo Li (Worker)', 'Joined shifts: Cy Roe (Nurse)']
    >>> aligned_records(["Chair ......... Ann Bell, GP", "IN THE ROOM .. Bo Li, Nurse,",
    ...                  "               Fife Council"])
    ['Chair: Ann Bell, GP', 'IN THE ROOM: Bo Li, Nurse, Fife Council']
    >>> aligned_records(["Unit ........ MDU 2", "Log kept by . Dr Ann Bell, Dental",
    ...                  "              Service, NHS Fife"])
    ['Unit: MDU 2', 'Log kept by: Dr Ann Bell, Dental Service, NHS Fife']
    >>> aligned_records(["Prepared by:   Ann Bell-Roe", "               Chief Officer, Fife",
    ...                  "Status:        Final"])
    ['Prepared by: Ann Bell-Roe, Chief Officer, Fife', 'Status: Final']
    >>> aligned_records(["Data:        PHS", "Prepared by: Ann Bell      Analyst, Data",
    ...     "                          Unit, PHS", "             Dr Bo Li      GP, NHS Fife",
    ...     "Status:      Final"])  # doctest: +NORMALIZE_WHITESPACE
    ['Data: PHS', 'Prepared by: Ann Bell, Analyst, Data Unit, PHS; Dr Bo Li, GP, NHS Fife',
     'Status: Final']
    """
    lines = _cell_records(lines)
    found = [_ALIGNED.match(line.expandtabs(4)) for line in lines]
    counts: dict[int, int] = {}
    for m in found:
        if m and _is_key(m.group(2)) and _one_value(m.string, m.start(3)):
            counts[m.start(3)] = counts.get(m.start(3), 0) + 1
    columns = {c for c, n in counts.items() if n >= MIN_ALIGNED}
    out: list[str] = []
    column = -1  # the value column of the record line above, while its value wraps
    inner = -1  # the column of the second cell of a value in two cells ("Name    Role")
    previous = ""  # the line above, as it was written
    for line in lines:
        expanded = line.expandtabs(4).rstrip()
        cells = _two_cells(expanded, columns, column)
        if cells is not None:  # "Prepared by: Ann Bell      Statistician, Information" /
            # "                          Analysis Directorate": name and role in columns
            key, name, role, at, inner = cells
            if key:
                out.append(f"{key}: {name}, {role}")
                column = at
            else:
                out[-1] = f"{out[-1]}; {name}, {role}"
            previous = expanded
            continue
        if inner > 0 and expanded[:inner].strip() == "" and expanded.strip():
            out[-1] = f"{out[-1]} {expanded.strip()}"  # the role cell wraps
            previous = expanded
            continue
        inner = -1
        at = _value_column(expanded, columns)
        leader = _LEADER.match(expanded)
        if leader is None and column > 0:  # a key as long as the leaders left one dot
            one = _ONE_DOT.match(expanded)  # ("Log kept by . Dr A"), at the value column above
            leader = one if one is not None and one.start(3) == column else None
        if leader and _is_key(leader.group(2)):
            out.append(f"{leader.group(1)}{leader.group(2)}: {leader.group(3)}")
            column = leader.start(3)
        elif at > 0:
            key = expanded[:at].rstrip().rstrip(":").rstrip()
            out.append(f"{key}: {expanded[at:]}")
            column = at
        elif column > 0 and expanded[:column].strip() == "" and expanded.strip():
            more = expanded.strip()  # a wrapped value, or a second entry ("(GP)" / "Bo Li …")
            new_entry = (out[-1].endswith(")") and more[:1].isupper()) or (
                more[:1].isupper()  # "Ann Bell, GP" / "Bo Li, Nurse": two entries
                and "," in more
                and len(more.split(",")[0].split()) >= 2  # not "Service, NHS Fife"
                and "," in out[-1]
                and not continues(out[-1], more, loose=False)
            )
            named = _NAME_ONLY.fullmatch(previous[column:].strip()) is not None
            joiner = "; " if new_entry else ", " if named and more[:1].isupper() else " "
            out[-1] = f"{out[-1]}{joiner}{more}"  # ("Prepared by:  Ann Bell" / "  Chief
            # Officer, Council": a name on its own line, then the role under it)
        else:
            out.append(line)
            column = -1
        previous = expanded
    return out


_NAME_ONLY = re.compile(  # a line of a value that is a name and nothing more: "Dr Ann Bell-Roe"
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Cllr)\.?\s+)?[A-Z][a-z'’]+(?:[-\s][A-Z][a-z'’]+){1,3}"
)


_CELL = re.compile(r"\s*[A-Z]{1,2}\d{1,4}\s+(?=\S)")  # a cell's address before its text: "A1  "
_CELL_MORE = re.compile(r"^\s+\|\s+(\S.*)$")


def _cell_pair(line: str) -> tuple[str, str] | None:
    """(key, value) of "A1  Title   | B1  Costs", else None. Cut at the first bar by hand, not
    by a lazy pattern, so a long line of spaces costs one pass.

    >>> _cell_pair("A4  Checked by | B4  Dr Ann Bell"), _cell_pair("A1 x" + " " * 9 + "y")
    (('Checked by', 'Dr Ann Bell'), None)
    """
    key = _CELL.match(line)
    if key is None or "|" not in line:
        return None
    name, _bar, rest = line[key.end() :].partition("|")
    value = _CELL.match(rest)
    if not name.strip() or value is None:
        return None
    return name.rstrip(), rest[value.end() :].rstrip()


def _cell_records(lines: Sequence[str]) -> list[str]:
    """A spreadsheet exported as text with its cells' addresses ("A1  Title  | B1  Budget
    impact …", a value wrapped onto "   |   more"), as "Key: value" lines.

    >>> _cell_records(["A1  Title   | B1  Costs of rehab", "A2  Checked by | B2  Dr Ann Bell,",
    ...                "             |     Ulster University", "Total 40"])
    ['Title: Costs of rehab', 'Checked by: Dr Ann Bell, Ulster University', 'Total 40']
    """
    out: list[str] = []
    paired = False  # the line above was a cell pair, so "   |   more" carries its value on
    for line in lines:
        pair = _cell_pair(line)
        more = _CELL_MORE.match(line) if paired else None
        if pair:
            out.append(f"{pair[0]}: {pair[1]}")
        elif more:
            out[-1] = f"{out[-1]} {more.group(1).strip()}"
        else:
            out.append(line)
        paired = bool(pair or more)
    return out


_KEYED = re.compile(r"^\s*([^\W\d_][\w'’&/().\-]*(?: [\w'’&/().\-]+){0,3}?):\s+(\S.*)$")
_CELL_GAP = re.compile(r" {3,}")


def _two_cells(line: str, columns: set[int], column: int) -> tuple[str, str, str, int, int] | None:
    """(key, name, role, column of the value, column of the role) of a record line whose
    value is set in two cells, a name and a role ("Prepared by: Ann Bell      Analyst"), at
    one of the record's value `columns`; with no key for such a line set under the value
    `column` of the line above (a second entry). None for any other line.

    >>> _two_cells("Prepared by: Ann Bell      Statistician", {13}, -1)
    ('Prepared by', 'Ann Bell', 'Statistician', 13, 27)
    >>> _two_cells("             Dr Bo Li      Consultant", set(), 13)
    ('', 'Dr Bo Li', 'Consultant', 13, 27)
    >>> _two_cells("Data:        Community Dental Service", {13}, -1) is None
    True
    """
    keyed = _KEYED.match(line)
    if keyed and keyed.start(2) in columns and _is_key(keyed.group(1)):
        key, value, at = keyed.group(1), keyed.group(2), keyed.start(2)
    elif column > 0 and line[:column].strip() == "" and line[column : column + 1].strip():
        key, value, at = "", line[column:], column
    else:
        return None
    parts = _CELL_GAP.split(value)
    if len(parts) != 2 or _NAME_ONLY.fullmatch(parts[0]) is None:
        return None
    return key, parts[0], parts[1], at, at + value.index(parts[1], len(parts[0]))


def _is_key(key: str) -> bool:
    return not key.endswith(".") and key.split()[0].lower() not in NOT_KEYS


def _one_value(line: str, column: int) -> bool:
    """Whether a record line holds one value, not the cells of a grid ("Submission date
    Recruitment status    Overall study status")."""
    return "   " not in line[column:]


def _value_column(line: str, columns: set[int]) -> int:
    """Where the value of a "Key  value" line starts, when it is one of the record's value
    `columns` (a key has no double space, so its first gap of two or more spaces ends it):
    -1 for any other line."""
    m = _GAP.match(line) if columns else None
    if m is None or m.start(3) not in columns:
        return -1
    return m.start(3) if _is_key(m.group(2)) and _one_value(line, m.start(3)) else -1
