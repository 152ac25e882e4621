"""Text-level rules that work on lines and sections rather than tokens: acronym definitions,
attendee lines, learning sections and evidence metadata (authors, year, publisher).

>>> acronym_definitions("Healthcare Improvement Scotland (HIS) and HIS staff")
{'HIS': 'Healthcare Improvement Scotland'}
>>> parse_attendee("Morag Ferguson – GP, NHS Highland")
('Morag Ferguson', 'GP', 'NHS Highland')
>>> parse_attendee("Ann Bell – Nurse, Cumbria, Northumberland, Tyne and Wear NHS Trust")[2]
'Cumbria, Northumberland, Tyne and Wear NHS Trust'
>>> split_names("Eilidh Grant, Tomasz Nowak and Dr Aileen Murray")
['Eilidh Grant', 'Tomasz Nowak', 'Dr Aileen Murray']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’&.-]*|of|and|for|the|in|on|&)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|the|in|on|&)){0,9})"
    r"\s+\(([A-Z][A-Za-z&]{1,9})\)"
)
_JOINERS = {"of", "and", "for", "the", "in", "on", "&"}


def _initials(words: list[str]) -> str:
    out = []
    for word in words:
        if word in _JOINERS:
            continue
        if word.isupper() and len(word) > 1 and word.isalpha():
            out.append(word)
        else:
            out.append(word[0])
    return "".join(out).upper()


def _abbreviates(letters: str, initials: str) -> bool:
    """Letters spell the initials, or skip one inner word ("NIHR" for N-I-H-C-R)."""
    if letters == initials:
        return True
    if (
        len(initials) - len(letters) != 1
        or letters[0] != initials[0]
        or letters[-1] != initials[-1]
    ):
        return False
    return any(initials[:i] + initials[i + 1 :] == letters for i in range(1, len(initials) - 1))


def _subsequence(letters: str, initials: str) -> bool:
    """ "EYST" in E-M-Y-S-T-W: same first letter, in order, at most two words left out."""
    if not initials or letters[0] != initials[0] or len(initials) - len(letters) > 2:
        return False
    rest = iter(initials)
    return all(ch in rest for ch in letters)


def acronym_definitions(text: str) -> dict[str, str]:
    """Acronyms a text defines as "Full Name (ACR)": the shortest tail of words that spells it.
    Also short names defined the same way: "Southern Health and Social Care Trust (Southern
    Trust)", whose words all occur, in order, in the full name.

    >>> acronym_definitions("the Ethnic Minorities and Youth Support Team Wales (EYST)")
    {'EYST': 'Ethnic Minorities and Youth Support Team Wales'}
    """
    found: dict[str, str] = {}
    for match in _ACRONYM.finditer(text):
        words, acronym = match.group(1).split(), match.group(2)
        letters = acronym.replace("&", "")
        letters = (
            "".join(ch for ch in letters if ch.isupper()) if not letters.isupper() else letters
        )
        tails = [
            words[start:] for start in range(len(words) - 1, -1, -1) if words[start] not in _JOINERS
        ]
        tail = next((t for t in tails if _abbreviates(letters, _initials(t))), None) or next(
            (t for t in tails if len(t) >= 3 and _subsequence(letters, _initials(t))), None
        )
        if tail:
            found.setdefault(acronym, " ".join(tail))
    for match in _SHORT_NAME.finditer(text):
        full, short = match.group(1).split(), match.group(2).split()
        for start in range(len(full) - 1, -1, -1):
            if full[start] != short[0]:
                continue
            rest = iter(full[start + 1 :])
            if len(full) - start > len(short) and all(w in rest for w in short[1:]):
                found.setdefault(" ".join(short), " ".join(full[start:]))
            break
    return found


_SHORT_NAME = re.compile(
    r"((?:[A-Z][\w'’&.-]*|of|and|for|the|&)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|the|&)){1,9})"
    r"\s+\(((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){1,3})\)"
)


_ATTENDEE = re.compile(
    r"^\s*(?:[-*•·]\s+)?(?P<name>(?:(?:Dr|Prof|Professor|Cllr|Dame|Sir|Mr|Mrs|Ms|Rev)\.?\s+)?"
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(?:[–—]|-{1,2}|:)\s*(?P<rest>.+?)\s*$"
)


def parse_attendee(line: str) -> tuple[str, str, str] | None:
    """'Name – Role, Organisation' (also 'Name – Organisation') -> (name, role, organisation)."""
    match = _ATTENDEE.match(line)
    if (
        not match
        or len(line) > 160
        or (line.rstrip().endswith((".", "?", "!")) and "," not in line)
    ):
        return None
    rest = match.group("rest").strip()
    if "," in rest:
        parts = [part.strip() for part in rest.split(",")]
        cut = len(parts) - 1  # "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust"
        while cut > 1 and " and " in parts[-1] and re.fullmatch(r"[A-Z][\w'’-]+", parts[cut - 1]):
            cut -= 1
        role, organisation = ", ".join(parts[:cut]), ", ".join(parts[cut:])
    else:
        role, organisation = "", rest
    if organisation and organisation[0].islower():
        role, organisation = rest, ""
    return match.group("name").strip(), role, organisation


ATTENDEE_HEADINGS = re.compile(
    r"^\s*#*\s*(attendees|participants|present|who was there|people in the room|attending|"
    r"in attendance|contributors)\s*:?\s*$",
    re.IGNORECASE,
)
LEARNING_HEADINGS = re.compile(
    r"^\s*#*\s*(what we (?:learned|learnt|heard)|key (?:insights?|learning|lessons|messages|"
    r"findings|themes|takeaways|points)|lessons(?: learned| learnt| from .*)?|learning(?: points)?|"
    r"insights|what worked(?: well)?|reflections|what we took away|takeaways)\s*:?\s*$",
    re.IGNORECASE,
)


def _is_heading(line: str) -> bool:
    stripped = line.strip().lstrip("#").strip()
    return (
        bool(stripped)
        and len(stripped) < 80
        and not stripped.endswith((".", ",", ";"))
        and (line.lstrip().startswith("#") or stripped[0].isupper())
        and len(stripped.split()) <= 10
    )


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    start: int  # character offset in the document text
    end: int


def lines_with_offsets(text: str) -> Iterator[Line]:
    offset = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        yield Line(body.strip(), offset + lead, offset + len(body.rstrip()))
        offset += len(raw)


def section_lines(text: str, heading: re.Pattern[str]) -> Iterator[Line]:
    """The non-empty lines under each heading matching `heading`, up to the next heading."""
    inside = False
    for line in lines_with_offsets(text):
        if not line.text:
            continue
        if heading.match(line.text):
            inside = True
            continue
        if (
            inside
            and _is_heading(line.text)
            and not line.text.startswith(("-", "*", "•"))
            and not parse_attendee(line.text)
        ):
            inside = False
            continue
        if inside:
            yield line


_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")


def learning_statements(text: str) -> list[Line]:
    """Statements under 'What we learned' / 'Key insights' / 'Lessons' sections, one a line."""
    out = []
    for line in section_lines(text, LEARNING_HEADINGS):
        body = _BULLET.sub("", line.text).strip()
        if len(body.split()) < 4:
            continue
        shift = len(line.text) - len(line.text.lstrip()) + (len(line.text.strip()) - len(body))
        out.append(Line(body, line.start + shift, line.end))
    return out


def attendee_lines(text: str) -> list[tuple[Line, tuple[str, str, str]]]:
    out = []
    for line in section_lines(text, ATTENDEE_HEADINGS):
        parsed = parse_attendee(_BULLET.sub("", line.text))
        if parsed:
            out.append((line, parsed))
    return out


_SPLIT_NAMES = re.compile(r"\s*(?:,|;|\band\b|&)\s*")


def split_names(text: str) -> list[str]:
    """'A, B and C' -> names; keeps 'Murray, Aileen' style pairs together when unambiguous."""
    parts = [p for p in _SPLIT_NAMES.split(text.strip().rstrip(".")) if p]
    names: list[str] = []
    for part in parts:
        if names and " " not in part and " " not in names[-1] and not names[-1].endswith("."):
            names[-1] = f"{part} {names[-1]}"  # "Murray, Aileen" -> "Aileen Murray"
        else:
            names.append(part.strip())
    return [n for n in names if n and n[0].isupper() and _name_like(n)]


_NOT_NAME = frozenset(
    """trust board council university group partnership service services team care health
    foundation institute centre society charity network cymru scotland wales england hospital
    practice agency government lead manager director officer adviser nurse""".split()
)


def _name_like(text: str) -> bool:
    """A person's name, not a role or organisation from a byline ("NHS Highland", "GP")."""
    words = text.replace(".", ". ").split()
    return 1 <= len(words) <= 5 and not any(
        (w.isupper() and len(w) > 1 and w.isalpha()) or w.lower() in _NOT_NAME for w in words
    )


_BY = re.compile(r"^\s*(?:written\s+)?by\s+(.+)$", re.IGNORECASE)
_AUTHORS = re.compile(r"^\s*authors?\s*:\s*(.+)$", re.IGNORECASE)
_PUBLISHED_BY = re.compile(
    r"(?<!data )(?<!figures )(?<!statistics )(?i:published\s+by)\s+(?:the\s+)?"
    r"([A-Z][^,.;\n(]*?)(?:,|\.|;|\(|\s+in\s|\s+on\s|$)"
)
_PUBLISHER = re.compile(r"^\s*publisher\s*:\s*(?:the\s+)?(.+?)\s*$", re.IGNORECASE | re.MULTILINE)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:the\s+)?(?:(\d{4})\s+)?([A-Z][^,.;\n\d]*?)\s*(\d{4})?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
_CITATION = re.compile(
    r"^\s*((?:[A-Z][\w'’-]+\s+[A-Z]{1,3}(?:,\s*|\s+and\s+|\s*&\s*)?)+)\s*\((\d{4})\)\s*(.+?)\.\s*(.+?)\.?\s*$",
    re.MULTILINE,
)


@dataclass
class EvidenceMeta:
    authors: list[str]
    year: int | None
    publisher: str


def evidence_metadata(text: str, metadata: dict[str, object]) -> EvidenceMeta:
    """Authors, year and publisher: front matter first, then the usual ways reports state them."""
    head = "\n".join(text.splitlines()[:25])
    authors: list[str] = []
    raw_authors = (
        metadata.get("authors") or metadata.get("author") or metadata.get("citation_author")
    )
    if isinstance(raw_authors, list):
        authors = [str(a) for a in raw_authors]
    elif isinstance(raw_authors, str):
        authors = split_names(raw_authors)
    for line in head.splitlines():
        if authors:
            break
        match = _AUTHORS.match(line) or _BY.match(line)
        if match and len(line) < 200:
            authors = split_names(match.group(1))
    citation = _CITATION.search(text)
    if not authors and citation:
        authors = [
            _citation_name(n)
            for n in re.split(r",\s*|\s+and\s+|\s*&\s*", citation.group(1))
            if n.strip()
        ]
    publisher = str(
        metadata.get("publisher")
        or metadata.get("citation_publisher")
        or metadata.get("dcterms.publisher")
        or ""
    )
    if not publisher:
        match = _PUBLISHER.search(head) or _PUBLISHED_BY.search(text)
        if match:
            publisher = match.group(1).strip()
    if not publisher:
        match = _COPYRIGHT.search(text)
        if match:
            publisher = match.group(2).strip()
    if not publisher and citation:
        publisher = citation.group(4).strip()
    year = _to_year(metadata.get("year") or metadata.get("date") or metadata.get("citation_date"))
    if year is None:
        for pattern in (_PUBLISHED_BY, _COPYRIGHT):
            match = pattern.search(text)
            if match:
                found = _YEAR.search(text[match.start() : match.end() + 30])
                if found:
                    year = int(found.group(1))
                    break
    if year is None and citation:
        year = int(citation.group(2))
    return EvidenceMeta([a.strip() for a in authors if a.strip()], year, publisher.strip())


def _citation_name(name: str) -> str:
    parts = name.strip().split()
    if len(parts) == 2 and parts[1].isupper():
        return f"{'. '.join(parts[1])}. {parts[0]}"
    return name.strip()


def _to_year(value: object) -> int | None:
    if value is None:
        return None
    match = _YEAR.search(str(value))
    return int(match.group(1)) if match else None
