"""What a document's header or title page says about it, wherever on the first page it sits: a
workshop's date and where it was held; an evidence item's year, publisher and the places it
studied. Read from "Key: value" lines (`Date:`, `Venue:`, `Published:`, `Publisher:`,
`Setting:` and the like), from the usual sentences of title pages and minutes ("Minutes of
the meeting held on Tuesday 12 September 2023 at …", "Published March 2023 by …", "© NHS
Lothian 2023", "Published by the Public Health Agency (PHA), Belfast"), from a line that is
just an organisation's name at the top (a report's banner), and from a "Setting" section;
front matter, when a file has it, comes first. A date stamped by the software that wrote a
Word or PDF file is used only when the document itself says none.

Places are not looked up here: `cover` and `venue` are spans of the document's text whose
places and nations (found by the entity step) the document covers or was held in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from graph.reference.gazetteer import Gazetteer
from graph.reference.names import POSTCODE
from ingest.extract.body_banners import body_name
from ingest.extract.dates import YEAR, dates_in
from ingest.extract.org_shape import BODY_END
from ingest.extract.sections import Section
from ingest.types import Block, BlockKind, RawDocument

DATE_KEYS = frozenset(
    {
        "date of meeting",
        "meeting date",
        "date",
        "dates",
        "when",
        "event date",
        "held on",
        "date and time",
        "time and date",
        "day",
        "date of event",
        "session date",
        "review held",
        "held",
        "sent",
        "issued",
        "date of issue",
    }
)
VENUE_KEYS = frozenset(
    {"venue", "location", "place", "where", "held at", "address", "venue and date", "site"}
)
PUBLISHED_KEYS = frozenset(
    {
        "published",
        "publication date",
        "date published",
        "first published",
        "date",
        "year",
        "publication year",
        "issued",
        "date of issue",
        "report date",
        "released",
    }
)
PUBLISHER_KEYS = frozenset(
    {"publisher", "published by", "issued by", "organisation", "organization", "produced by"}
)
SETTING_KEYS = frozenset(
    {
        "setting",
        "settings",
        "study setting",
        "area",
        "areas",
        "region",
        "location",
        "geography",
        "country",
        "countries",
        "nation",
        "nations",
        "coverage",
        "scope",
        "where",
        "place",
        "places",
        "localities",
        "health board",
        "health boards",
    }
)
_PUBLISHED_BY = re.compile(
    r"(?<!data )(?<!figures )(?<!statistics )\b(?i:published|produced|issued)\s+(?i:by)\s+"
    r"(?:the\s+)?"
    r"(?P<name>[A-Z][^,.;\n(]*?)(?=\s*(?:,|\.|;|\(|\s+in\s|\s+on\s|\s+under\s|$))"
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:the\s+)?(?:(?P<y1>\d{4})\s+)?(?P<name>[A-Z][^,.;\n\d©]*?)"
    r"\s*(?P<y2>\d{4})?\s*(?:[.,;]|$)",
    re.IGNORECASE,
)
HEADER_WORDS = 40  # a paragraph at the top longer than this introduces; it states no header
NOT_PUBLISHERS = frozenset({"the authors", "authors", "crown", "crown copyright", "all rights"})


@dataclass
class Header:
    date: str = ""  # ISO, a workshop's
    year: int | None = None  # an evidence item's
    publisher: str = ""
    hosted: bool = False  # the publisher is only the host of the page (its footer's notice)
    kind: str = ""  # the document's type as it names itself ("Case study", "Press release")
    cover: list[tuple[int, int]] = field(default_factory=list)  # spans naming what it covers
    venue: list[tuple[int, int]] = field(default_factory=list)  # spans naming where it was held


def _key(block: Block) -> str:
    return " ".join(block.key.lower().replace("’", "'").split())


def value_of(raw: RawDocument, block: Block) -> tuple[int, str]:
    """(offset, text) of a metadata line's value."""
    text = raw.text[block.start : block.end]
    at = text.find(":") + 1 if ":" in text else 0
    while at < len(text) and text[at] == " ":
        at += 1
    return block.start + at, text[at:]


def read_header(raw: RawDocument, gaz: Gazetteer, secs: list[Section], front: set[int]) -> Header:
    header = Header()
    meta = raw.metadata
    blocks = raw.blocks
    stated = raw.fmt in ("md", "markdown", "html")  # front matter or <meta>: the author's word
    stamp = next((meta[k] for k in sorted(DATE_KEYS) if meta.get(k)), None)
    header.date = _iso(meta.get("date") or stamp) if stated else ""
    header.year = _year(meta.get("year") or (meta.get("date") if stated else None))
    if header.year is None and stated:  # front matter's "published: 2025-01-30"
        header.year = next((_year(meta[k]) for k in sorted(PUBLISHED_KEYS) if meta.get(k)), None)
    header.year = header.year or _year(meta.get("citation_date") or meta.get("dcterms.date"))
    header.publisher = str(
        meta.get("publisher")
        or meta.get("citation_publisher")
        or meta.get("dcterms.publisher")
        or ""
    )
    notice = _notice(str(meta.get("copyright") or ""))  # a footer's: weaker than the text
    ordered = sorted(range(len(blocks)), key=lambda i: (i not in front, i))
    for i in ordered:
        block = blocks[i]
        text = raw.text[block.start : block.end]
        pair = _pair(raw, block)
        if pair is not None:
            key, at, value = pair
            if key in DATE_KEYS and not header.date and (found := dates_in(value)):
                header.date = found[0][0]
            if key in VENUE_KEYS:
                header.venue.append((at, at + len(value)))
            if key in PUBLISHED_KEYS and header.year is None:
                header.year = _year(value)
            if key in PUBLISHER_KEYS and not header.publisher:
                header.publisher = _org_part(value)
            if key in SETTING_KEYS:
                header.cover.append((at, at + len(value)))
            if key in ("type", "document type", "report type", "publication type") and value:
                header.kind = header.kind or value.strip()
            continue
        if block.kind == BlockKind.TABLE_ROW:
            continue
        if (
            i in front
            and (block.kind != BlockKind.PARAGRAPH or _header_line(text))
            and not _whose(text, gaz)
            and not POSTCODE.search(text)  # the publisher's address: not where it was done
        ):
            header.cover.append((block.start, block.end))  # a header line, not an introduction
        if i in front and not header.date and (found := dates_in(text)):
            header.date = found[0][0]  # "Minutes of the meeting held on 12 September 2023 at …"
            if _header_line(text) or re.search(r"\b(held|took place|met|hosted)\b", text, re.I):
                header.venue.append((block.start, block.end))
        if header.year is None and (i in front or re.search(r"publish|©|copyright", text, re.I)):
            header.year = _published_year(text)
        if not header.publisher:
            header.publisher = _publisher(text)
    if not header.publisher:
        header.publisher = _banner(raw, gaz, front)
    if not header.publisher:
        header.publisher = _publisher(notice)
        header.hosted = bool(header.publisher)
    header.cover += _setting_sections(raw, secs)
    if header.year is None:  # a title page's month and year ("November 2024", "Spring 2024")
        header.year = _front_year(raw, front) or _published_year(notice) or _titled_year(raw, front)
    if header.year is None and not stated:  # a file's own stamp: its year at most, if plausible
        stamp = _year(meta.get("date"))
        header.year = stamp if stamp and 1990 <= stamp <= dt.date.today().year else None
    return header


def _pair(raw: RawDocument, block: Block) -> tuple[str, int, str] | None:
    """(key, value offset, value) of a "Key: value" line, or of a two-cell table row whose
    first cell is a label (a cover sheet's "Date of meeting | 21 March 2024")."""
    if block.kind == BlockKind.METADATA:
        at, value = value_of(raw, block)
        return _key(block), at, value
    if block.kind == BlockKind.TABLE_ROW and len(block.cells) == 2:
        label, value = block.cells
        text = raw.text[block.start : block.end]
        at = text.rfind(value)
        words = label.split()
        if value and at >= 0 and 0 < len(words) <= 6 and not any(c.isdigit() for c in label):
            # bilingual labels: "DYDDIAD Y CYFARFOD / DATE OF MEETING" -> "date of meeting"
            key = label.split("/")[-1].strip().lower().rstrip(":")
            return " ".join(key.split()), block.start + at, value
    if block.kind == BlockKind.TABLE_ROW and len(block.cells) == 1:  # a shaded box's line
        text = raw.text[block.start : block.end]
        found = re.match(r"\s*([A-Za-z][A-Za-z ]{1,30}):\s+(\S.*)", text, re.S)
        if found and len(found.group(1).split()) <= 4:
            return " ".join(found.group(1).lower().split()), block.start + found.start(2), found[2]
    return None


_AFFILIATION = re.compile(  # "1School of Health Sciences, Bangor University, Bangor, UK; 2…"
    r"^\s*[\d¹²³⁴⁵⁶⁷⁸⁹*†‡]{1,2}\s*[A-Z]|\bcorrespond(?:ing|ence)\b|\baffiliations?\b", re.I
)


def _whose(text: str, gaz: Gazetteer) -> bool:
    """Whether a header line names its authors or their affiliations ("Nia Caradog1*, Iestyn
    Rowlands2", "1School of Health Sciences, Bangor University, Bangor, UK"): where the
    authors work is not where their study was done."""
    from ingest.extract.people_lists import parse_people  # (people_lists reads headers too)

    return bool(_AFFILIATION.search(text)) or bool(parse_people(text, gaz))


def _header_line(text: str) -> bool:
    """A line of a header or title page (a subtitle, a byline), not a sentence of prose."""
    return len(text.split()) <= HEADER_WORDS and not re.search(r"[.!?][\"'’”)]*$", text.strip())


def _iso(value: Any) -> str:
    """A stated date as ISO: "2026-03-17", or as written ("Mar 17th, 2026", an outliner's)."""
    if value is None:
        return ""
    text = str(value)[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    written = dates_in(str(value)[:MAX_DATE_CHARS])
    return written[0][0] if written else ""


MAX_DATE_CHARS = 40  # a stated date written out is no longer


def _year(value: Any) -> int | None:
    if value is None:
        return None
    found = YEAR.search(str(value))
    return int(found.group("year")) if found else None


_DATED = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|spring|summer|autumn|winter)\s+((?:19[89]|20[0-4])\d)\b",
    re.IGNORECASE,
)


def _front_year(raw: RawDocument, front: set[int]) -> int | None:
    """The latest 'Month YYYY' or 'Season YYYY' on the front page, not after this year."""
    years = [
        int(m.group(1))
        for i in sorted(front)
        for m in _DATED.finditer(raw.text[raw.blocks[i].start : raw.blocks[i].end])
    ]
    years = [y for y in years if y <= dt.date.today().year]
    return max(years) if years else None


def _titled_year(raw: RawDocument, front: set[int]) -> int | None:
    """The year a front page's title or heading lines name ("Director of Public Health Annual
    Report 2024"), not after this year: the document's word, which a file's creation stamp
    (a PDF library's fixed 2000-01-01) must not beat."""
    years = [
        int(m.group("year"))
        for i in sorted(front)
        if raw.blocks[i].kind in (BlockKind.TITLE, BlockKind.HEADING)
        for m in YEAR.finditer(raw.text[raw.blocks[i].start : raw.blocks[i].end])
    ]
    years = [y for y in years if y <= dt.date.today().year]
    return max(years) if years else None


def _notice(text: str) -> str:
    """The copyright part of a footer ("© PHW 2024 · Page 3" -> "© PHW 2024").

    >>> _notice("Report title · © Public Health Wales 2023 · page 4")
    '© Public Health Wales 2023'
    """
    parts = [p.strip() for p in re.split(r"\s[·|•]\s", text)]
    return next((p for p in parts if re.search(r"©|\(c\)|copyright", p, re.I)), text.strip())


def _published_year(text: str) -> int | None:
    """The year of 'Published March 2023', '© NHS Lothian 2023', 'First published 2022'."""
    for pattern in (
        re.compile(r"\b(?:first\s+)?published\b[^.;]{0,40}?\b((?:19[89]|20[0-4])\d)\b", re.I),
        re.compile(r"(?:©|\(c\)|copyright)[^.;]{0,60}?\b((?:19[89]|20[0-4])\d)\b", re.I),
    ):
        found = pattern.search(text)
        if found:
            return int(found.group(1))
    return None


def _publisher(text: str) -> str:
    found = _PUBLISHED_BY.search(text)
    if found:
        return _org_part(found.group("name"))
    for found in _COPYRIGHT.finditer(text):
        name = _org_part(found.group("name"))
        if name and name.lower() not in NOT_PUBLISHERS:
            return name
    return ""


def _org_part(value: str) -> str:
    """'the Public Health Agency (PHA), 12–22 Linenhall Street' -> 'Public Health Agency'."""
    value = BODY_END.split(value.strip(), maxsplit=1)[0].strip(" .")
    value = re.sub(r"^(?:the|The)\s+", "", value)
    return value if len(value.split()) <= 12 else ""


def _banner(raw: RawDocument, gaz: Gazetteer, front: set[int]) -> str:
    """An organisation's name standing alone at the top (a report's banner line); of the
    bodies a banner names, the first ("Drumossie Medical Practice · NHS Highland · Inverness":
    the practice, within the board), when one of them is a body the gazetteer knows."""
    for i in sorted(front):
        block = raw.blocks[i]
        parts = re.split(r"\s+[·|•]\s+", raw.text[block.start : block.end].strip())
        known = [gaz.org(p) or (gaz.org(p.title()) if p.isupper() else None) for p in parts]
        for part, entry in zip(parts, known, strict=True):
            if entry is not None:
                return entry.name
            if len(parts) > 1 and any(known) and body_name(part):
                return part
    return ""


_SETTING_HEADING = re.compile(  # "Setting", "Where we worked", a review's "Population" (PICO)
    r"\b(?:study )?settings?\b|\bwhere we worked\b|\bthe area\b|^(?:study )?population\b"
    r"|^participants and setting"
)


def _setting_sections(raw: RawDocument, secs: list[Section]) -> list[tuple[int, int]]:
    """The first paragraph under a heading that says "Setting" (a study's setting)."""
    spans = []
    for section in secs:
        title = section.title(raw).lower()
        if re.search(_SETTING_HEADING, title):
            for i in section.blocks[:1]:
                spans.append((raw.blocks[i].start, raw.blocks[i].end))
    return spans
