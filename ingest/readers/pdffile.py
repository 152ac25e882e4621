"""PDF reader (pypdf): text per page, line-end de-hyphenation, document info metadata."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from graph.errors import ReadError
from ingest.readers.base import Parsed, ReadLimits, first_line_title, one_line, split_authors

logger = logging.getLogger(__name__)

# "improve-\nment" -> "improvement", only when both fragments are lower-case words
_HYPHENATED = re.compile(r"(?<![A-Za-z\-])([a-z]+)-[ \t]*\n[ \t]*([a-z]+)")
_WORD_EXPORT_PREFIX = re.compile(r"^Microsoft (?:Word|PowerPoint) - ")
_BLANK_RUNS = re.compile(r"\n{3,}")


def read_pdf(path: Path, data: bytes, limits: ReadLimits) -> Parsed:
    """Read a text PDF; refuses encrypted, corrupt, over-long and text-less files."""
    reader = _open(path, data)
    try:
        n_pages = len(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise ReadError(path, f"not a valid PDF ({_reason(exc)})") from None
    if n_pages > limits.max_pdf_pages:
        raise ReadError(path, f"too many pages ({n_pages} > limit {limits.max_pdf_pages})")
    warnings: list[str] = []
    pages = [_page_text(path, reader, i, warnings) for i in range(n_pages)]
    text = dehyphenate("\n\n".join(page for page in pages if page))
    if not text.strip():
        raise ReadError(path, "no extractable text (scanned PDF?)")
    metadata = info_metadata(reader)
    title = metadata.get("title") or first_line_title(text)
    return Parsed(text=text, title=str(title), metadata=metadata, warnings=warnings)


def _open(path: Path, data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
    except (PyPdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise ReadError(path, f"not a valid PDF ({_reason(exc)})") from None
    if reader.is_encrypted:
        try:
            decrypted = reader.decrypt("") != PasswordType.NOT_DECRYPTED
        except (DependencyError, FileNotDecryptedError, PyPdfError, NotImplementedError):
            decrypted = False
        if not decrypted:
            raise ReadError(path, "encrypted PDF")
    return reader


def _page_text(path: Path, reader: PdfReader, index: int, warnings: list[str]) -> str:
    try:
        text = reader.pages[index].extract_text() or ""
    except FileNotDecryptedError:
        raise ReadError(path, "encrypted PDF") from None
    except (PyPdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        warnings.append(f"{path}: page {index + 1}: no text ({_reason(exc)})")
        return ""
    lines = (line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def dehyphenate(text: str) -> str:
    """Join words split by a hyphen at a line end when both parts are lower case."""
    return _HYPHENATED.sub(r"\1\2", text)


def info_metadata(reader: PdfReader) -> dict[str, Any]:
    """Title, authors and date (ISO) from the PDF document information, where present."""
    try:
        info = reader.metadata
    except (PyPdfError, ValueError, KeyError, TypeError):
        return {}
    if info is None:
        return {}
    metadata: dict[str, Any] = {}
    title = _WORD_EXPORT_PREFIX.sub("", one_line(_safe(lambda: info.title)))
    if title:
        metadata["title"] = title
    authors = split_authors(_safe(lambda: info.author))
    if authors:
        metadata["authors"] = authors
    try:
        created = info.creation_date
    except (PyPdfError, ValueError, TypeError):
        created = None
    if created is not None:
        metadata["date"] = created.date().isoformat()
    return metadata


def _safe(getter: Callable[[], object]) -> str:
    try:
        value = getter()
    except (PyPdfError, ValueError, TypeError):
        return ""
    return str(value) if value else ""


def _reason(exc: BaseException) -> str:
    return one_line(str(exc)) or type(exc).__name__
