"""Deciding a document's kind: the --kind flag, then the file's own metadata, then a guess."""

from __future__ import annotations

import re
from pathlib import Path

from graph.errors import ReadError
from ingest.readers.base import Parsed
from ingest.types import DocumentKind, KindSource

KIND_SYNONYMS: dict[str, DocumentKind] = {
    "workshop": DocumentKind.WORKSHOP,
    "workshop notes": DocumentKind.WORKSHOP,
    "notes": DocumentKind.WORKSHOP,
    "event": DocumentKind.WORKSHOP,
    "evidence": DocumentKind.EVIDENCE,
    "report": DocumentKind.EVIDENCE,
    "study": DocumentKind.EVIDENCE,
    "evaluation": DocumentKind.EVIDENCE,
    "case study": DocumentKind.EVIDENCE,
    "blog": DocumentKind.EVIDENCE,
    "review": DocumentKind.EVIDENCE,
    "paper": DocumentKind.EVIDENCE,
    "directory": DocumentKind.DIRECTORY,
}
_WORKSHOP_WORDS = re.compile(
    r"\b(workshops?|notes|meetings?|sessions?|visits?|events?|round ?tables?)\b", re.I
)
_ATTENDEE_HEADING = re.compile(
    r"^\s*(attendees|participants|present|who was there)\s*(:|$)", re.I | re.M
)
ATTENDEE_KEYS = ("attendees", "participants")


def parse_kind(value: str) -> DocumentKind | None:
    """A kind name or synonym ('Case-study', 'workshop notes') -> DocumentKind, else None."""
    key = re.sub(r"[\s_\-]+", " ", value).strip().lower()
    return KIND_SYNONYMS.get(key)


def resolve_kind(
    path: Path, fmt: str, doc_id: str, parsed: Parsed, flag: DocumentKind | None
) -> tuple[DocumentKind, KindSource]:
    """Flag wins, then a declared kind (front matter / html meta), then a guess."""
    if flag is not None:
        _check_fits(path, fmt, flag, f"kind {flag.value} was given")
        return flag, KindSource.FLAG
    if fmt == "csv":
        return DocumentKind.DIRECTORY, KindSource.GUESS
    if parsed.declared_kind is not None and parsed.declared_kind.strip():
        declared = parse_kind(parsed.declared_kind)
        if declared is None:
            raise ReadError(
                path,
                f"invalid kind {parsed.declared_kind.strip()!r} in {parsed.declared_in} "
                "(expected workshop, evidence or directory)",
            )
        _check_fits(path, fmt, declared, f"{parsed.declared_in} says kind {declared.value}")
        return declared, KindSource.FRONT_MATTER
    return guess_kind(doc_id, parsed), KindSource.GUESS


def _check_fits(path: Path, fmt: str, kind: DocumentKind, said: str) -> None:
    is_csv = fmt == "csv"
    if is_csv and kind is not DocumentKind.DIRECTORY:
        raise ReadError(path, f"{said}, but a .csv file is read as a people directory")
    if not is_csv and kind is DocumentKind.DIRECTORY:
        raise ReadError(path, f"{said}, but only .csv files can be people directories")


def guess_kind(doc_id: str, parsed: Parsed) -> DocumentKind:
    """Workshop if the path, title, an attendee heading or attendee metadata says so."""
    words = re.sub(r"[_\-./\\]+", " ", doc_id)
    if _WORKSHOP_WORDS.search(words) or _WORKSHOP_WORDS.search(parsed.title):
        return DocumentKind.WORKSHOP
    if _ATTENDEE_HEADING.search(parsed.text):
        return DocumentKind.WORKSHOP
    if any(parsed.metadata.get(key) for key in ATTENDEE_KEYS):
        return DocumentKind.WORKSHOP
    return DocumentKind.EVIDENCE
