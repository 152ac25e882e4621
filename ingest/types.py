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
    text: str  # plain text; paragraphs and headings separated by blank lines
    metadata: dict[str, Any] = field(default_factory=dict)  # front matter / html meta / docx core
    rows: list[DirectoryRow] = field(default_factory=list)  # directory rows (csv only)
    warnings: list[str] = field(default_factory=list)  # one line each, e.g. skipped csv rows
