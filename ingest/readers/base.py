"""Shared pieces of the readers: limits, the parse result and small text helpers."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.errors import ReadError
from ingest.types import Block, DirectoryRow

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm", ".csv"}
)

# suffix (lower case) -> RawDocument.fmt
FORMAT_OF_SUFFIX: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
}

MB = 1024 * 1024
MAX_TITLE_CHARS = 150


@dataclass(frozen=True)
class ReadLimits:
    """Safety limits applied to every file before and while it is parsed."""

    max_bytes: int = 25 * MB
    max_docx_uncompressed: int = 100 * MB
    max_docx_ratio: int = 100
    max_pdf_pages: int = 2000
    max_chars: int = 5_000_000
    # notes and evidence: about 250 pages, extracted in seconds and well under 500 MB; a
    # directory may be longer (it is not read by spaCy)
    max_prose_chars: int = 500_000
    max_seconds: float = 10.0  # per file, checked by the readers' loops (per page, block, row)
    max_front_matter_bytes: int = 64 * 1024
    max_zip_members: int = 5000


CLOCK: Callable[[], float] = time.monotonic  # tests replace it to make time pass


class Budget:
    """A file's budgets of time and text, checked cooperatively: `check()` raises once the
    time has run out or the text read so far is over the limit, so a reader stops early."""

    def __init__(self, path: Path, limits: ReadLimits) -> None:
        self.path = path
        self.seconds = limits.max_seconds
        self.max_chars = limits.max_chars
        self._clock = CLOCK
        self._deadline = self._clock() + self.seconds

    def check(self, length: int = 0) -> None:
        if length > self.max_chars:
            raise ReadError(
                self.path, f"too much text (over the limit of {self.max_chars:,} characters)"
            )
        if self._clock() > self._deadline:
            raise ReadError(self.path, f"took too long (over {self.seconds:g} s); stopped")


@dataclass(frozen=True)
class Skipped:
    """A file found by discover() that will not be read, with the reason."""

    path: Path
    reason: str


@dataclass
class Parsed:
    """What a format parser returns; read_document turns it into a RawDocument."""

    text: str
    blocks: list[Block] = field(default_factory=list)
    title: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    rows: list[DirectoryRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    declared_kind: str | None = None  # kind named by the file itself (front matter, meta)
    declared_in: str = "front matter"  # where declared_kind came from, for error messages


def supported_list() -> str:
    """The supported suffixes as a sorted, comma separated string."""
    return ", ".join(sorted(SUPPORTED_SUFFIXES))


def one_line(text: str) -> str:
    """Collapse any whitespace (including newlines) to single spaces."""
    return " ".join(str(text).split())


_GAP = re.compile(r"[ \t]*\n\s*|[ \t]{3,}|\s+")


def one_line_with_gaps(text: str) -> str:
    r"""One line, as `one_line`, except that a wide gap inside a line (three spaces or more, or
    a tab: a column's edge, "SIDDIQUE-ROWE, Kamal      Research Delivery Manager") stays three
    spaces, for the people-line reader to part the columns by; a line break and the indent
    after it are one space.

    >>> one_line_with_gaps("SIDDIQUE-ROWE, Kamal     Research Delivery Manager, Health and\n"
    ...                    "                         Care Research Wales")
    'SIDDIQUE-ROWE, Kamal   Research Delivery Manager, Health and Care Research Wales'
    """

    def gap(match: re.Match[str]) -> str:
        found = match.group(0)
        return "   " if "\n" not in found and (len(found) >= 3 or "\t" in found) else " "

    return _GAP.sub(gap, str(text).strip())


def format_size(n_bytes: int) -> str:
    """Human size for messages: MB for big numbers, bytes/KB for small test limits."""
    if n_bytes >= MB:
        return f"{n_bytes / MB:.1f} MB"
    if n_bytes >= 1024:
        return f"{n_bytes / 1024:.1f} KB"
    return f"{n_bytes} bytes"


def prettify_stem(path: Path) -> str:
    """'2024-03_workshop-notes' -> '2024 03 workshop notes' with a capital first letter."""
    words = re.sub(r"[_\-.\s]+", " ", path.stem).strip()
    if not words:
        return path.name
    if words == words.lower():
        words = words[0].upper() + words[1:]
    return words


_HASHES = re.compile(r"^#{1,6}\s+")


def first_line_title(text: str) -> str:
    """The first non-empty line of text if it is short enough to be a title, else ''.

    >>> first_line_title("=======\\n DATA BRIEFING\\n"), first_line_title("# Board export\\n")
    ('DATA BRIEFING', 'Board export')
    """
    for line in text.splitlines():
        line = _HASHES.sub("", one_line(line))  # a heading marked as in Markdown
        if line and any(c.isalnum() for c in line):  # not a rule of '=' or box lines
            return line if len(line) < MAX_TITLE_CHARS else ""
    return ""


def iso_value(value: Any) -> Any:
    """Convert dates/datetimes (also nested in lists and dicts) to ISO strings."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): iso_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [iso_value(v) for v in value]
    return value


def split_authors(value: str) -> list[str]:
    """'A. Smith; B. Jones, C. Patel' -> ['A. Smith', 'B. Jones', 'C. Patel']."""
    return [part.strip() for part in re.split(r"[;,]", value) if part.strip()]
