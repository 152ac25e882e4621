"""People directory (.csv) reader: header synonyms, per-row validation, warnings."""

from __future__ import annotations

import csv
import io
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from graph.errors import ReadError
from ingest.readers.base import Budget, Parsed, ReadLimits, prettify_stem
from ingest.readers.encoding import decode_text
from ingest.types import DirectoryRow

logger = logging.getLogger(__name__)

DELIMITERS = ",;\t"
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "person"),
    "role": ("role", "job title", "title", "position"),
    "organisation": ("organisation", "organization", "org", "employer"),
    "profession": ("profession", "occupation"),
    "sector": ("sector",),
    "nation": ("nation", "country"),
    "email": ("email", "e-mail", "email address"),
    "expertise": (
        "expertise",
        "areas of expertise",
        "interests",
        "areas of interest",
        "topics",
        "specialism",
        "specialisms",
    ),
    "consent": (
        "consent",
        "consent to be contacted",
        "contact consent",
        "ok to contact",
        "can contact",
    ),
}
FIELD_OF_HEADER: dict[str, str] = {
    synonym: field_name for field_name, names in SYNONYMS.items() for synonym in names
}
CONSENT_YES = frozenset({"yes", "y", "true", "1", "agreed"})
CONSENT_NO = frozenset({"no", "n", "false", "0", "declined"})
CONSENT_UNKNOWN = frozenset({"", "unknown", "not known", "n/a", "na", "-", "?"})


class BadRow(ValueError):
    """A row that is skipped with a warning."""


@dataclass(frozen=True)
class Columns:
    """Which column index holds which DirectoryRow field."""

    index_of: dict[str, int]
    width: int


def read_csv(path: Path, data: bytes, limits: ReadLimits) -> Parsed:
    """Read a people directory; bad rows become warnings, not errors."""
    warnings: list[str] = []
    budget = Budget(path, limits)
    text = decode_text(path, data, warnings)
    records = _records(path, text, budget)
    if not records:
        raise ReadError(path, "empty file")
    (_, header), body = records[0], records[1:]
    columns = map_columns(path, header, warnings)
    rows: list[DirectoryRow] = []
    for line, record in body:
        budget.check()
        try:
            rows.append(parse_row(record, columns, line))
        except BadRow as exc:
            warnings.append(f"{path}:{line}: {exc}")
    skipped = len(body) - len(rows)
    if not rows:
        reason = f"no valid rows ({skipped} skipped)" if skipped else "no rows (only a header)"
        raise ReadError(path, reason)
    return Parsed(
        text=f"People directory: {len(rows)} people ({skipped} rows skipped)",
        title=prettify_stem(path),
        metadata={"columns": [cell.strip() for cell in header]},
        rows=rows,
        warnings=warnings,
    )


def _records(path: Path, text: str, budget: Budget) -> list[tuple[int, list[str]]]:
    """Non-blank records with the 1-based line number each starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    records: list[tuple[int, list[str]]] = []
    end_of_previous = 0
    try:
        for record in reader:
            budget.check()
            start, end_of_previous = end_of_previous + 1, reader.line_num
            if any(cell.strip() for cell in record):
                records.append((start, record))
    except csv.Error as exc:
        raise ReadError(path, f"not a valid CSV (line {reader.line_num}: {exc})") from None
    return records


def sniff_delimiter(text: str) -> str:
    """',', ';' or tab: csv.Sniffer on a sample, checked against the header line."""
    sample = text[:8192]
    first_line = next((line for line in sample.splitlines() if line.strip()), "")
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        delimiter = ","
    if delimiter in first_line:
        return delimiter
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def normalise_header(cell: str) -> str:
    """'  Full_Name ' -> 'full name' (case, underscores and runs of spaces ignored)."""
    return re.sub(r"[\s_]+", " ", cell.replace("\ufeff", "")).strip().lower()


SHOWN_COLUMNS = 20  # a message names at most this many columns (a header may have a million)


def some_columns(cells: list[str]) -> str:
    """'a, b, c' for a few cells; the first SHOWN_COLUMNS and '… and N more' for many."""
    shown = ", ".join(cells[:SHOWN_COLUMNS])
    if len(cells) > SHOWN_COLUMNS:
        shown += f", … and {len(cells) - SHOWN_COLUMNS:,} more"
    return shown


def map_columns(path: Path, header: list[str], warnings: list[str]) -> Columns:
    """Match header cells to fields; requires a name column, warns about ignored ones."""
    index_of: dict[str, int] = {}
    ignored: list[str] = []
    for index, cell in enumerate(header):
        field_name = FIELD_OF_HEADER.get(normalise_header(cell))
        if field_name is None or field_name in index_of:
            if cell.strip():
                ignored.append(cell.strip())
            continue
        index_of[field_name] = index
    if "name" not in index_of:
        found = some_columns([cell.strip() for cell in header if cell.strip()])
        raise ReadError(path, f"no 'name' column (found: {found})")
    if ignored:
        warnings.append(f"{path}: ignored columns: {some_columns(ignored)}")
    return Columns(index_of=index_of, width=len(header))


def parse_row(record: list[str], columns: Columns, line: int) -> DirectoryRow:
    """Validate one record into a DirectoryRow; raises BadRow with the reason."""
    extra = record[columns.width :]
    if len(record) < columns.width or any(cell.strip() for cell in extra):
        raise BadRow(f"wrong number of fields (expected {columns.width}, got {len(record)})")
    values = {name: record[i].strip() for name, i in columns.index_of.items()}
    if not values["name"]:
        raise BadRow("empty name")
    email = values.get("email", "")
    if email and "@" not in email:
        raise BadRow(f"email {email!r} has no '@'")
    return DirectoryRow(
        line=line,
        name=values["name"],
        role=values.get("role", ""),
        organisation=values.get("organisation", ""),
        profession=values.get("profession", ""),
        sector=values.get("sector", ""),
        nation=values.get("nation", ""),
        email=email,
        consent=parse_consent(values.get("consent", "")),
        expertise=values.get("expertise", ""),
    )


def parse_consent(value: str) -> bool | None:
    """yes/y/true/1/agreed -> True, no/n/false/0/declined -> False, blank/unknown -> None."""
    lowered = value.strip().lower()
    if lowered in CONSENT_YES:
        return True
    if lowered in CONSENT_NO:
        return False
    if lowered in CONSENT_UNKNOWN:
        return None
    raise BadRow(f"unparseable consent value {value.strip()!r} (expected yes/no)")
