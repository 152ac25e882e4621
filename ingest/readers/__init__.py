"""Readers stage: source files (txt, md, docx, pdf, html, csv) -> RawDocument records."""

from ingest.readers.base import SUPPORTED_SUFFIXES, ReadLimits, Skipped
from ingest.readers.core import ReadReport, discover, read_all, read_document

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ReadLimits",
    "ReadReport",
    "Skipped",
    "discover",
    "read_all",
    "read_document",
]
