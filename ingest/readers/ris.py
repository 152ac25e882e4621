"""A reference exported from a reference manager in RIS (often saved as .txt): tagged lines
"TY  - RPRT", "AU  - Lavery, Niamh", "TI  - …", "PY  - 2025", "AB  - …", "ER  - ". Read as the
record it is: the title (TI, T1), its authors named forename first with their affiliations
(AD, paired with the authors when there is one for each), year, publisher and place, the
series or journal, the abstract as prose, keywords and notes. Only a text that opens with a
type line and has an end-of-record line is read so; the first record of an export is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.readers.base import one_line
from ingest.readers.structured import Block
from ingest.types import BlockKind

MAX_CHARS = 200_000
_TAG = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_AUTHORS = ("AU", "A1", "A2", "A3", "A4")
_TITLES = ("TI", "T1")
_FIELDS = (  # tag -> the key it is shown under
    ("PY", "Year"),
    ("Y1", "Year"),
    ("DA", "Date"),
    ("PB", "Publisher"),
    ("CY", "Place"),
    ("T2", "Published in"),
    ("JO", "Published in"),
    ("JF", "Published in"),
    ("DO", "DOI"),
    ("UR", "URL"),
)


def forename_first(name: str) -> str:
    """'Lavery, Niamh' -> 'Niamh Lavery'; 'Blaney, Ciarán A., Jr' -> 'Ciarán A. Blaney Jr'.

    >>> forename_first("Lavery, Niamh"), forename_first("Niamh Lavery")
    ('Niamh Lavery', 'Niamh Lavery')
    """
    parts = [p.strip() for p in name.split(",") if p.strip()]
    if len(parts) < 2:
        return name.strip()
    return " ".join([parts[1], parts[0], *parts[2:]])


def ris_blocks(source: str) -> list[Block] | None:
    """The blocks of an RIS record, or None when the text is not one.

    >>> text = "TY  - RPRT\\nAU  - Bell, Ann\\nTI  - Falls in Fife\\nPY  - 2025\\nER  - "
    >>> [text for _kind, text, _level in ris_blocks(text)]
    ['Falls in Fife', 'Authors: Ann Bell', 'Year: 2025']
    """
    if len(source) > MAX_CHARS:
        return None
    lines = [line.rstrip() for line in source.strip().split("\n")]
    if (
        not lines
        or not lines[0].startswith("TY  -")
        or not any(line.startswith("ER  -") for line in lines)
    ):
        return None
    fields: dict[str, list[str]] = {}
    tag = ""
    for line in lines:
        found = _TAG.match(line)
        if found:
            tag = found.group(1)
            if tag == "ER":
                break
            fields.setdefault(tag, []).append(found.group(2) or "")
        elif tag and line.strip():  # a value wrapped onto the next line
            fields[tag][-1] = f"{fields[tag][-1]} {line.strip()}"
    authors = [forename_first(a) for t in _AUTHORS for a in fields.get(t, []) if a.strip()]
    places = [a for a in fields.get("AD", []) if a.strip()]
    title = next((one_line(t) for tag in _TITLES for t in fields.get(tag, []) if t.strip()), "")
    if not title:
        return None
    apart: list[str] = []
    if authors and len(places) == len(authors):  # one affiliation for each author, in order
        authors = [f"{a} ({p})" for a, p in zip(authors, places, strict=True)]
    elif authors:
        apart = places
    return record_blocks(
        title,
        authors,
        apart,
        [(key, value) for tag, key in _FIELDS for value in fields.get(tag, [])],
        " ".join(fields.get("AB", []) + fields.get("N2", [])),
        [k.strip() for k in fields.get("KW", []) if k.strip()],
        fields.get("N1", []),
    )


def record_blocks(
    title: str,
    authors: Sequence[str],
    affiliations: Sequence[str],
    fields: Sequence[tuple[str, str]],
    abstract: str,
    keywords: Sequence[str],
    notes: Sequence[str] = (),
) -> list[Block]:
    """A reference record's blocks, whatever format it came in (RIS, MEDLINE): its title,
    "Authors: …" (each "Name (affiliation)" where the record pairs them), any affiliations it
    does not pair on lines of their own, one "Key: value" line per key (its first value, in
    the order given), the abstract under its heading, the keywords and notes as prose."""
    blocks: list[Block] = [(BlockKind.TITLE, title, 0)]
    if authors:
        blocks.append((BlockKind.METADATA, "Authors: " + "; ".join(authors), 0))
    blocks += [(BlockKind.METADATA, f"Affiliation: {p}", 0) for p in affiliations]
    shown: set[str] = set()
    for key, value in fields:
        if value.strip() and key not in shown:
            blocks.append((BlockKind.METADATA, f"{key}: {one_line(value)}", 0))
            shown.add(key)
    if abstract.strip():
        blocks.append((BlockKind.HEADING, "Abstract", 2))
        blocks.append((BlockKind.PARAGRAPH, one_line(abstract), 0))
    if keywords:
        blocks.append((BlockKind.METADATA, "Keywords: " + "; ".join(keywords), 0))
    blocks += [(BlockKind.PARAGRAPH, one_line(n), 0) for n in notes if n.strip()]
    return blocks
