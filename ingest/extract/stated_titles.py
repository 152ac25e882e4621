"""The title a document states rather than sets at its top (used by ingest.extract.titles): a
field or form box naming it ("Subject: …", "Title of project: …", a "Q2 Project title" box
over its indented value, "REPORT: Evaluation of …"), or the report an e-mail sends in its body
under its greeting ("Dear colleagues," / "LAXATIVE PRESCRIBING AND …")."""

from __future__ import annotations

import re

from graph.reference.gazetteer import Gazetteer
from ingest.extract.absence_words import SALUTATION
from ingest.extract.banners import date_only, kind_banner
from ingest.extract.front_page import value_of
from ingest.extract.headline_lines import PAIR_WORDS, wrapped_on
from ingest.extract.people_lines import parse_line
from ingest.extract.title_case import sentence_case
from ingest.extract.title_fields import WORK_FIELDS, WORK_TITLE_WORDS, title_field
from ingest.readers.line_shapes import is_capitals
from ingest.types import Block, BlockKind, DocumentKind, RawDocument

MAIL_HEAD = 6  # blocks under an e-mail's subject that may hold the report it sends


def _report_in_mail(raw: RawDocument, gaz: Gazetteer, blocks: list[Block], n: int) -> str:
    """A report sent in an e-mail's body: its title in capitals, the first heading under the
    greeting ("Subject: Full report - laxative review …" / "Dear colleagues," / … /
    "LAXATIVE PRESCRIBING AND CONSTIPATION IN LOTHIAN CARE HOMES: A" / "PHARMACIST-LED
    REVIEW"), or the line under a banner naming its kind ("RESEARCH BRIEFING 2025/06 |
    SEPTEMBER 2025" / "Compassion fatigue among …"); '' when the e-mail sends none."""
    greeted = False
    mailed = blocks[n].kind == BlockKind.METADATA and blocks[n].key.lower() == "subject"
    for k in range(n + 1, min(n + MAIL_HEAD, len(blocks))):
        block = blocks[k]
        greeted = greeted or salutation(raw.text[block.start : block.end].strip())
        text = " ".join(raw.text[block.start : block.end].split())
        below = blocks[k + 1] if k + 1 < len(blocks) else None
        if (
            mailed
            and block.kind == BlockKind.HEADING
            and kind_banner(text)
            and below is not None
            and below.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
        ):
            line = " ".join(raw.text[below.start : below.end].split())  # "RESEARCH BRIEFING
            # 2025/06 | SEPTEMBER 2025" over the report's own title: that title
            if len(line.split()) >= PAIR_WORDS and not line.endswith((".", ":", ";", ",")):
                return line
        if block.kind != BlockKind.HEADING or not greeted:
            continue
        if not is_capitals(text) or len(text.split()) < PAIR_WORDS:
            return ""
        text += wrapped_on(raw, blocks[k + 1] if k + 1 < len(blocks) else None, text)
        return sentence_case(text, gaz, raw.text)
    return ""


def salutation(line: str) -> bool:
    """A line that only greets: "Dear Cabinet Secretary,", "Annwyl Weinidog"."""
    return SALUTATION.match(line) is not None and len(line) <= SALUTATION_CHARS


SALUTATION_CHARS = 70


def stated_title(raw: RawDocument, gaz: Gazetteer, blocks: list[Block]) -> str:
    """The title a field or a form's box states among the top blocks ('' for none): an
    e-mail's subject, a record's headline field, a form's numbered "1. Project title" box or
    its "Project title" line over the value, a "REPORT:" field naming the work."""
    for n, block in enumerate(blocks):  # an e-mail's subject, a record's headline field
        if block.kind == BlockKind.METADATA and title_field(block.key):
            _at, value = value_of(raw, block)
            sent = _report_in_mail(raw, gaz, blocks, n) if raw.kind == DocumentKind.EVIDENCE else ""
            if sent or value.strip():
                return sent or value.strip()
        if block.kind == BlockKind.LIST_ITEM:  # a form's numbered box: "1. Project title" /
            words = raw.text[block.start : block.end].split()  # "   Chilblains in older …"
            for k in (3, 2, 1):
                if title_field(" ".join(words[:k])) and len(words) - k >= WORK_TITLE_WORDS:
                    return " ".join(words[k:])
        if block.kind == BlockKind.METADATA and block.key.lower() in WORK_FIELDS:
            _at, value = value_of(raw, block)  # "REPORT: Evaluation of the MMR catch-up …"
            if (
                len(value.split()) >= WORK_TITLE_WORDS
                and not date_only(value)
                and not parse_line(value, gaz)  # "Evaluation   Dr A (University, lead)"
            ):
                return " ".join(value.split())
        below = blocks[n + 1] if n + 1 < len(blocks) else None
        if (  # a form's field set as a heading over its value: "Title" / "  Eye pressure …"
            block.kind == BlockKind.HEADING
            and title_field(raw.text[block.start : block.end].strip(" :"))
            and below is not None
            and below.kind in (BlockKind.PARAGRAPH, BlockKind.METADATA, BlockKind.LIST_ITEM)
        ):  # (a value indented under its box's label is read as a list's item)
            return " ".join(raw.text[below.start : below.end].split()) + _carried_on(raw, below)
    return ""


def _carried_on(raw: RawDocument, value: Block) -> str:
    """A field's value wrapped onto the next item: " stroke - end of grant report"."""
    below = next((b for b in raw.blocks if b.start >= value.end), None)
    if below is None or below.kind != BlockKind.LIST_ITEM:
        return ""
    text = " ".join(raw.text[below.start : below.end].split())
    return " " + text if text[:1].islower() else ""


_CODE_KEY = re.compile(r"[A-Z]{2,8}[-/ ]?\d{1,5}[A-Za-z]?")  # a project's code: "CVDP-07"


def coded_subtitle(raw: RawDocument, blocks: list[Block]) -> str:
    """The work's name under a title that only names the document's kind, after the work's
    code ("Project Closure Report" / "CVDP-07: Finding undiagnosed high blood pressure …");
    '' for none."""
    at = next((n for n, b in enumerate(blocks) if b.kind == BlockKind.TITLE), -1)
    below = blocks[at + 1] if 0 <= at < len(blocks) - 1 else None
    if below is None or below.kind != BlockKind.METADATA or not _CODE_KEY.fullmatch(below.key):
        return ""
    _at, value = value_of(raw, below)
    return " ".join(value.split()) if len(value.split()) >= WORK_TITLE_WORDS else ""


_MARKED_NAME = re.compile(  # a name with its affiliation's mark: "Kerry Lindores(2)", "Ann Bell¹"
    r"[A-Za-z][\w'’.-]*\s?(?:\(\d{1,2}(?:,\s?\d{1,2})*\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
)
ABSTRACT_GAP = 3  # blocks of running heads between a page's first line and an abstract's title
ABSTRACT_REACH = 16  # blocks from the page's first line to its abstract's authors
RUNNING_WORDS = 10  # a running head's words at most ("POSTER SESSION B: REHABILITATION …")


def title_over_authors(raw: RawDocument, blocks: list[Block], n: int) -> str:
    """The title set over a line of marked authors ("Fiona Dalgleish-Orr(1)*, Ravi …(1)")
    further down a page whose top lines from block n are its book's running heads (an
    abstract book's "ANNUAL CONFERENCE 2025 - ABSTRACT BOOK", "Page 27", "POSTER SESSION B:
    …", "B14"); a title in capitals run over two lines is joined. '' for none."""
    at = next((k for k, b in enumerate(raw.blocks) if b is blocks[n]), -1)
    if raw.fmt == "html" or at < 0:
        return ""
    blocks, n = raw.blocks[: at + ABSTRACT_REACH], at  # (the author line may be further down)
    for m in range(n + ABSTRACT_GAP, len(blocks)):
        text = raw.text[blocks[m].start : blocks[m].end]
        if len(_MARKED_NAME.findall(text)) < 2:
            if len(text.split()) > RUNNING_WORDS or text.rstrip().endswith("."):
                return ""
            continue
        lined = (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.TITLE)
        if blocks[m].kind not in (*lined, BlockKind.LIST_ITEM) or blocks[m - 1].kind not in lined:
            return ""  # (a record's "Authors | …" row under its "Year | 2025" row)
        start = m - 1
        lines = [" ".join(raw.text[blocks[start].start : blocks[start].end].split())]
        above = " ".join(raw.text[blocks[m - 2].start : blocks[m - 2].end].split())
        if m - 2 > n and is_capitals(above) and is_capitals(lines[0]) and above[-1:].isalnum():
            start, lines = m - 2, [above, *lines]
        title = " ".join(lines)
        if start - n < ABSTRACT_GAP - 1 or len(title.split()) < WORK_TITLE_WORDS:
            return ""
        if _authors_lines(raw) != 1 or _abstract_openings(raw) > 1:
            return ""  # (a book of several abstracts is the book: its items are the abstracts)
        return title
    return ""


def _authors_lines(raw: RawDocument) -> int:
    """How many lines of marked authors the document holds (up to two)."""
    found = 0
    for block in raw.blocks:
        if len(_MARKED_NAME.findall(raw.text[block.start : block.end], 0, AUTHOR_LINE_CHARS)) >= 2:
            found += 1
            if found > 1:
                break
    return found


AUTHOR_LINE_CHARS = 400  # where a line of marked authors ends


_ABSTRACT_OPENING = re.compile(r"(?:background|introduction)\s*[:.]", re.I)


def _abstract_openings(raw: RawDocument) -> int:
    """How many abstracts the document opens (up to two): "Background: …" starts each."""
    found = 0
    for block in raw.blocks:
        if _ABSTRACT_OPENING.match(raw.text, block.start, block.end):  # (a field's text too)
            found += 1
            if found > 1:
                break
    return found
