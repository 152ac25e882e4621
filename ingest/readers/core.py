"""read_document, discover and read_all: the public entry points of the readers stage."""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import ReadError
from ingest.readers.base import (
    FORMAT_OF_SUFFIX,
    SUPPORTED_SUFFIXES,
    Parsed,
    ReadLimits,
    Skipped,
    format_size,
    one_line,
    prettify_stem,
    supported_list,
)
from ingest.readers.directory import read_csv
from ingest.readers.kinds import resolve_kind
from ingest.readers.markdown import read_markdown
from ingest.readers.office import read_docx
from ingest.readers.pdffile import read_pdf
from ingest.readers.plain import read_txt
from ingest.readers.webpage import read_html
from ingest.types import DocumentKind, RawDocument

logger = logging.getLogger(__name__)

_Parser = Callable[[Path, bytes, ReadLimits], Parsed]
PARSERS: dict[str, _Parser] = {
    "txt": read_txt,
    "md": read_markdown,
    "html": read_html,
    "csv": read_csv,
    "docx": read_docx,
    "pdf": read_pdf,
}
NO_SUCH_PATH = "no such file or directory"


@dataclass
class ReadReport:
    """Everything read_all found: documents read, files that failed, files passed over."""

    documents: list[RawDocument] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def read_document(
    path: Path,
    root: Path | None = None,
    kind: DocumentKind | None = None,
    limits: ReadLimits = ReadLimits(),  # noqa: B008 - frozen, so a shared default is safe
) -> RawDocument:
    """Read one source file into a RawDocument. Raises ReadError if it cannot be used."""
    fmt = _format_of(path)
    data = _read_bytes(path, limits)
    parsed = PARSERS[fmt](path, data, limits)
    if not parsed.text.strip() and not parsed.rows:
        raise ReadError(path, "empty file")
    if len(parsed.text) > limits.max_chars:
        raise ReadError(
            path, f"too much text ({len(parsed.text):,} characters > limit {limits.max_chars:,})"
        )
    doc_id = document_id(path, root)
    # the guess looks at the file's folder and name only, so it does not depend on the root given
    where = f"{path.parent.name}/{path.name}"
    doc_kind, kind_source = resolve_kind(path, fmt, where, parsed, kind)
    if doc_kind != DocumentKind.DIRECTORY and len(parsed.text) > limits.max_prose_chars:
        raise ReadError(
            path,
            f"too much text for notes or evidence ({len(parsed.text):,} characters > limit "
            f"{limits.max_prose_chars:,}); split the document",
        )
    for warning in parsed.warnings:
        logger.debug("%s", warning)
    return RawDocument(
        path=path,
        doc_id=doc_id,
        content_hash=hashlib.sha256(data).hexdigest(),
        fmt=fmt,
        kind=doc_kind,
        kind_source=kind_source,
        title=one_line(parsed.title) or prettify_stem(path),
        text=parsed.text,
        metadata=parsed.metadata,
        rows=parsed.rows,
        warnings=parsed.warnings,
        blocks=parsed.blocks,
    )


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(
            path,
            f"unsupported format {suffix}" if suffix else "unsupported format (no file extension)",
        )
    return FORMAT_OF_SUFFIX[suffix]


def _read_bytes(path: Path, limits: ReadLimits) -> bytes:
    """Stat (size limit first), then read; OS errors become one-line ReadErrors."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(path, "is a directory")
        if info.st_size > limits.max_bytes:
            raise ReadError(
                path,
                f"too large ({format_size(info.st_size)} > limit {format_size(limits.max_bytes)})",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(path, "no such file") from None
    except PermissionError:
        raise ReadError(path, "cannot read (permission denied)") from None
    except OSError as exc:
        raise ReadError(path, f"cannot read ({one_line(exc.strerror or str(exc))})") from None
    if len(data) > limits.max_bytes:  # grew between stat and read
        raise ReadError(path, f"too large (> limit {format_size(limits.max_bytes)})")
    if not data.strip():
        raise ReadError(path, "empty file")
    return data


def document_id(path: Path, root: Path | None) -> str:
    """Path relative to root, POSIX style; the file name when root does not contain it."""
    if root is not None:
        for candidate, base in (
            (path, root),
            (Path(os.path.abspath(path)), Path(os.path.abspath(root))),
        ):
            try:
                return candidate.relative_to(base).as_posix()
            except ValueError:
                continue
    return path.name


def discover(paths: Sequence[Path]) -> tuple[list[tuple[Path, Path]], list[Skipped]]:
    """Expand files and directories into (file, root) pairs, plus files passed over.

    Directories are walked recursively in sorted order; hidden entries (".x") and
    Office lock files ("~$x") are ignored silently; symlinked directories are not followed.
    """
    found: list[tuple[Path, Path]] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    for given in paths:
        if given.is_dir():
            pairs, passed = _walk(given)
        elif given.exists():
            pairs, passed = _classify(given, given.parent)
        else:
            pairs, passed = [], [Skipped(given, NO_SUCH_PATH)]
        skipped.extend(passed)
        for file, root in pairs:
            key = os.path.realpath(file)
            if key not in seen:
                seen.add(key)
                found.append((file, root))
    return found, skipped


def _walk(root: Path) -> tuple[list[tuple[Path, Path]], list[Skipped]]:
    found: list[tuple[Path, Path]] = []
    skipped: list[Skipped] = []

    def on_error(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        skipped.append(Skipped(where, f"cannot read ({one_line(exc.strerror or str(exc))})"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=False):
        here = Path(dirpath)
        for name in list(dirnames):
            if _ignored(name):
                dirnames.remove(name)
            elif (here / name).is_symlink():
                skipped.append(Skipped(here / name, "symlinked directory not followed"))
        dirnames.sort()
        for name in filenames:
            if Path(name).stem.upper() == "README":
                skipped.append(
                    Skipped(
                        here / name, "a folder's README is passed over (give its path to ingest it)"
                    )
                )
            elif not _ignored(name):
                pairs, passed = _classify(here / name, root)
                found.extend(pairs)
                skipped.extend(passed)
    found.sort(key=lambda pair: pair[0].relative_to(root).as_posix())
    skipped.sort(key=lambda item: str(item.path))
    return found, skipped


def _ignored(name: str) -> bool:
    return name.startswith((".", "~$"))


def _classify(file: Path, root: Path) -> tuple[list[tuple[Path, Path]], list[Skipped]]:
    suffix = file.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        what = f"unsupported format {suffix}" if suffix else "no file extension"
        return [], [Skipped(file, f"{what} (supported: {supported_list()})")]
    if not file.is_file():
        return [], [Skipped(file, "not a regular file")]
    return [(file, root)], []


def read_all(
    paths: Sequence[Path],
    kind: DocumentKind | None = None,
    limits: ReadLimits = ReadLimits(),  # noqa: B008 - frozen, so a shared default is safe
) -> ReadReport:
    """Discover and read everything; one bad file never stops the rest."""
    files, skipped = discover(paths)
    report = ReadReport(skipped=skipped)
    for file, root in files:
        try:
            report.documents.append(read_document(file, root, kind, limits))
        except ReadError as exc:
            report.errors.append(exc)
        except Exception as exc:  # a parser bug or an exotic file: report it, keep going
            logger.debug("unexpected error reading %s", file, exc_info=True)
            reason = one_line(f"unreadable: {type(exc).__name__}: {exc}")
            report.errors.append(ReadError(file, reason))
    for error in report.errors:
        logger.warning("%s", error)
    logger.info(
        "read %d documents (%d errors, %d skipped)",
        len(report.documents),
        len(report.errors),
        len(report.skipped),
    )
    return report
