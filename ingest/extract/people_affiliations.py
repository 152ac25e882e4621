"""What follows a person's name in a people list: the job title, the organisations and the place.

The text after the name ("Head of Quality Improvement, NHS Fife", "GP at Portree Medical
Centre", "(Chair, Clinical Governance Committee)") is cut into parts at commas, dashes,
colons, bars, slashes and brackets, and each part is classed:

- ORG: a gazetteer organisation; "Department of X", "University of X"; a title-case phrase
  with an organisation head word (Trust, Council, University, Healthwatch, NHS, Centre…); an
  acronym ("HIS"). Parts joined by commas that together name a gazetteer organisation stay one
  ("Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust").
- ROLE: a role head word as the phrase's head ("Care Home Support Team Manager", "Senior
  Fellow"), a head word before of/for/in ("Head of Quality Improvement", "Chair of the Board",
  "GPs in Wester Ross"), or a profession. A job title is never an organisation: role
  patterns are tried before organisation head words. "Role at/with/from Org" and
  "Role of Org" (when Org is plainly a body) are split; so is "NHS Improvement National
  Clinical Lead" (a gazetteer organisation, then a role).
- PLACE: a gazetteer place or nation. NOTE: "(minutes)", "(item 24/52 only)", "– for item 3",
  e-mail addresses; FORMER: "(until September)", "(retired)".
- GENERIC (role words only: "Care Homes", "Public Health"), programmes and lower-case parts
  after a role continue the role ("Improvement Advisor – Care Homes", "director, finance,
  strategy and transformation", "Clinical Lead, Scottish Patient Safety Programme").
- WEAK (title case, nothing known): an organisation when it closes the affiliation or sits
  in brackets, unless it looks like a person's name ("Impact Initiatives" is dropped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.reference.gazetteer import Gazetteer
from graph.reference.names import POST_NOMINALS, POSTCODE
from ingest.extract.name_bodies import placed_body
from ingest.extract.name_parts import placed_acronym
from ingest.extract.org_units import body_of_unit
from ingest.extract.people_names import WORDS, Tok, folded, shape

ROLE_HEADS = WORDS["role-head"]
ROLE_WORDS = WORDS["role-word"] | ROLE_HEADS
ORG_HEADS = WORDS["org-head"]
ANY_ORG_HEADS = ORG_HEADS | WORDS["org-head-weak"] | WORDS["org-unit"]
UNITS = WORDS["org-unit"]
PROSE = WORDS["prose"]
FUNCTION = frozenset({"of", "and", "for", "the", "in", "on", "by", "at", "with", "&", "upon", "to"})
FUNCTION_ALL = FUNCTION | {"a", "an", "y", "de", "la"}
PREPOSITIONS = frozenset({"of", "for", "in", "to", "on", "at", "with", "and"})
SEPARATORS = frozenset({",", "–", "—", "-", "|", "/", ":", ";", "\n", "·", "•"})
CONNECTIVES = frozenset({"from", "of", "at", "with", "representing"})
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_NOTE = re.compile(
    rf"^(?:(?:for |from |to )?items?\b|part\b|minutes?$|notes?$|virtual$|online$|remote(?:ly)?$"
    rf"|orcid\b|orcid id\b"  # "(ORCID 0000-0002-6174-3385)": an identifier, no body
    rf"|by (?:phone|video|telephone|teams|zoom)|via\b|deputi[sz]ing|substitut|ex[- ]officio"
    rf"|non[- ]voting|left\b|joined\b|arrived\b|in the chair$|observing$|from (?:\d|{_MONTHS})"
    rf"|facilitating$|chairing$|presenting$|speaking$|hosting$|note[- ]?taking$"
    rf"|(?:(?:on|every|all|both|and|or|to|&|,|-|–)\s*|(?:mon|tues|wednes|thurs|fri|satur|sun)"
    rf"days?\b\s*)+(?:only)?$"  # when they came: "(Tuesday and Wednesday)"
    rf"|(?:all|both|each|every|first|last|day)\b[\w ]{{0,20}}\b(?:days?|weeks?|sessions?|"
    rf"mornings?|afternoons?|evenings?)$|(?:mornings?|afternoons?|evenings?)(?: only)?$)",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"(?:a|an|the|one|our|their|his|her)\b", re.IGNORECASE)
_FORMER = re.compile(
    r"^(?:until|till)\b|^retired\b|^former(?:ly)?\b|^previously\b|^ex-|^stepped down"
    r"|^outgoing\b|^resigned\b",
    re.IGNORECASE,
)
_STREET = re.compile(r"^\d{1,3}[a-z]?\s+[A-Z]")  # a building's number and its street
_PHONE = re.compile(r"^[+\d][\d ()]{6,}$")
_DATE = re.compile(  # "14 March", "3rd May 2024", "March 2024", "2024", "Posted 27 January"
    rf"^(?:(?:posted|published|updated|last updated|first published|dated|written|added)"
    rf"(?: on)? )?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTHS})\w*(?: \d{{4}})?"
    rf"|(?:{_MONTHS})\w* \d{{4}}|\d{{4}})$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Item:
    kind: str  # ORG ROLE PLACE PROG GENERIC WEAK NOTE FORMER ACRONYM LOWER FAIL
    start: int  # character offsets
    end: int
    bracketed: bool = False  # in brackets (or the whole affiliation was)
    strong: bool = False  # an ORG known to the gazetteer or with a strong head word


@dataclass(slots=True)
class Affiliation:
    role: str = ""
    orgs: list[str] = field(default_factory=list)
    place: str = ""
    former: bool = False
    end: int = 0  # character offset after the last part read


def org_text(text: str, gaz: Gazetteer) -> str:
    """An organisation as written, without a leading "the" or an added possessive 's."""
    text = " ".join(text.split())
    words = text.split()
    while words and words[0].lower() in ("the", "for"):  # "Officer, for Northmoor ICB"
        words = words[1:]
    text = " ".join(words)
    body = body_of_unit(words, gaz.org)
    if body is not None:  # "Department of Medicine at the University of X": the university
        text = " ".join(words[body[0] : body[1]])
    for ending in ("'s", "’s", "'", "’", " Board", " board"):  # "NHS Fife Board": the board
        bare = text[: -len(ending)]  # of a known body is that body
        if text.endswith(ending) and gaz.org(bare) and not gaz.org(text):
            return bare
    return text


def parse_affiliation(
    toks: list[Tok], a: int, b: int, text: str, gaz: Gazetteer, in_brackets: bool = False
) -> Affiliation | None:
    """Role, organisations and place in toks[a:b]; None when a part is not one of them."""
    if a < b:  # "(from October)", "(until September)" before "from" is read as "from Org"
        whole = text[toks[a].start : toks[b - 1].end]
        if _FORMER.match(whole) or _NOTE.match(whole):
            return Affiliation(former=bool(_FORMER.match(whole)), end=toks[b - 1].end)
    if b - a > 2 and toks[a].text.lower() in ("both", "all", "each"):
        a += 1  # "A and B, both of NHS Fife"
    expect_org = a < b and toks[a].text.lower() in CONNECTIVES
    if expect_org:
        a += 1
        if a < b and toks[a].text.lower() == "the":
            a += 1
    items = affiliation_items(toks, a, b, text, gaz, in_brackets)
    if items is None:
        return None
    return _assemble(items, text, gaz, expect_org, toks[b - 1].end if b > a else 0)


def _parts(toks: list[Tok], a: int, b: int) -> list[tuple[int, int, bool]]:
    """(start, end, bracketed) token ranges of toks[a:b] between separators and brackets."""
    parts: list[tuple[int, int, bool]] = []
    k, start = a, a
    while k < b:
        t = toks[k]
        if t.text in ("(", "["):
            close = _closing(toks, k, b)
            if close is None:
                return []
            if k > start:
                parts.append((start, k, False))
            parts.append((k + 1, close, True))
            k = start = close + 1
            continue
        if t.text in SEPARATORS and t.kind == "punct":
            if k > start:
                parts.append((start, k, False))
            start = k + 1
        k += 1
    if b > start:
        parts.append((start, b, False))
    return parts


def _closing(toks: list[Tok], k: int, b: int) -> int | None:
    depth = 0
    for j in range(k, b):
        if toks[j].text in ("(", "["):
            depth += 1
        elif toks[j].text in (")", "]"):
            depth -= 1
            if depth == 0:
                return j
    return None


def affiliation_items(
    toks: list[Tok], a: int, b: int, text: str, gaz: Gazetteer, in_brackets: bool = False
) -> list[Item] | None:
    """The classed parts of toks[a:b]; None when one of them is not a role, an organisation,
    a place or a note."""
    parts = _parts(toks, a, b)
    if a < b and not parts:
        return None
    items: list[Item] = []
    i = 0
    while i < len(parts):
        merged = _gazetteer_window(toks, parts, i, text, gaz)
        if merged:
            last, item = merged
            items.append(item)
            i = last + 1
            continue
        start, end, bracketed = parts[i]
        if bracketed:  # "(Chair, Clinical Governance Committee)": parts of its own
            found = affiliation_items(toks, start, end, text, gaz, True) or []
            if found and text[found[-1].end : found[-1].end + 1] in (")", "]"):
                found[-1].end += 1  # a role in brackets keeps them: "Lead (Care Homes)"
            if found and found[0].start and text[found[0].start - 1] in ("(", "["):
                found[0].start -= 1
        else:
            found = classify(toks, start, end, text, gaz)
        for item in found:
            if in_brackets:
                item.bracketed = True
                if item.kind in ("FAIL", "LOWER"):
                    item.kind = "NOTE"
        items.extend(found)
        i += 1
    _noted_after_slash(toks, parts, text, items)
    return None if any(item.kind == "FAIL" for item in items) else items


def _noted_after_slash(
    toks: list[Tok], parts: list[tuple[int, int, bool]], text: str, items: list[Item]
) -> None:
    """A sign-in line's last part after a slash that is no role, body or place is the
    signer's own note: "Dr A / GP, Ballymena Health Centre / here for the second half"."""
    if len(parts) < 2 or parts[-1][2]:
        return
    start = toks[parts[-1][0]].start
    if text[:start].rstrip().endswith("/"):
        for item in items:
            if item.start >= start and item.kind in ("FAIL", "LOWER"):
                item.kind = "NOTE"


def _gazetteer_window(
    toks: list[Tok], parts: list[tuple[int, int, bool]], i: int, text: str, gaz: Gazetteer
) -> tuple[int, Item] | None:
    """Parts i..j joined by commas that together are a gazetteer organisation."""
    for j in range(min(len(parts), i + 5) - 1, i, -1):
        window = parts[i : j + 1]
        if any(p[2] for p in window) or any(toks[p[0] - 1].text != "," for p in window[1:]):
            continue
        start, end = toks[window[0][0]].start, toks[window[-1][1] - 1].end
        if gaz.org(text[start:end]):
            return j, Item("ORG", start, end, strong=True)
    return None


def classify(toks: list[Tok], a: int, b: int, text: str, gaz: Gazetteer) -> list[Item]:
    """What one part is (one item, or two when a part holds a role and an organisation)."""
    if a < b and toks[a].text.lower() == "the" and b - a > 1:
        a += 1
    if a >= b:
        return []
    start, end = toks[a].start, toks[b - 1].end
    span = text[start:end]
    words = [t.text for t in toks[a:b] if t.kind == "word"]
    if any(t.kind == "contact" for t in toks[a:b]) or _PHONE.match(span):
        return [Item("NOTE", start, end)]
    if any(t.kind == "punct" and t.text not in "&+'’.-" for t in toks[a:b]) or not words:
        return [Item("FAIL", start, end)]
    if _FORMER.match(span):
        return [Item("FORMER", start, end)]
    if _NOTE.match(span) or POSTCODE.search(span) or _DATE.match(span):
        return [Item("NOTE", start, end)]
    if gaz.org(span) or span in gaz.governments:
        return [Item("ORG", start, end, strong=True)]
    if _STREET.match(span):  # "2 Capital Quarter", "10 South Colonnade": where, not who
        return [Item("NOTE", start, end)]
    if len(words) == 1 and _acronym(words[0]):
        return [_acronym_item(words[0], start, end, gaz)]
    if folded(span) in gaz.programme_folds:
        return [Item("PROG", start, end)]
    if gaz.place(span) or gaz.nation(span):
        return [Item("PLACE", start, end)]
    if any(w in PROSE for w in words if w.islower()) or len(words) > 16:
        return [Item("FAIL", start, end)]
    split = _split(toks, a, b, text, gaz) or _two_orgs(toks, a, b, text, gaz)
    if split:
        return split
    return [Item(_kind(words, gaz), start, end, strong=_strong_org(words))]


def _acronym(word: str) -> bool:
    letters = word.replace("&", "")
    return 2 <= len(word) <= 8 and letters.isalnum() and letters[0].isalpha() and word.isupper()


def _acronym_item(word: str, start: int, end: int, gaz: Gazetteer) -> Item:
    if word.lower() in ROLE_HEADS or gaz.profession(word):
        return Item("ROLE", start, end)
    if word in POST_NOMINALS:
        return Item("NOTE", start, end)
    if folded(word) in gaz.programme_folds:
        return Item("PROG", start, end)
    if gaz.place(word) or gaz.nation(word):
        return Item("PLACE", start, end)
    return Item("ACRONYM", start, end)


def _split(toks: list[Tok], a: int, b: int, text: str, gaz: Gazetteer) -> list[Item] | None:
    """ "Role at Org", "Role with Org", "Role from Org", "Role of Org", "Org Role"."""
    for k in range(a + 1, b - 1):
        low = toks[k].text.lower()
        if low not in ("at", "with", "from", "of", "for"):
            continue
        right = classify(toks, k + 1, b, text, gaz)
        if len(right) != 1:
            continue
        kind = right[0].kind
        first_word = toks[k + 1].text.lower()
        strong_right = (
            kind == "ORG"
            and right[0].strong
            and (gaz.org(text[right[0].start : right[0].end]) or first_word not in ROLE_WORDS)
        )
        if (low in ("at", "with", "from") and kind in ("ORG", "WEAK", "ACRONYM", "PLACE")) or (
            low in ("of", "for") and strong_right and _ends_in_role(toks, a, k)
        ):
            pass
        else:
            continue
        left = classify(toks, a, k, text, gaz)
        if any(item.kind in ("FAIL", "ORG") for item in left):
            continue
        if kind in ("WEAK", "ACRONYM"):
            right[0].kind = "ORG"
        return [*left, *right]
    for k in range(b - 1, a, -1):  # "NHS Improvement National Clinical Lead"
        head, tail = text[toks[a].start : toks[k - 1].end], text[toks[k].start : toks[b - 1].end]
        if gaz.org(head) or placed_acronym(head, gaz):  # "NIHR Cambridge BRC Theme Lead"
            rest = classify(toks, k, b, text, gaz)
            if [item.kind for item in rest] == ["ROLE"]:
                return [Item("ORG", toks[a].start, toks[k - 1].end, strong=True), *rest]
        if gaz.org(tail) or toks[k].text == "NHS":  # "Chief Executive NHS Fife"
            first = classify(toks, a, k, text, gaz)
            if [item.kind for item in first] == ["ROLE"]:
                return [*first, Item("ORG", toks[k].start, toks[b - 1].end, strong=True)]
    return None


def _two_orgs(toks: list[Tok], a: int, b: int, text: str, gaz: Gazetteer) -> list[Item] | None:
    """ "NHS Highland and The Highland Council": two bodies, each known or plainly one."""
    for k in range(a + 1, b - 1):
        if toks[k].text.lower() not in ("and", "&"):
            continue
        halves = [classify(toks, a, k, text, gaz), classify(toks, k + 1, b, text, gaz)]
        if all(len(h) == 1 and h[0].kind == "ORG" and h[0].strong for h in halves):
            return [halves[0][0], halves[1][0]]
    return None


def _ends_in_role(toks: list[Tok], a: int, k: int) -> bool:
    return k > a and _head(toks[k - 1].text.lower())


def _head(word: str) -> bool:
    word = word.split("-")[-1] if word.count("-") and word not in ROLE_HEADS else word
    return word in ROLE_HEADS or (word.endswith("s") and word[:-1] in ROLE_HEADS)


def _kind(words: list[str], gaz: Gazetteer) -> str:
    low = [w.lower() for w in words]
    if len(low) > 1 and low[0] in ANY_ORG_HEADS and low[1] in ("of", "for"):
        return "ORG"  # "Department of Health", "University of X", "Institute for Y"
    if _role(low, gaz):
        return "ROLE"
    title_case = all(w[0].isupper() or w[0].isdigit() or w.lower() in FUNCTION_ALL for w in words)
    proper = [
        w for w in low if w not in ROLE_WORDS | ANY_ORG_HEADS | FUNCTION_ALL and not w.isdigit()
    ]
    if title_case and proper and (words[0] == "NHS" or any(w in ANY_ORG_HEADS for w in low)):
        return "ORG"
    if any(_head(w) for w in low):
        return "ROLE"
    if all(w in ROLE_WORDS or w in FUNCTION_ALL or w in ANY_ORG_HEADS for w in low):
        return "GENERIC"
    if words[0][0].islower():
        return "LOWER"
    return "WEAK" if title_case else "FAIL"


def _role(low: list[str], gaz: Gazetteer) -> bool:
    if _head(low[-1]) or "chief executive" in " ".join(low):
        return True
    for size in (3, 2, 1):
        tail = " ".join(low[-size:])
        if len(low) >= size and (gaz.profession(tail) or gaz.profession(tail.rstrip("s"))):
            return True
    return any(
        _head(w) and low[i + 1] in PREPOSITIONS for i, w in enumerate(low[:4]) if i + 1 < len(low)
    )


def _strong_org(words: list[str]) -> bool:
    return bool(words) and (words[0] == "NHS" or any(w.lower() in ORG_HEADS for w in words))


def person_shaped(span: str) -> bool:
    """Two or three capitalised words and nothing else: a person as much as an organisation."""
    words = span.split()
    return 2 <= len(words) <= 3 and all(
        shape(w) == "cap" and w.lower() not in ROLE_WORDS | ANY_ORG_HEADS for w in words
    )


def _person_not_body(span: str, gaz: Gazetteer) -> bool:
    """Whether a part shaped like a name may be a person's, not a body's named after the area
    it serves ("Sure Start Strabane", "Repair Highland": no given name before the place; of
    two words, only an area's, name_bodies.placed_body)."""
    words = span.split()
    if not person_shaped(span):
        return False
    if len(words) == 2:  # "Alana Moffat": a town's name is a surname as often
        return not placed_body(words, gaz)
    return gaz.given_name(words[0]) or gaz.place(words[-1]) is None


def _assemble(
    items: list[Item], text: str, gaz: Gazetteer, expect_org: bool, end: int
) -> Affiliation | None:
    aff = Affiliation(end=end)
    has_role = any(item.kind == "ROLE" for item in items)
    role_spans: list[tuple[int, int]] = []
    previous = ""
    for n, item in enumerate(items):
        kind = item.kind
        span = text[item.start : item.end].strip("()[]")
        if item.bracketed and n and _acronym(span) and items[n - 1].kind in ("ORG", "PROG", "WEAK"):
            continue  # "Royal College of Nursing (RCN)": the acronym of the name before
        later_org = any(i.kind in ("ORG", "ACRONYM") for i in items[n + 1 :])
        if kind == "WEAK":
            if (expect_org and n == 0) or item.bracketed or not (role_spans and later_org):
                kind = "NONE" if _person_not_body(text[item.start : item.end], gaz) else "ORG"
            else:
                kind = "ROLE"
        elif kind == "ACRONYM":
            kind = "NONE" if item.bracketed and n > 0 else "ORG"
        elif kind == "GENERIC":
            kind = "ROLE"
        elif kind == "LOWER":
            before_org = n + 1 < len(items) and items[n + 1].kind in ("ORG", "ACRONYM")
            if previous == "" and before_org and not _ARTICLE.match(span):
                kind = "ROLE"  # "Name, welfare rights, Fife Council": a role in lower case
            elif previous != "ROLE" and not item.bracketed:
                return None  # "Name, a waiting well hub in Newport"
            else:
                kind = "ROLE" if has_role and previous == "ROLE" else "NONE"
        elif kind == "PROG":
            kind = "ROLE" if role_spans and previous == "ROLE" and not item.bracketed else "NONE"
        if kind == "ROLE":
            start, stop = item.start, item.end
            if role_spans and previous == "ROLE":
                role_spans[-1] = (role_spans[-1][0], stop)
            else:
                role_spans.append((start, stop))
        elif kind == "ORG":
            name = org_text(text[item.start : item.end].strip("()[]"), gaz)
            if name not in aff.orgs and sum(c.isalpha() for c in name) >= 2:  # not "D" of "AE(D)"
                aff.orgs.append(name)
        elif kind == "PLACE" and not aff.place:
            aff.place = text[item.start : item.end].strip("()[]")
        elif kind == "FORMER":
            aff.former = True
        if kind != "NOTE":
            previous = kind
    aff.role = ", ".join(_unbracketed(text, s, e) for s, e in role_spans)
    return aff


def _unbracketed(text: str, start: int, end: int) -> str:
    """A role span as written, without brackets around the whole of it."""
    if text[start] in "([" and text[end - 1] in ")]":
        start, end = start + 1, end - 1
    return " ".join(text[start:end].split())
