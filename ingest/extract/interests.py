"""A register of interests: a board's or a committee's members, each with the bodies they
declare, as registers and declarations set them out.

- under a member's name line, a "Category: …" line: "Remuneration: Councillor, Fife Council.
  Non-financial: Trustee, Kirkcaldy Foodbank; member, Fife Carers Centre.";
- in a table, the cell under an "Interests declared" column: "Member, NHS Providers board;
  Trustee, Northumbria Healthcare Charity".

Each declared "Role, Body" (or "Role of Body", "Body member") is the member's: they hold a
post there, paid or not. A relative's interest ("spouse is a partner at …", "her brother is
employed by …") is not theirs, and a nil return declares nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from graph.reference.gazetteer import Gazetteer
from ingest.extract.listed import Listed, text_of
from ingest.extract.people_affiliations import parse_affiliation
from ingest.extract.people_line_parts import PersonEntry
from ingest.extract.people_lists import parse_people
from ingest.extract.people_names import tokenize
from ingest.extract.sections import Role
from ingest.types import BlockKind, RawDocument

__all__ = ["declarations", "declared_bodies", "declared_in_rows", "interest_key"]

_KEY = re.compile(  # "Remuneration", "Non-financial interests", "Interests declared", "Gifts"
    r"^(?:(?:declared|registered|registerable|other|outside|personal|pecuniary|"
    r"non[- ]?pecuniary|financial|non[- ]?financial|business)\s+)*"
    r"(?:interests?(?:\s+declared)?|remuneration|remunerated(?:\s+roles?)?|"
    r"(?:non[- ]?)?financial|(?:non[- ]?)?pecuniary|shareholdings?|shareholder|"
    r"directorships?|paid\s+employment|employment|unpaid\s+roles?|other\s+roles?|"
    r"memberships?|positions?\s+held|gifts(?:\s+and\s+hospitality)?|"
    r"declarations?(?:\s+of\s+interests?)?)$",
    re.IGNORECASE,
)
_CATEGORY = re.compile(r"^\s*([A-Z][\w' -]{1,40}?)\s*:\s*")  # "Non-financial: …" in a value
_RELATIVE = re.compile(
    r"\b(?:spouse|husband|wife|civil\s+partner|partner\s+is|son|daughter|brother|sister|"
    r"mother|father|relative|family\s+member|child|children)\b",
    re.IGNORECASE,
)
_NIL = re.compile(
    r"^\W*(?:nil(?:\s+return)?|none|no\s+interests?|nothing\s+to\s+declare)\W*$", re.I
)
_ITEMS = re.compile(r";|\.(?:\s+|$)")  # a declaration's items: between semicolons and full stops
_FORMER = re.compile(r"^(?:former(?:ly)?|previously|ex-|until|retired)\b", re.IGNORECASE)
_MEMBER = re.compile(r"^(.{2,60}?)\s+member$")  # "Q member": a member of the body named
MAX_VALUE = 1200  # characters of one member's declarations read


def interest_key(key: str) -> bool:
    """Whether a field's key or a column's header names declared interests.

    >>> interest_key("Remuneration"), interest_key("Non-financial"), interest_key("Role")
    (True, True, False)
    >>> interest_key("Interests declared"), interest_key("Declarations of interest")
    (True, True)
    """
    return _KEY.match(" ".join(key.strip().strip(":").split())) is not None


def declared_bodies(value: str, gaz: Gazetteer) -> list[str]:
    """The bodies a member's declarations name as theirs, in order.

    >>> from graph.reference.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> declared_bodies("Councillor, Fife Council. Non-financial: Trustee, Kirkcaldy "
    ...     "Foodbank; member, Fife Carers Centre.", gaz)
    ['Fife Council', 'Kirkcaldy Foodbank', 'Fife Carers Centre']
    >>> declared_bodies("Member, Unison. Spouse employed by NHS Fife as a staff nurse.", gaz)
    ['Unison']
    >>> declared_bodies("Nil return.", gaz), declared_bodies("Q member", gaz)
    ([], ['Q'])
    >>> declared_bodies("Member of the Royal College of Nursing and the Royal College of "
    ...     "Midwives; Former Chief Executive, Newcastle Building Society", gaz)
    ['Royal College of Nursing', 'Royal College of Midwives']
    """
    bodies: list[str] = []
    for item in _ITEMS.split(value[:MAX_VALUE]):
        item = _CATEGORY.sub("", item).strip(" ,")
        if not item or _NIL.match(item) or _RELATIVE.search(item) or _FORMER.match(item):
            continue
        for body in _bodies_of(item, gaz):
            if body not in bodies:
                bodies.append(body)
    return bodies


_RUN = re.compile(  # a title-case run that may name a body: "the Royal College of Nursing"
    r"[A-Z][\w'’&-]*(?:\s+(?:of|and|for|the|in|&|[A-Z][\w'’&-]*))*(?<![\s,])"
)
_UNIT = re.compile(r"^(?:School|Faculty|Department|Division|Directorate|Institute)\s+of\b")


def _bodies_of(item: str, gaz: Gazetteer) -> list[str]:
    """The bodies one declared item names: parsed as "Role, Body" / "Role of Body"; failing
    that, a "Role, Title Case Name" pair (the name is the body by where it stands) or the
    bodies the gazetteer knows among its title-case runs."""
    member = _MEMBER.match(item)
    if member and gaz.org(member.group(1)):  # "Q member"
        return [member.group(1)]
    toks = tokenize(item)
    found = parse_affiliation(toks, 0, len(toks), item, gaz) if toks else None
    if found is not None and found.orgs:
        orgs = list(found.orgs)  # a unit before its body: "(Faculty of …), Newcastle University"
        return [o for k, o in enumerate(orgs) if not (_UNIT.match(o) and k + 1 < len(orgs))]
    role, comma, rest = item.partition(", ")
    if comma and _RUN.fullmatch(rest) and not gaz.place(rest) and role[:1].isupper():
        return [rest]  # "Trustee, Kirkcaldy Foodbank"
    return [body for m in _RUN.finditer(item) for body in _known(m.group(), gaz)]


_JOINED = re.compile(r"\s+(?:and|&)\s+the\s+")  # "the Royal College of Nursing and the …"
_LED = re.compile(r"^(?:[\w'’-]+\s+){1,3}?of\s+(?:the\s+)?")  # "Member of the …"


def _known(run: str, gaz: Gazetteer) -> list[str]:
    """The bodies the gazetteer knows in a title-case run, each with any role before it
    dropped: "Member of the Royal College of Nursing and the Royal College of Midwives"."""
    found = []
    for piece in _JOINED.split(run):
        for candidate in (piece, _LED.sub("", piece)):
            if gaz.org(candidate):
                found.append(candidate)
                break
    return found


ENTRY_REACH = 3  # blocks back from a declaration to its member's name line
NAME_KINDS = frozenset({BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})


def declarations(raw: RawDocument, gaz: Gazetteer, blocks: list[int]) -> Iterator[Listed]:
    """Each "Category: …" line of declared interests under a member's name line (a heading,
    line or list item naming one person, at most ENTRY_REACH blocks up): that member, with
    the bodies declared. Being declared says no part in the document (Role.NAMED)."""
    for n, i in enumerate(blocks):
        block = raw.blocks[i]
        if block.kind != BlockKind.METADATA or not interest_key(block.key):
            continue
        bodies = declared_bodies(text_of(raw, block).split(":", 1)[-1], gaz)
        if not bodies:
            continue
        for k in reversed(blocks[max(0, n - ENTRY_REACH) : n]):
            above = raw.blocks[k]
            if above.kind == BlockKind.METADATA and interest_key(above.key):
                continue  # the member's earlier category line
            people = parse_people(text_of(raw, above), gaz) if above.kind in NAME_KINDS else []
            if len(people) == 1:
                entry = PersonEntry(people[0].name, organisations=tuple(bodies))
                yield Listed(entry, Role.NAMED, above.start + people[0].start, block.end, False)
            break


def declared_in_rows(
    header: Sequence[str], rows: Sequence[Sequence[str]], gaz: Gazetteer
) -> dict[int, list[str]]:
    """Row index -> the bodies declared in a table's interests column ("Name | Role |
    Interests declared"), for rows that declare any."""
    column = next((k for k, cell in enumerate(header) if interest_key(cell)), -1)
    if column < 0:
        return {}
    found = {}
    for n, row in enumerate(rows):
        if column < len(row) and (bodies := declared_bodies(row[column], gaz)):
            found[n] = bodies
    return found
