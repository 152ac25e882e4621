"""The pieces of a people line the parser in ingest.extract.people_lines reads past: a leading
bullet or number, the brackets each token sits in, contact details that end an entry, the
part a person took set after their affiliation, a label's plural role for each person, and
the entry a line yields (PersonEntry), drafted as a Draft while the line is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from graph.reference.gazetteer import Gazetteer
from ingest.extract.people_affiliations import Affiliation, classify, parse_affiliation
from ingest.extract.people_names import WORDS, NameMatch, Tok, folded

BULLETS = frozenset({"-", "*", "•", "·", "–", "—", "▪", "○", "►", ">", "◦", "‣"})
CONTACT_LABELS = frozenset(
    {"email", "e-mail", "tel", "telephone", "phone", "mobile", "web", "website"}
)
LIST_LABELS = WORDS["list-label"]
LIST_ENDINGS = frozenset(
    {"authors", "members", "speakers", "panellists", "trustees", "contacts", "represented"}
)
_ASIDE = re.compile(r"\s*\([^()]*\)")  # "Clubs represented (first-aider in brackets):"
METADATA = WORDS["metadata-label"]
REJECT = "reject"
SPEAKER_LABEL = r"(?:speaker|participant|respondent|p)\s*\d{1,3}"  # "SPEAKER 3", "P2": a
# transcript's speaker known by number
SPEAKER_NUMBER = re.compile(rf"\b{SPEAKER_LABEL}$", re.IGNORECASE)
PART_WORDS = 3  # a part taken, after a person's affiliation: "case presenter"


@dataclass(frozen=True, slots=True)
class PersonEntry:
    name: str  # without titles, post-nominals and footnote marks
    role: str = ""  # the job title as written
    organisations: tuple[str, ...] = ()  # as written, without "the" or an added 's
    place: str = ""  # "Shona Dey, unpaid carer, Dundee"
    former: bool = False  # a role marked as ended: "(until September)", "(retired)"
    start: int = 0  # the whole entry in the text given
    end: int = 0
    name_start: int = 0  # the name itself
    name_end: int = 0


def shift(entry: PersonEntry, by: int) -> PersonEntry:
    """The entry read from a text `by` characters into the one its offsets are to count in."""
    return replace(
        entry,
        start=entry.start + by,
        end=entry.end + by,
        name_start=entry.name_start + by,
        name_end=entry.name_end + by,
    )


@dataclass(slots=True)
class Draft:
    match: NameMatch
    role: str = ""
    orgs: list[str] = field(default_factory=list)
    place: str = ""
    former: bool = False
    own_orgs: bool = False
    bracket: bool = False
    end: int = 0


_BRACKET_MARK = re.compile(r"(?<=[a-z])\(([1-9])\)")
_SUPER = dict(zip("123456789", "¹²³⁴⁵⁶⁷⁸⁹", strict=True))


def glued_marks(text: str) -> str:
    """A note mark in brackets glued to a name ("Rintoul(1)") is a mark, not an
    organisation: written as a superscript of the same length ("Rintoul¹  ")."""
    return _BRACKET_MARK.sub(lambda m: _SUPER[m.group(1)] + "  ", text)


def part_after(toks: list[Tok], depth: list[int], a: int, b: int) -> int:
    """Where an affiliation ends before the part its person took, set after a comma in
    lower case ("Audiologist (Powys Teaching Health Board), case presenter")."""
    comma = next(
        (k for k in range(b - 1, a, -1) if toks[k].text == "," and depth[k] == 0),
        -1,
    )
    part = toks[comma + 1 : b] if comma > a else []
    named = comma > a and (toks[comma - 1].text == ")" or toks[comma - 1].text.istitle())
    if (  # after a name ("… Health Board), case presenter"), not a role in lower case
        named
        and 0 < len(part) <= PART_WORDS
        and all(t.text.isalpha() and t.text.islower() for t in part)
    ):
        return comma
    return b


def contact_details(toks: list[Tok], i: int, b: int) -> int:
    """Where "Email: …", "Tel: …" or a bare telephone number or e-mail address set apart by a
    comma, a dot or a bar (", 028 7138 XXXX", " · jo@example.org") begin: contact details end
    the entry."""
    for k in range(i, b - 1):
        low = toks[k].text.lower()
        if low in CONTACT_LABELS and toks[k + 1].text == ":":
            return k
        if k > i and low in _FIELD_BREAKS and _CONTACT.match(toks[k + 1].text):
            return k
    return b


_FIELD_BREAKS = frozenset({",", "·", "|", "•", ";"})
_CONTACT = re.compile(r"(?:\+44|0)\d{2,4}$|\(0\d{2,4}\)$|[^@\s]+@[^@\s]+\.\w+$")


def singular_role(role: str) -> str:
    """A label's role for each person it names: "Co-chairs" -> "Co-chair"."""
    head = role.rsplit(" ", 1)[-1]
    if head.endswith("s") and head[:-1].lower() in WORDS["role-head"]:
        return role[:-1]
    return role


def depths(toks: list[Tok]) -> list[int]:
    depths, depth = [], 0
    for t in toks:
        if t.text in (")", "]"):
            depth = max(depth - 1, 0)
        depths.append(depth)
        if t.text in ("(", "["):
            depth += 1
    return depths


def skip_bullet(toks: list[Tok]) -> int:
    """Tokens of a leading bullet: "-", "•", "*", "3.", "3)", "a)", "(iv)"."""
    if len(toks) < 2:
        return 0
    first, second = toks[0], toks[1]
    if first.text in BULLETS or (first.kind == "mark" and first.text == "*"):
        return 1
    if first.text.rstrip(".").isdigit() and first.text.endswith("."):
        return 1  # "3." kept whole by the tokenizer
    numbered = first.text.isdigit() or (len(first.text) == 1 and first.text.islower())
    if numbered and second.text in (".", ")"):
        return 2
    if first.text == "(" and len(toks) > 3 and toks[2].text == ")" and len(second.text) <= 3:
        return 3
    return 0


def line_label(
    toks: list[Tok],
    depth: list[int],
    a: int,
    b: int,
    text: str,
    gaz: Gazetteer,
    name_at: Callable[[int], NameMatch | None],
) -> tuple[str, Affiliation | None, int]:
    """A people line's label before a colon ("Authors:", "Chair:", "Clinical Lead, NHS Fife:")
    or its "By …" lead: ("list" | "role" | REJECT | "", the role a role label gives, where the
    entries start); `name_at(k)` is the name starting at token k, if any."""
    colon = next(
        (
            k
            for k in range(a + 1, b)
            if toks[k].text == ":"
            and depth[k] == 0
            and toks[k - 1].text.lower() not in CONTACT_LABELS  # "Tel: 01592 …"
        ),
        b,
    )
    if a < colon < b - 1:
        name = name_at(a)
        if name is None or name.end != colon:
            key = folded(_ASIDE.sub("", text[toks[a].start : toks[colon - 1].end]))
            if key in LIST_LABELS or set(key.split()[-1:]) & LIST_ENDINGS:
                return "list", None, colon + 1
            if key in METADATA or SPEAKER_NUMBER.search(key):  # "[00:06:30] SPEAKER 4: A, …":
                return REJECT, None, a  # a transcript's turn (ingest.extract.turns), no label
            aff = parse_affiliation(toks, a, colon, text, gaz)
            kinds = {i.kind for i in classify(toks, a, colon, text, gaz)}
            if aff is not None and (aff.role or aff.orgs) and "WEAK" not in kinds:
                aff.role = singular_role(aff.role)
                return "role", aff, colon + 1
            return REJECT, None, a
    for size in (3, 2, 1):
        words = toks[a : a + size]
        key = folded(" ".join(t.text for t in words))
        if len(words) == size and key in LIST_LABELS and key.endswith(("by", " to")):
            return "list", None, a + size
    return "", None, a
