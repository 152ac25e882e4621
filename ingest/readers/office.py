"""Word (.docx) reader: paragraph styles and tables in body order -> blocks.

Title style -> TITLE; Heading N -> HEADING level N; List styles or a numbering property
(w:numPr) -> LIST_ITEM with its level; a short paragraph wholly in bold, not in a list ->
HEADING (real Word files often have no heading styles); tables -> TABLE_ROWs, the first row
a header when it repeats as a header (w:tblHeader), is bold or in a heading style. Other
paragraphs are lines for the shared classifier: consecutive one-line paragraphs are read
as one run (a list of names typed one a paragraph), an empty paragraph ends the run.
The archive is inflated and counted before python-docx sees it (ingest.readers.safezip).
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from graph.errors import ReadError
from ingest.readers.base import Budget, Parsed, ReadLimits, one_line, split_authors
from ingest.readers.blocks import BlockBuilder
from ingest.readers.changes import cell_text, paragraph_text
from ingest.readers.line_shapes import cell_lines
from ingest.readers.lines import is_heading_line
from ingest.readers.safezip import verified_zip
from ingest.types import BlockKind

logger = logging.getLogger(__name__)

MAIN_PART = "word/document.xml"
GENERATOR_AUTHORS = frozenset({"python-docx"})  # template defaults, not people
OFF = frozenset({"0", "false", "off"})  # w:val of a toggle property that is switched off
_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$", re.I)
_LIST_STYLE = re.compile(r"^list(?: (?:bullet|number|continue|paragraph))?(?: ([2-9]))?$", re.I)


def read_docx(path: Path, data: bytes, limits: ReadLimits) -> Parsed:
    """Read a .docx: paragraphs and table rows in document order, plus core properties."""
    budget = Budget(path, limits)
    verified = verified_zip(path, data, limits, budget, MAIN_PART)
    try:
        document = docx.Document(io.BytesIO(verified))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ReadError(path, f"not a valid .docx ({one_line(str(exc)) or 'unreadable'})") from None
    warnings: list[str] = []
    reader = _Body(path, BlockBuilder(budget), warnings, _Styles(document))
    reader.read(document)
    text, blocks = reader.builder.build()
    metadata = core_metadata(document)
    title = metadata.get("title") or reader.first_heading or ""
    return Parsed(text=text, blocks=blocks, title=str(title), metadata=metadata, warnings=warnings)


class _Body:
    """Reads the body's paragraphs and tables in order into a builder."""

    def __init__(
        self, path: Path, builder: BlockBuilder, warnings: list[str], styles: _Styles
    ) -> None:
        self.path = path
        self.styles = styles
        self.builder = builder
        self.warnings = warnings
        self.first_heading = ""
        self.heading_level = 0
        self.run: list[str] = []
        self.list_group: int | None = None

    def read(self, document: DocxDocument) -> None:
        for item in document.iter_inner_content():
            if isinstance(item, Paragraph):
                self._paragraph(item)
            elif isinstance(item, Table):
                self._flush_run()
                self.list_group = None
                self._table(item)
        self._flush_run()

    def _paragraph(self, paragraph: Paragraph) -> None:
        text = paragraph_text(paragraph)
        style = self.styles.name(paragraph)
        heading = _HEADING_STYLE.match(style)
        if not text.strip():
            self._flush_run()
            return
        level = _list_level(paragraph, style)
        if level is None:
            self.list_group = None
        if style.lower() == "title":
            self._heading(BlockKind.TITLE, 0, text)
        elif heading:
            self._heading(BlockKind.HEADING, int(heading.group(1)), text)
        elif level is not None:
            self._flush_run()
            if self.list_group is None:
                self.list_group = self.builder.new_group()
            self.builder.add(BlockKind.LIST_ITEM, text, level=level, group=self.list_group)
        elif is_heading_line(one_line(text)) and self.styles.all_bold(paragraph):
            self._heading(BlockKind.HEADING, min(self.heading_level + 1, 6), text)
        else:
            lines = [line for line in text.split("\n") if line.strip()]
            if len(lines) == 1:
                self.run.append(lines[0])
            else:
                self._flush_run()
                self.builder.add_lines(lines, headings=False)

    def _heading(self, kind: BlockKind, level: int, text: str) -> None:
        self._flush_run()
        if not self.first_heading:
            self.first_heading = one_line(text)
        self.builder.add(kind, text, level=level)
        self.heading_level = level

    def _flush_run(self) -> None:
        if self.run:
            self.builder.add_lines(self.run, headings=False, wrapped=False)
            self.run = []

    def _table(self, table: Table) -> None:
        index = self.builder.new_table()
        try:
            rows = list(table.rows)
            for number, row in enumerate(rows):
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:  # a merged cell is listed once
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(one_line(cell_lines(cell_text(cell).split("\n"))))
                if not any(cells):
                    continue
                self.builder.add(
                    BlockKind.TABLE_ROW,
                    " | ".join(cell for cell in cells if cell),
                    cells=tuple(cells),
                    table=index,
                    header=len(rows) > 1 and _heads(rows, number, cells) and self._header_row(row),
                    group=("table", index),
                )
        except (ValueError, IndexError, KeyError, AttributeError, TypeError) as exc:
            reason = one_line(str(exc)) or type(exc).__name__
            self.warnings.append(f"{self.path}: malformed table {index + 1} skipped ({reason})")

    def _header_row(self, row: Any) -> bool:
        """A header row: repeated as one, bold, or in a heading style (the first row, or one
        lower down over more rows: `_heads`)."""
        tr_pr = row._tr.trPr
        if tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None:
            return True
        paragraphs = [p for cell in row.cells for p in cell.paragraphs if paragraph_text(p).strip()]
        return bool(paragraphs) and all(
            self.styles.all_bold(p) or _HEADING_STYLE.match(self.styles.name(p)) is not None
            for p in paragraphs
        )


def _heads(rows: list[Any], number: int, cells: list[str]) -> bool:
    """Whether row `number` may head rows: the first, or one lower down of two labels or more
    with rows under it (a grid's second pair of labels; not a bold total at the foot, nor a
    one-cell label such as "Apologies" over the rows it names)."""
    return number == 0 or (number + 1 < len(rows) and sum(1 for c in cells if c) >= 2)


def _list_level(paragraph: Paragraph, style: str) -> int | None:
    """The list level of a numbered or bulleted paragraph, else None."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
    if num_pr is not None:
        num_id = num_pr.find(qn("w:numId"))
        if num_id is None or num_id.get(qn("w:val")) != "0":  # numId 0: numbering removed
            ilvl = num_pr.find(qn("w:ilvl"))
            value = ilvl.get(qn("w:val")) if ilvl is not None else "0"
            return int(value) if value and value.isdigit() else 0
    match = _LIST_STYLE.match(style)
    if match:
        return int(match.group(1)) - 1 if match.group(1) else 0
    return None


class _Styles:
    """Style names and boldness by style id, looked up once (python-docx searches every
    style for each paragraph's style)."""

    def __init__(self, document: DocxDocument) -> None:
        self.names: dict[str, str] = {}
        self.bold: dict[str, bool] = {}
        self.default = ""
        for style in document.styles.element.iterchildren(qn("w:style")):
            style_id = style.get(qn("w:styleId")) or ""
            name = style.find(qn("w:name"))
            self.names[style_id] = (name.get(qn("w:val")) or "") if name is not None else ""
            bold = style.find(f"{qn('w:rPr')}/{qn('w:b')}")
            self.bold[style_id] = bold is not None and bold.get(qn("w:val")) not in OFF
            default = style.get(qn("w:default")) in ("1", "true")
            if default and style.get(qn("w:type")) == "paragraph":
                self.default = style_id

    def _paragraph_id(self, paragraph: Paragraph) -> str:
        p_pr = paragraph._p.pPr
        style = p_pr.pStyle if p_pr is not None else None
        return style.val if style is not None else self.default

    def name(self, paragraph: Paragraph) -> str:
        return self.names.get(self._paragraph_id(paragraph), "")

    def all_bold(self, paragraph: Paragraph) -> bool:
        """True when every run with text is bold (directly, or by its run or paragraph style)."""
        style_bold = self.bold.get(self._paragraph_id(paragraph), False)
        runs = [run for run in paragraph.runs if run.text.strip()]
        if not runs:
            return False
        for run in runs:
            bold = run.bold
            r_pr = run._r.rPr
            if bold is None and r_pr is not None and r_pr.rStyle is not None:
                bold = self.bold.get(r_pr.rStyle.val) or None
            if not (bold or (bold is None and style_bold)):
                return False
        return True


def core_metadata(document: DocxDocument) -> dict[str, Any]:
    """Non-empty core properties: title, authors, date (ISO), subject, keywords, category."""
    props = document.core_properties
    metadata: dict[str, Any] = {}
    for key in ("title", "subject", "keywords", "category"):
        value = one_line(getattr(props, key) or "")
        if value:
            metadata[key] = value
    authors = [a for a in split_authors(props.author or "") if a not in GENERATOR_AUTHORS]
    if authors:
        metadata["authors"] = authors
    if props.created is not None:
        metadata["date"] = props.created.date().isoformat()
    return metadata
