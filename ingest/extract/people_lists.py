"""The one people-list parser: attendee lists, author lines, co-chairs, speakers, panellists,
award finalists, acknowledgements, key contacts, trustee lists and signatures. Pure Python
(no spaCy), so it can run on every list item and table row. Stages: `people_names` (tokens,
the name at a token), `people_affiliations` (role / organisation / place parts),
`people_lines` (line shapes); this module holds the calls and this catalogue.

Forms read (N a name, R a job title, O an organisation, P a place; "–" is any dash, a tab,
a line break or a gap of three spaces separates like a comma):

- N – R, O · N - O · N: R, O · N, R, O · N, O · N (O) · N (R, O) · N, R at/with/from O ·
  N, R of O (O a plain body: "Chief Executive of Healthwatch Fife") · N, R O ("Chief
  Executive NHS Fife") · N, O R ("NHS Improvement National Clinical Lead") · N, R, O (P) ·
  N, R, O, P · N | R | O · N, R · N, P · N (chair) · N – R, O – for item 3 · N, R (minutes)
  · N, R (until September) (a former role) · N, R, O. Tel: … / Email: … (contact dropped)
  · N, R, O1 and O2 (two known bodies) · a signature block "N\nR\nO"
- R, O: N · R – N · R: N (O) · Co-chairs: N (O) and N (O) (role "Co-chair") · Chair: N, R, O
- Authors: / Present: / Apologies: / Speakers: / Panellists: / Trustees: / Key contacts: /
  Media enquiries: … then any of the above; "By N and N", "Written by", "Facilitated by",
  "With thanks to"
- several people: "N, N and N (O)" and "N and N (O) – R" (shared by each), "N (O1) and N (O2)",
  "N (O1), N and N (O2)", "N; N; N", "N and N from O", "N and N, both of O", "N with N",
  "N – R, O; N – R, O; and N, R, O", "N – R, O, and N – R, O", "N¹, N² and N¹,²" with
  `footnotes`: marks as superscripts, * † ‡, digits glued on ("Pascoe1,3") or spaced
- names: titles, honours and post-nominals dropped ("Dr N MBE", "Professor Sir N CBE FRCPsych",
  "Cllr N", "The Rt Hon N MP", "N, MSc, RMN"), particles, hyphens and apostrophes ("Ní
  Bhriain", "O'Neill", "Mac an tSaoir", "van der Berg"), initials ("A. Murray", "R Ellison",
  "J. K. Lewis"), surname first ("Murray, Aileen"), citations ("Smith J, Jones AB, Patel R."),
  capitals ("AILEEN MURRAY"), title and surname ("Dr Patel" -> "Patel")
- no separator: "Matthew Roberts Lancashire and South Cumbria NHS Foundation Trust" (a known
  given name, then a known or plainly named body)
- tables: Name | Role | Organisation, Name | Organisation, Organisation | Name, First name |
  Surname, one "N, R, O" cell; with a header row or without (columns read from the cells)

Never a person: a fragment (one word, lower case), a job title alone, a place, an
organisation, a programme, a heading, a name the gazetteer does not know with nothing on the
line to vouch for it. A line that is not wholly a people line (prose, agenda items "10.30
Welcome", metadata "Date: 14 March", "Action: AM to circulate notes") gives []: every part
of a line must be a name, a role, an organisation, a place or a note.

>>> from graph.reference.gazetteer import load_gazetteer
>>> gaz = load_gazetteer()
>>> [(e.name, e.role, e.organisations) for e in parse_people(
...     "Co-chairs: Dr Aileen Murray (NHS Fife) and Tom Bell OBE, Head of Quality, NHS 24", gaz)]
[('Aileen Murray', 'Co-chair', ('NHS Fife',)), ('Tom Bell', 'Head of Quality', ('NHS 24',))]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import clean_person
from ingest.extract.absence_words import apology_at, says_apologies
from ingest.extract.joined_entries import MAX_DOTTED, dotted_entries, with_entries
from ingest.extract.name_parts import job_title
from ingest.extract.own_initials import key_mark, own_initials_blanked
from ingest.extract.owned_posts import owned_posts
from ingest.extract.people_affiliations import (
    UNITS,
    affiliation_items,
    classify,
    org_text,
    parse_affiliation,
    person_shaped,
)
from ingest.extract.people_line_parts import shift
from ingest.extract.people_lines import PersonEntry, parse_line
from ingest.extract.people_names import (
    SUPERSCRIPTS,
    WORDS,
    Notes,
    Tok,
    folded,
    match_name,
    tokenize,
)

__all__ = [
    "PersonEntry",
    "footnote_affiliations",
    "parse_people",
    "parse_people_table",
    "people_share",
]


def parse_people(
    text: str, gaz: Gazetteer, footnotes: Mapping[str, Notes] | None = None
) -> list[PersonEntry]:
    """Every person a people line / list item / author line names, with role and
    organisations; [] when it is not a people line. `footnotes` (mark -> organisation, from
    `footnote_affiliations`) gives each marked name its organisations."""
    text = with_entries(dotted_entries(text, gaz), gaz)
    addresses = [m.group(1).lower() for m in _ADDRESS.finditer(text)]
    text = _ADDRESS.sub(lambda m: " " * len(m.group(0)), text)  # offsets kept
    text = _WHEN.sub(lambda m: " " * len(m.group(0)), text)
    text = _SAID.sub(lambda m: " " * len(m.group(0)), text)
    grouped = _GROUP_LABEL.match(text) or _CHECKBOX.match(text)  # (a checklist's "[x] A")
    lead = grouped.end() if grouped else key_mark(text)
    if lead:  # "TB — Tom Bell, Officer": the letters are the person's, no body
        return [shift(e, lead) for e in parse_people(text[lead:], gaz, footnotes)]
    text = _absence_note_blanked(own_initials_blanked(text))
    text = _LEADER.sub(lambda m: "," + " " * (len(m.group(0)) - 1), text)  # "A ...... GP"
    named = _UNNAMED.sub("", text)
    if _first_names_only(named, gaz, least=2 if named != text else 3):
        return []  # "Priya, Tom and three members …": first names, not "Tom Priya"
    found = owned_posts(parse_line(named, gaz, footnotes))  # "Hywel Dda's … Lead, A"
    return [_in_address_order(e, addresses) for e in found]


_NOTE_AT = re.compile(
    r"(?<=\S)(?:\s*[:–—]|\s+-{1,2})\s+(?=\S)"
)  # "A, GP: apologies (…)", "… -- apologies"


def _absence_note_blanked(text: str) -> str:
    """A person's entry with a note after a colon or dash that says they did not come ("Dr
    Ishbel Gourlay, Principal Clinical Psychologist: apologies (covering a clinic)"): the
    note blanked, offsets kept, so the entry is read and the list's reader, seeing the note in
    the line, counts them absent.

    >>> _absence_note_blanked("Dr Ann Bell, GP: apologies (on leave)")
    'Dr Ann Bell, GP                      '
    >>> _absence_note_blanked("Apologies: Ann Bell"), _absence_note_blanked("Ann Bell: GP")
    ('Apologies: Ann Bell', 'Ann Bell: GP')
    >>> _absence_note_blanked("Rhyl Robins (first-aider: Zoe Bell, who couldn't come)")
    "Rhyl Robins (first-aider: Zoe Bell, who couldn't come)"
    """
    for note in _NOTE_AT.finditer(text, 0, MAX_DOTTED):
        said = text[note.end() : note.end() + NOTE_CHARS]
        at = apology_at(said) if note.start() > 0 and says_apologies(said) else -1
        if at >= 0 and not _NAMED.search(said, 0, at):  # (not "first-aider: Zoe Bell, who
            return text[: note.start()] + " " * (len(text) - note.start())  # couldn't come")
    return text


_NAMED = re.compile(r"[A-Z][\w'’-]+\s+[A-Z]")  # a name before a note's absence: theirs


NOTE_CHARS = 120  # an absence note after a colon is read this far
_LEADER = re.compile(r"(?<=[^\s.])\s+\.{2,}\s*(?=\S)")  # dot leaders between a name and its part
_SAID = re.compile(  # what the person said, quoted after the entry: 'Ann Bell, GP - "tired"'
    # ((?<!\s): a match starts where its spaces do, so a long run of spaces is read once)
    r"(?<!\s)\s*[-–—:]\s*[\"“‘'][^\"”’]{1,80}[\"”’']\s*[.,;]?\s*$"
)


def _in_address_order(entry: PersonEntry, addresses: list[str]) -> PersonEntry:
    """A name an e-mail header sets surname first ("Birtwhistle Hannah (UHL)
    <hannah.birtwhistle@…>"), in the order its address gives ("hannah.birtwhistle").

    >>> _in_address_order(PersonEntry("Birtwhistle Hannah"), ["hannah.birtwhistle"]).name
    'Hannah Birtwhistle'
    """
    words = entry.name.split()
    if len(words) == 2 and fold(f"{words[1]} {words[0]}").replace(" ", ".") in addresses:
        return replace(entry, name=f"{words[1]} {words[0]}")
    return entry


def _first_names_only(text: str, gaz: Gazetteer, least: int) -> bool:
    """Whether a line is only first names, `least` or more ("Niall, Shauna, Aoife"; "Priya,
    Tom" when people it does not name follow: "Murray, Aileen" alone is a surname first)."""
    parts = [p.strip(" .") for p in re.split(r",|\band\b|&", text)]
    words = [p for p in parts if p]
    return len(words) >= least and all(
        len(p.split()) == 1 and p[:1].isupper() and gaz.given_name(p) for p in words
    )


_WHEN = re.compile(  # "Ciaran Mac Giolla (PSNI) for the first hour, …": when, not who;
    # "Aileen Bowie (Nurse, NHS Fife) - Thu early, Sat early; …": a rota's shifts
    r"(?<=\))\s+(?:for|from|until|till|after|before|during)\s+(?:the\s+)?[a-z][^,;()]{1,40}(?=,|;|$)"
    r"|(?<=\))\s+[-–—]\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|\d{1,2}[:.]\d\d|[a-z]\w*)\b"
    r"[^;()]{0,80}(?=;|$)"
)


_CHECKBOX = re.compile(r"\s*\[[ xX✓✔-]\]\s+(?=\S)")  # a checklist's box: "[X] Ann Bell, GP"
_GROUP_LABEL = re.compile(  # a group's label in capitals opening its first member's line:
    # "FOUR A  Lesley Haddow (Practice Nurse, …)", "TABLE 3 Ann Bell, GP" (not "DR A Bell"),
    r"^\s*(?!(?:DR|PROF|MR|MRS|MS|MISS|MX|CLLR|REV|SIR|DAME|LADY|LORD)\b)(?:[A-Z]{2,}\s+){1,2}"
    r"(?:[A-Z]|\d{1,2}|[IVX]{1,4})\s+(?=[A-Z][a-z])"
    r"|^\s*(?:[Tt]able|[Gg]roup|[Ss]tation|[Rr]oom|[Tt]eam|[Pp]od|[Bb]reakout(?:\s+room)?)\s+"
    r"(?:\d{1,2}|[A-Z])\s*[-–—:]\s+(?=[A-Z])"  # "Table 1 – Fiona K…, Coordinator, …"
)
_ADDRESS = re.compile(r"<([^<>@\s]{1,64})@[^<>\s]{1,255}>")  # "Ieuan Davies <ieuan@example.org>"


_UNNAMED = re.compile(  # "… and three Ward 7 staff nurses.": people the list does not name
    r"(?:,\s*|\s+)(?:and|plus|with)\s+(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|some|other|many|\d{1,3})\s+[^,;()]{2,60}?|others|colleagues|me|myself|us|"
    r"the\s+(?:writer|author|note[- ]?taker|chair|facilitator))\.?\s*$",  # "…, and me"
    re.IGNORECASE,
)


# -- footnote affiliations, the share of people lines, tables -----------------------------------

_FOOT_MARK = re.compile(
    r"\[(?P<bracket>\w{1,3})\]|(?P<sup>[¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ]+)|(?P<sym>[*†‡§¶]+)"
    r"|\(?(?P<num>\d{1,2})(?:[.)]|(?=\s)|(?=[A-Z]))|(?P<letter>[a-z])(?=\s+[A-Z])"
)
_MORE_MARKS = re.compile(
    r"\s+(?=[¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ*†‡§¶])|\s{2,}(?=\d{1,2}\s+[A-Z])"
)


def footnote_affiliations(lines: Sequence[str], gaz: Gazetteer) -> dict[str, Notes]:
    """mark -> organisations from the affiliation lines under an author line: "¹ NHS Fife",
    "1 University of Stirling, Stirling, UK", "* Public Health Wales", "a Department of
    Nursing, University of Stirling", or several on a line ("¹ NHS 24  ² Highland Council").
    A site and the body that runs it are both named ("¹ Diabetes Team, Morriston Hospital,
    Swansea Bay University Health Board"). Superscript marks are keyed by their digits;
    parse_people reads both.

    >>> from graph.reference.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> footnote_affiliations(["¹ Scottish Ambulance Service  ² Highland Council"], gaz)
    {'1': ('Scottish Ambulance Service',), '2': ('Highland Council',)}
    """
    found: dict[str, Notes] = {}
    for line in lines:
        for piece in _MORE_MARKS.split(line.strip()):
            match = _FOOT_MARK.match(piece)
            if not match:
                continue
            key = next(v for v in match.groupdict().values() if v).translate(SUPERSCRIPTS)
            body = re.sub(r"^\s*\d{1,2}(?=[A-Z])", "", piece[match.end() :])  # "1. 1Brighton"
            toks = tokenize(body)
            orgs = _footnote_orgs(toks, 0, len(toks), body, gaz) if toks else ()
            if orgs:
                found[key] = orgs
    return found


def _footnote_orgs(toks: list[Tok], a: int, b: int, text: str, gaz: Gazetteer) -> Notes:
    """The organisations an affiliation footnote names: those the gazetteer knows with the
    sites before them ("Morriston Hospital, Swansea Bay University Health Board"), or else the
    last that is not a department or school ("School of Health, Leeds Beckett University,
    Leeds, UK")."""
    items = affiliation_items(toks, a, b, text, gaz) or []
    orgs = [i for i in items if i.kind in ("ORG", "ACRONYM")] or [
        i for i in items if i.kind == "WEAK" and not person_shaped(text[i.start : i.end])
    ]
    whole = [i for i in orgs if not _unit(text[i.start : i.end])]
    known = [i for i in whole if gaz.org(text[i.start : i.end])]
    if not orgs:
        return ()
    if not known:
        best = (whole or orgs)[-1]
        return (org_text(text[best.start : best.end], gaz),)
    named = [i for i in whole if i in known or _site(text[i.start : i.end])]
    return tuple(dict.fromkeys(org_text(text[i.start : i.end], gaz) for i in named))


SITES = frozenset({"hospital", "infirmary", "hospice", "practice", "surgery", "clinic"})


def _site(span: str) -> bool:
    """A hospital or a practice (beside the body that runs it), not a centre within a body."""
    return span.lower().split()[-1] in SITES


def _unit(span: str) -> bool:
    words = span.lower().split()
    return words[0] in UNITS or words[-1] in UNITS


def people_share(lines: Sequence[str], gaz: Gazetteer) -> float:
    """The share of these lines that are people entries (0..1): an attendee list is known by
    its content, whatever its heading says. A job title on the line under a name is part of
    its entry (an author card: "Carwyn Bevan" / "Senior Fellow")."""
    body = [line for line in lines if line.strip()]
    if not body:
        return 0.0
    people = [bool(parse_people(line, gaz)) for line in body]
    under = [
        i > 0 and people[i - 1] and not people[i] and _job_title(line.split(",")[0])
        # a job title under a name, its organisation after it or not: "Group Coordinator, …"
        for i, line in enumerate(body)
    ]
    return (sum(people) + sum(under)) / len(body)


def _job_title(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= TITLE_WORDS and job_title(words)


TITLE_WORDS = 5  # a job title on a line of its own under a name


COLUMNS = ("name", "first-name", "surname", "title", "role", "organisation")


def parse_people_table(
    header: Sequence[str] | None, rows: Sequence[Sequence[str]], gaz: Gazetteer
) -> list[tuple[int, PersonEntry]]:
    """(row index, entry) for a table of people. Columns come from the header (Name /
    Attendee / Participant, First name + Surname, Role / Job title / Position, Organisation /
    Employer / Representing / Affiliation, …; a first row that is a header counts as one) or,
    with none, from what the cells hold. A single "Name, Role, Organisation" cell is read as
    a people line. Offsets are within the name cell."""
    start = 0
    columns = header_columns(header) if header else None
    if columns is None and rows and not header:
        columns = header_columns(rows[0])
        start = 1 if columns else 0
    trusted = columns is not None  # a "Name" column vouches for names the gazetteer lacks
    if columns is None:  # so does a column most of whose cells are names: "CB-F | Corin
        columns = _content_columns(rows[start:], gaz)  # Brodie-Farquhar | …" among others
        trusted = "name" in columns
    found: list[tuple[int, PersonEntry]] = []
    for n in range(start, len(rows)):
        found.extend((n, entry) for entry in _row(rows[n], columns, gaz, trusted))
    return found


HEAD_WORDS = 3  # a column's header of this many words may qualify its last ("Nominated
# representative"): the last word says what the column holds


def header_columns(cells: Sequence[str]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = folded(cell)
        kind = next((k for k in COLUMNS if key in WORDS[f"column-{k}"]), None)
        last = key.split()[-1] if 1 < len(key.split()) <= HEAD_WORDS else ""
        if kind is None and last:  # "Nominated representative", "Member organisation"
            kind = next((k for k in COLUMNS if last in WORDS[f"column-{k}"]), None)
        if kind and kind not in columns:
            columns[kind] = index
    has_name = "name" in columns or {"first-name", "surname"} <= columns.keys()
    return columns if has_name else None


def _content_columns(rows: Sequence[Sequence[str]], gaz: Gazetteer) -> dict[str, int]:
    """Each column's kind by the most of its cells: names, roles or organisations."""
    width = max((len(r) for r in rows), default=0)
    scores: dict[str, tuple[float, int]] = {}
    for index in range(width):
        cells = [r[index].strip() for r in rows if index < len(r) and r[index].strip()]
        if not cells:
            continue
        kinds = [_cell_kind(cell, gaz) for cell in cells]
        for kind in ("name", "role", "organisation"):
            share = kinds.count(kind) / len(cells)
            if share >= 0.5 and share > scores.get(kind, (0.0, -1))[0]:
                scores[kind] = (share, index)
    found = {kind: index for kind, (_, index) in scores.items()}
    if "name" in found and found.get("organisation", -1) != found["name"]:
        keys = [_keyed(r, found["name"], found.get("organisation", -1)) for r in rows]
        if keys.count(True) * 2 > len(keys):  # "LTE | Lowri Tanner-Evans | …": a key column
            del found["organisation"]
    return found


KEY_CHARS = 6  # a key's initials are short: "DMcK", "(MH)"


def _keyed(row: Sequence[str], name: int, column: int) -> bool:
    """Whether a row's cell in `column` is the initials of the name in its `name` cell (or a
    dash: none given): "CPR" for "Dr Carys Penhale-Rees".

    >>> _keyed(["CPR", "Dr Carys Penhale-Rees"], 1, 0), _keyed(["NHS", "Ann Bell"], 1, 0)
    (True, False)
    >>> _keyed(["DMcK", "Dr Duncan McKellar MRCGP"], 1, 0), _keyed(["FO-R", "Fay Orr-Rae"], 1, 0)
    (True, True)
    """
    if not (0 <= column < len(row) and 0 <= name < len(row)):
        return False
    cell = row[column].strip()
    person = clean_person(row[name])
    words = re.split(r"[\s-]+", person)
    if cell.strip("-–— ") == "" or cell == "".join(w[:1] for w in words if w).upper():
        return True
    capitals = [c for c in cell if c.isupper()]  # "DMcK", "FO-R", "(MH)": a key's own marks
    return len(cell) <= KEY_CHARS and capitals == [c for c in person if c.isupper()]


def _cell_kind(cell: str, gaz: Gazetteer) -> str:
    toks = tokenize(cell)
    match = match_name(toks, 0, len(toks), gaz)
    if match is not None and match.end == len(toks) and match.strength != "weak":
        return "name"
    items = classify(toks, 0, len(toks), cell, gaz)
    kinds = [item.kind for item in items]
    if kinds == ["ROLE"] or kinds == ["GENERIC"]:
        return "role"
    if kinds in (["ORG"], ["ACRONYM"]) or (kinds == ["WEAK"] and not person_shaped(cell)):
        return "organisation"
    return ""


def _row(
    row: Sequence[str], columns: Mapping[str, int], gaz: Gazetteer, trusted: bool
) -> list[PersonEntry]:
    def cell(kind: str) -> str:
        index = columns.get(kind)
        return row[index].strip() if index is not None and index < len(row) else ""

    name = cell("name") or " ".join(p for p in (cell("first-name"), cell("surname")) if p)
    if not name:  # no name column: a whole "Name, Role, Organisation" cell
        return next((e for c in row if (e := parse_people(c, gaz))), [])
    entries = parse_line(name, gaz, None, trusted) or (_described(name, gaz) if trusted else [])
    role_cell, org_cell = cell("role"), cell("organisation")
    role, orgs = role_cell, []
    if org_cell:
        toks = tokenize(org_cell)
        aff = parse_affiliation(toks, 0, len(toks), org_cell, gaz)
        if aff is not None:
            orgs, role = aff.orgs, role or aff.role
    if role_cell:  # a job title is never an organisation, nor an organisation a job title
        toks = tokenize(role_cell)
        aff = parse_affiliation(toks, 0, len(toks), role_cell, gaz)
        if aff is not None and aff.orgs and not aff.role:
            role, orgs = "", orgs or aff.orgs
        elif aff is not None and aff.role:
            role, orgs = aff.role, orgs or aff.orgs
    return [
        replace(e, role=_with_part(role, e.role), organisations=tuple(orgs) or e.organisations)
        for e in entries
    ]


def _with_part(role: str, noted: str) -> str:
    """The role column's job title, with the part a note by the name gives ("Cllr A (chair
    for the day)" | "Cabinet Member for Health"): "Cabinet Member for Health (chair for the
    day)", so the part is read with it.

    >>> _with_part("Cabinet Member", "chair for the day"), _with_part("", "GP")
    ('Cabinet Member (chair for the day)', 'GP')
    """
    if not role or not noted or noted == role or len(noted.split()) > NOTE_WORDS:
        return role or noted
    return f"{role} ({noted})"


NOTE_WORDS = 4  # a note by a name longer than this is no part it played


def _described(cell: str, gaz: Gazetteer) -> list[PersonEntry]:
    """A name column's cell whose last parts describe the person rather than say where they
    work ("Kwabena Mensah-Boateng — Group Facilitator, Tuesday evening group at Meir"): the
    one person its longest opening (cut at a comma) reads as."""
    cuts = [m.start() for m in _COMMA.finditer(cell)]
    for cut in reversed(cuts[-DESCRIBED_PARTS:]):
        found = parse_line(cell[:cut], gaz, None, True)
        if len(found) == 1:
            return found
    return []


_COMMA = re.compile(r",\s")
DESCRIBED_PARTS = 3  # of a cell's last parts, this many may describe its person
