"""Word (.docx) reader, with zip-bomb checks before python-docx opens the file."""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from graph.errors import ReadError
from ingest.readers.base import MB, Parsed, ReadLimits, format_size, one_line, split_authors

logger = logging.getLogger(__name__)

MAIN_PART = "word/document.xml"
RATIO_CHECK_MIN_BYTES = 1 * MB  # only members bigger than this are ratio-checked
GENERATOR_AUTHORS = frozenset({"python-docx"})  # template defaults, not people


def read_docx(path: Path, data: bytes, limits: ReadLimits) -> Parsed:
    """Read a .docx: paragraphs and table rows in document order, plus core properties."""
    check_docx_zip(path, data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ReadError(path, f"not a valid .docx ({one_line(str(exc)) or 'unreadable'})") from None
    blocks, first_heading = _blocks(document)
    metadata = core_metadata(document)
    title = metadata.get("title") or first_heading or ""
    return Parsed(text="\n\n".join(blocks), title=str(title), metadata=metadata)


def check_docx_zip(path: Path, data: bytes, limits: ReadLimits) -> None:
    """Refuse non-zips, zips without word/document.xml and likely zip bombs."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError):
        raise ReadError(path, "not a valid .docx (not a zip archive)") from None
    total = sum(member.file_size for member in members)
    if total > limits.max_docx_uncompressed or any(
        _too_compressed(member, limits.max_docx_ratio) for member in members
    ):
        raise ReadError(path, f"refused: looks like a zip bomb ({format_size(total)} uncompressed)")
    if MAIN_PART not in {member.filename for member in members}:
        raise ReadError(path, f"not a valid .docx (no {MAIN_PART})")


def _too_compressed(member: zipfile.ZipInfo, max_ratio: int) -> bool:
    if member.file_size <= RATIO_CHECK_MIN_BYTES:
        return False
    return member.file_size > max_ratio * max(member.compress_size, 1)


def _blocks(document: DocxDocument) -> tuple[list[str], str | None]:
    """Text blocks in body order and the first heading's text."""
    blocks: list[str] = []
    first_heading: str | None = None
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if not text:
                continue
            if first_heading is None and _is_heading(item):
                first_heading = one_line(text)
            blocks.append(text)
        elif isinstance(item, Table):
            rows = list(_table_rows(item))
            if rows:
                blocks.append("\n".join(rows))
    return blocks, first_heading


def _is_heading(paragraph: Paragraph) -> bool:
    style = paragraph.style
    name = (style.name or "") if style is not None else ""
    return name.startswith("Heading") or name == "Title"


def _table_rows(table: Table) -> Iterator[str]:
    """One ' | '-joined line per row; merged cells are listed once."""
    for row in table.rows:
        cells: list[str] = []
        previous: object = None
        for cell in row.cells:
            if cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(one_line(cell.text))
        if any(cells):
            yield " | ".join(cells)


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
