"""The shape of one line of text: whether it ends a sentence, runs on into the next, is a
heading, a line in capitals or a "Key: value" line, and how wrapped lines join. Used by the
line classifier (ingest.readers.lines) and by the readers that join lines themselves."""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.reference.gazetteer import place_names_by_first_word
from graph.reference.names import name_words

MAX_HEADING_WORDS = 10
MAX_HEADING_CHARS = 80
LONG_LINE = 50  # a line this long that does not end a sentence continues into the next
_META = re.compile(r"^\s*([^\W\d_][\w'’&/().\-]*(?: [\w'’&/().\-]+){0,3}?)\s?:\s+(\S.*)$")
_NOT_KEYS = frozenset(
    "he she they we i you it this that these those there here our my his her their one some "
    "many most all but and so when if as".split()
)
_JOINERS = frozenset(
    "a an the of and or nor to in into for with at by on from as that which who whose is are "
    "was were be been their its his her our your than about between not but dr mr mrs ms "
    "prof st such per via".split()
)
_KEEP_HYPHEN = frozenset(
    "self non co cross well long short mid post pre multi semi anti ex full part one two three "
    "four five face day year peer".split()
)
_SENTENCE_END = re.compile(r"[.!?…][\"'’”)\]]*$")


def ends_sentence(line: str) -> bool:
    """True when a line ends a sentence: '.', '!', '?' or '…', maybe before a quote.

    >>> ends_sentence("He said “yes.”"), ends_sentence("Tom – Designer"), ends_sentence("e.g.")
    (True, False, True)
    """
    return bool(_SENTENCE_END.search(line.rstrip()))


CHAT_DATE = r"\d{1,2}/\d{1,2}/\d{2,4},?\s+"  # a chat export's date before its time
_OPENS_WITH_TIME = re.compile(  # "[13/05/2025, 07:52] …", "13/05/2025, 07:52 - …", "[00:00:05] …"
    rf"^\s*[\[(]?(?:{CHAT_DATE})?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]?\s"
)


def opens_with_time(line: str) -> bool:
    """Whether a line opens with a time (a chat message's, a transcript's, an agenda's): it
    starts something new, never continues the line above.

    >>> opens_with_time("[13/05/2025, 07:52] Ann Bell: late"), opens_with_time("10 people")
    (True, False)
    """
    return _OPENS_WITH_TIME.match(line) is not None


_MESSAGE = re.compile(  # a bracketed time, or a date and a time
    rf"^\s*(?:\[[^\]\n]{{0,24}}\d:\d\d[^\]\n]{{0,12}}\]|{CHAT_DATE}\d)"
)


def is_message(line: str) -> bool:
    """Whether a line opens as a message of a chat export or a transcript's turn does, with a
    bracketed time or a date and time ("[13/05/2025, 07:52] Ann: …", "13/05/2025, 07:52 - …",
    "[00:00:05] KIRSTY: …"): a paragraph of its own, never an entry of a list.

    >>> is_message("[13/05/2025, 07:52] Ann Bell: late"), is_message("10:30 Coffee")
    (True, False)
    """
    return _MESSAGE.match(line) is not None


def _cut_entry(line: str, following: str) -> bool:
    """Whether a line of entries set apart by semicolons, each with its role ("A, Role, Org;
    B, …"), ends on an entry cut short in its name, which the next line carries on ("…
    (lead); Angharad" / "Tudno, Sexual Health Nurse, …").

    >>> _cut_entry("Ann Bell, GP, NHS Fife (lead); Angharad", "Tudno, Nurse, NHS Wales")
    True
    >>> _cut_entry("Ann Bell; Bo Li", "Cy Dee, GP"), _cut_entry("Ann Bell, GP", "Bo Li, GP")
    (False, False)
    """
    *entries, last = line.split(";")
    words = last.split()
    return (
        any("," in entry for entry in entries)
        and 1 <= len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and _GOES_ON.match(following) is not None
    )


def _cut_name(line: str, following: str) -> bool:
    """Whether a line ends on a body's name cut before its head word, which the next line
    opens with, even set like a key ("… Gloucestershire Hospitals NHS Foundation" / "Trust:
    local summary of the national audit").

    >>> _cut_name("Outcomes at Gloucestershire Hospitals NHS Foundation", "Trust: a summary")
    True
    >>> _cut_name("Venue: Board Room", "Date: 4 June"), _cut_name("Read by the", "Trust: yes")
    (False, False)
    """
    head = following.split(":", 1)[0].strip()
    last = line.split()[-1] if line.split() else ""
    return (
        " " not in head
        and head.lower() in _ORG_HEADS
        and last[:1].isupper()
        and last.isalpha()
        and ":" not in line
    )


def _cut_place(line: str, following: str) -> bool:
    """Whether a line ends on the first word of a place or nation name that the next line
    finishes ("… under general anaesthetic in Northern" / "Ireland, 2019/20 to 2024/25").

    >>> _cut_place("Children's teeth taken out in Northern", "Ireland, 2019/20 to 2024/25")
    True
    >>> _cut_place("Chair: Ann North", "Ireland Smith – GP"), _cut_place("In Northern", "Trust")
    (False, False)
    """
    last = line.split()[-1] if line.split() else ""
    joined = f"{last} {following.lstrip()}"
    return ":" not in line and any(
        joined.startswith(name) and not joined[len(name) : len(name) + 1].isalnum()
        for name in place_names_by_first_word().get(last, ())
    )


_ORG_HEADS = frozenset(name_words()["org-head"])
_GOES_ON = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*[,(]")


def continues(line: str, following: str, *, loose: bool = True) -> bool:
    """True when `line` is wrapped prose that `following` continues.

    Certain signs: `following` starts in lower case, or `line` ends with a comma, a hyphen or
    a word such as "of" or "the". With `loose`, also a long line before one ending a sentence.

    >>> continues("the work of", "Healthcare Improvement Scotland")
    True
    >>> continues("Tom Hargreaves – Designer, Health Foundation", "Dr Morag Ferguson – GP")
    False
    >>> continues("Shadowed Lee Ross (Coordinator, Hull City", "Council) on four visits.")
    True
    >>> continues("Office) and, for item 6, Ann Bell (Occupational", "Therapist, NHS Fife).")
    True
    """
    line = line.rstrip()
    if not line or ends_sentence(line) or opens_with_time(following):
        return False
    first = next((c for c in following if c.isalpha()), "")
    if first.islower() or line.endswith((",", ";", "(", "&", "/")):
        return True
    if line.rfind("(") > line.rfind(")") and ")" in following.split("(")[0]:
        return True  # a bracket left open closes on the next line: "(Coordinator, Hull City" /
        # "Council) on four visits", "Office) and, for item 6, Ann Bell (Occupational" /
        # "Therapist, …)"
    if re.search(r"\w-$", line):
        return True
    if _cut_entry(line, following) or _cut_name(line, following) or _cut_place(line, following):
        return True
    last = line.split()[-1].lower().strip("\"'“‘(")
    return last in _JOINERS or (loose and len(line) >= LONG_LINE and ends_sentence(following))


def join_wrapped(lines: Sequence[str]) -> str:
    """Join wrapped lines with spaces, repairing words hyphenated at a line end.

    >>> join_wrapped(["Quality improve-", "ment in COVID-", "19 wards and self-", "care"])
    'Quality improvement in COVID-19 wards and self-care'
    """
    parts: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        last = parts[-1] if parts else ""
        match = re.search(r"(\w+)-$", last[-80:])
        if not parts:
            parts.append(line)
        elif match and not last.endswith("--"):
            word = match.group(1)
            lower_pair = word.isalpha() and word.islower() and line[:1].islower()
            if lower_pair and word.lower() not in _KEEP_HYPHEN:
                parts[-1] = last[:-1]
            parts.append(line)
        else:
            parts.append(" " + line)
    return "".join(parts)


_BYLINE = re.compile(r"(?:(?i:written|posted|words|report)\s+)?(?i:by)\s+[A-Z][\w'’-]+\s+[A-Z]")


def is_heading_line(line: str) -> bool:
    """A short line with no end punctuation that could be a heading.

    >>> is_heading_line("What we learned"), is_heading_line("We met in Leeds."), is_heading_line("")
    (True, False, False)
    >>> is_heading_line("© NHS Lothian 2023"), is_heading_line("- a point")
    (False, False)
    >>> is_heading_line("By Ewan Mackay, Physiotherapist")  # a byline
    False
    """
    text = line.strip()
    return (
        bool(text)
        and not _BYLINE.match(text)
        and len(text) <= MAX_HEADING_CHARS
        and len(text.split()) <= MAX_HEADING_WORDS
        and not ends_sentence(text)
        and not text.endswith((",", ";"))
        and text[0].isalnum()
        and not text[0].islower()
    )


def is_capitals(line: str) -> bool:
    """A short line written in capitals ('WHAT WE LEARNED'): a heading.

    >>> is_capitals("KEY FINDINGS"), is_capitals("NHS"), is_capitals("Key findings")
    (True, False, False)
    """
    if len(line) > MAX_HEADING_CHARS or line.rstrip().endswith(".") or line != line.upper():
        return False
    return sum(c.isalpha() for c in line) >= 4


def metadata_key(line: str) -> str:
    """The key of a "Key: value" line, else ''.

    >>> metadata_key("Note taker: Tom"), metadata_key("He said: no"), metadata_key("See: x")
    ('Note taker', '', 'See')
    >>> metadata_key("A study of peer support in Wales: the findings"), metadata_key("10:30 start")
    ('', '')
    >>> metadata_key("When:   Tuesday 17 March"), metadata_key("When we met: Tuesday")
    ('When', '')
    """
    match = _META.match(line)
    if not match:
        return ""
    key = match.group(1).strip()
    first = key.split()[0]
    clause = first.lower() in _NOT_KEYS and key.lower() not in _FIELD_WORDS  # "When I arrived:"
    if not first[0].isupper() or clause or key.endswith("."):
        return ""
    return key


_FIELD_WORDS = frozenset({"when"})  # a clause's word that alone labels a field: "When: Tuesday"


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
    return not key.endswith(".") and key.split()[0].lower() not in _NOT_KEYS


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
