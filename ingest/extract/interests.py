"""The posts people declare: a register of interests (a board's or a committee's members, each
with the bodies they declare) and a profile page's lists of roles.

- under a member's name line, a "Category: …" line: "Remuneration: Councillor, Fife Council.
  Non-financial: Trustee, Kirkcaldy Foodbank; member, Fife Carers Centre.";
- in a table, the cell under an "Interests declared" column: "Member, NHS Providers board;
  Trustee, Northumbria Healthcare Charity";
- on a profile page, about the one person it names alone near its top, lists under "Roles",
  "Other appointments", "Selected roles in professional bodies": "Trustee, Age UK Bradford".

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
from ingest.extract.people_names import WORDS, tokenize
from ingest.extract.sections import Role, Section
from ingest.types import BlockKind, RawDocument

__all__ = [
    "declarations",
    "declared_bodies",
    "declared_in_rows",
    "interest_key",
    "profile_roles",
]

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
_NOTES = re.compile(r"\s*\((?:[^()]*\d[^()]*|since\b[^()]*|unpaid|paid|sessional)\)")  # "(0.6
# FTE)", "(since 2022)", "(unpaid)": notes on a post, not part of its body's name
_FORMER = re.compile(r"^(?:former(?:ly)?|previously|ex-|until|retired)\b", re.IGNORECASE)
_MEMBER = re.compile(r"^(.{2,60}?)\s+member$")  # "Q member": a member of the body named
ORG_HEADS = WORDS["org-head"]
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
        if _FORMER.match(item.strip()):  # "Previously: Senior Lecturer, …"
            continue
        item = _NOTES.sub("", _CATEGORY.sub("", item)).strip(" ,")
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
    if comma and role[:1].isupper():
        if _RUN.fullmatch(rest) and not gaz.place(rest):
            return [rest]  # "Trustee, Kirkcaldy Foodbank"
        lead = _RUN.match(_POSSESSIVE.split(rest)[0])
        if lead and (body := _body_prefix(lead.group().split(), gaz)):
            return [body]  # "Board member, Diabetes UK Northern Ireland advisory council"
    own = _POSSESSIVE.split(item)[0]  # "Member of the NI Clinical Research Network's …"
    return [body for m in _RUN.finditer(own) for body in _known(m.group(), gaz)]


_POSSESSIVE = re.compile(r"['’]s\b")  # "NI Clinical Research Network's diabetes group"


def _body_prefix(words: list[str], gaz: Gazetteer) -> str:
    """The longest opening of a title-case run that names a body: it ends on a body's head
    word or the gazetteer knows it ("British Psychological Society Division of … branch")."""
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        if words[k - 1].lower() in ORG_HEADS or gaz.org(name):
            return name
    return ""


_JOINED = re.compile(r"\s+(?:and|&)\s+the\s+")  # "the Royal College of Nursing and the …"
_LED = re.compile(r"^(?:[\w'’-]+\s+){1,3}?of\s+(?:the\s+)?")  # "Member of the …"


def _known(run: str, gaz: Gazetteer) -> list[str]:
    """The bodies the gazetteer knows in a title-case run, each with any role before it
    dropped: "Member of the Royal College of Nursing and the Royal College of Midwives"."""
    found = []
    for piece in _JOINED.split(run):
        for candidate in (piece, _LED.sub("", piece)):
            if gaz.org(candidate) or (
                candidate != piece and candidate.split()[-1].lower() in ORG_HEADS
            ):  # "Member of the NI Research Network"
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


PROFILE_TOP = 5  # blocks from the top among which a profile page names its person alone
_ROLES_HEADING = re.compile(  # a profile's list of the posts its person holds
    r"^(?:(?:other|current|selected|main|additional|external|honorary|key|previous)\s+)*"
    r"(?:(?:roles?|appointments?|positions?|posts?|memberships?|affiliations?)"
    r"(?:\s+(?:and|&)\s+(?:roles?|appointments?|positions?|posts?|memberships?|affiliations?))?)"
    r"(?:\s+(?:in|with|on)\s+.{0,60})?$",
    re.IGNORECASE,
)


def profile_roles(
    raw: RawDocument, gaz: Gazetteer, sections: Sequence[Section]
) -> Iterator[Listed]:
    """A profile page's person (named alone on a line near its top: "Professor Oluwaseun Hale")
    holds the posts its lists of roles name ("Roles", "Other appointments", "Selected roles in
    professional bodies": "- Trustee, Age UK Bradford & District (since 2022)"), not those it
    marks as past ("Previously: …", "Former trustee of …")."""
    lists = [
        section
        for section in sections
        if section.heading >= 0 and _ROLES_HEADING.match(section.title(raw).strip(" :"))
    ]
    person = _page_person(raw, gaz) if lists else None  # (most pages have no such list)
    if person is None:
        return
    for section in lists:
        for i in section.blocks:
            block = raw.blocks[i]
            if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
                continue
            bodies = declared_bodies(text_of(raw, block), gaz)
            if bodies:
                entry = PersonEntry(person, organisations=tuple(bodies))
                yield Listed(entry, Role.NAMED, block.start, block.end, False)


def _page_person(raw: RawDocument, gaz: Gazetteer) -> str | None:
    """The one person a page is about: named alone on a line among its first blocks."""
    for block in raw.blocks[:PROFILE_TOP]:
        text = text_of(raw, block).strip()
        found = parse_people(text, gaz)
        alone = len(found) == 1 and not found[0].role and not found[0].organisations
        if alone and found[0].end >= len(text) - 1:
            return found[0].name
    return None
