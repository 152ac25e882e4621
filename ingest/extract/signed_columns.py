"""A table whose header says what each column's person did to the document ("Prepared by |
Checked by | Signed off by", "Author | Approved by"), each cell under it a person with their
role and body ("Dympna Gallagher-Orr, Health Intelligence Analyst"): a document control's or a
brief's sign-off, read cell by cell with the meaning its column's label gives (used by
ingest.extract.people_tables). Whoever prepared, checked or signed off a document took part
in making it.
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from ingest.extract.listed import Listed, label_role
from ingest.extract.people_lists import header_columns, parse_people
from ingest.extract.sections import Role
from ingest.types import RawDocument

SIGNED = frozenset(  # what a sign-off's column says its person did to the document
    {
        "checked by",
        "signed off by",
        "approved by",
        "authorised by",
        "authorized by",
        "quality assured by",
        "verified by",
        "cleared by",
        "agreed by",
        "endorsed by",
    }
)
_MADE = frozenset({Role.AUTHORS, Role.CONTACTS})


def column_meaning(label: str) -> Role | None:
    """What being in a column under this label means: who made or signed off the document
    ("Prepared by", "Signed off by"), None for a column of anything else ("Name", "Date").

    >>> column_meaning("Signed off by"), column_meaning("Prepared by"), column_meaning("Date")
    (<Role.AUTHORS: 'authors'>, <Role.AUTHORS: 'authors'>, None)
    """
    words = fold(label).strip(" :")
    if words in SIGNED:
        return Role.AUTHORS
    said = label_role(label)
    return said if said in _MADE and words.endswith(" by") else None


def signed_columns(
    raw: RawDocument,
    gaz: Gazetteer,
    header: Sequence[str],
    body: Sequence[int],
    front: set[int],
) -> list[Listed] | None:
    """The people of a table whose every column is a sign-off's ("Prepared by | Checked by"),
    each with its column's meaning; None when the header is not such a row."""
    meanings = [column_meaning(cell) for cell in header]
    made = [meaning for meaning in meanings if meaning is not None]
    if len(header) < 2 or len(made) < len(meanings) or header_columns(header) is not None:
        return None
    return [
        Listed(entry, meaning, raw.blocks[i].start, raw.blocks[i].end, i in front)
        for i in body
        for cell, meaning in zip(raw.blocks[i].cells, made, strict=False)
        for entry in parse_people(cell, gaz)
    ]
