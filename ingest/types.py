"""Records passed between ingest stages: reader -> extractor -> resolver -> store.

Every stage takes and returns these typed records; nothing else crosses a stage boundary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class DocumentKind(StrEnum):
    """What a source file is. Decides which extraction rules apply."""

    WORKSHOP = "workshop"  # workshop notes / write-ups of a Lab event
    EVIDENCE = "evidence"  # a study, report, evaluation, case study, blog
    DIRECTORY = "directory"  # a people directory (CSV)


class KindSource(StrEnum):
    """Where a document's kind came from, so the user can see and override it."""

    FRONT_MATTER = "front matter"
    FLAG = "flag"
    GUESS = "guess"


@dataclass(frozen=True, slots=True)
class DirectoryRow:
    """One row of a people directory CSV (already validated)."""

    line: int  # 1-based line number in the file, for error messages and provenance
    name: str
    role: str = ""
    organisation: str = ""
    profession: str = ""
    sector: str = ""
    nation: str = ""
    email: str = ""
    consent: bool | None = None  # None when the directory does not say
    expertise: str = ""  # topics the person lists as their expertise or interests


class BlockKind(StrEnum):
    """What a block of a document is. Sentences never cross a block boundary."""

    TITLE = "title"  # the document's title (at most one)
    HEADING = "heading"
    PARAGRAPH = "paragraph"  # prose
    LIST_ITEM = "list_item"  # a bullet, a numbered item or an entry of a list without bullets
    TABLE_ROW = "table_row"
    METADATA = "metadata"  # a "Key: value" line


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a document's layout, located in RawDocument.text by offsets.

    `RawDocument.text[start:end]` is exactly the block's text, which is one line (it holds
    no newline): a wrapped paragraph is joined with spaces, a table row's cells with " | ".
    """

    kind: BlockKind
    start: int
    end: int
    level: int = 0  # heading level 1-6 (title 0); list nesting depth from 0
    page: int | None = None  # PDF page, 1-based
    cells: tuple[str, ...] = ()  # TABLE_ROW: its cells, a merged cell once
    table: int = -1  # TABLE_ROW: which table of the document (0, 1, ...)
    header: bool = False  # TABLE_ROW: a header row
    key: str = ""  # METADATA: the key as written ("Date"); the value is the text after ":"
    # index in RawDocument.blocks of the nearest heading or title above this block (for a
    # heading: the nearest one of a lower level, so sections nest); -1 when there is none
    section: int = -1

    def cell_spans(self, text: str) -> list[tuple[int, int] | None]:
        """Where each of a table row's cells stands in the document's `text`, each looked for
        after the one before (None for an empty cell or one not found)."""
        spans: list[tuple[int, int] | None] = []
        at = self.start
        for cell in self.cells:
            where = text.find(cell, at, self.end) if cell.strip() else -1
            if where < 0:
                spans.append(None)
                continue
            at = where + len(cell)
            spans.append((where, at))
        return spans


@dataclass(slots=True)
class RawDocument:
    """A source file read into text plus metadata. Produced by ingest.readers."""

    path: Path
    doc_id: str  # stable id: the path relative to the ingest root, POSIX style
    content_hash: str  # sha256 hex of the file's bytes
    fmt: str  # "txt", "md", "docx", "pdf", "html", "csv"
    kind: DocumentKind
    kind_source: KindSource
    title: str
    text: str  # plain text built from the blocks: one line each, groups apart by blank lines
    metadata: dict[str, Any] = field(default_factory=dict)  # front matter / html meta / docx core
    rows: list[DirectoryRow] = field(default_factory=list)  # directory rows (csv only)
    warnings: list[str] = field(default_factory=list)  # one line each, e.g. skipped csv rows
    blocks: list[Block] = field(default_factory=list)  # the layout (empty for csv)
