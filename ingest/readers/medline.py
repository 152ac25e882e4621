"""A PubMed record in MEDLINE format (PubMed's "Save: PubMed format", a .nbib file, a record
pasted into an e-mail): tags of up to four capitals padded to four, "- " and the value
("PMID- 40012345", "TI  - …", "FAU - Bell, Ann", "AD  - …"), a value wrapped onto lines
indented six spaces. Read as the record it is: its title, its authors forename first, each
with the affiliation listed after them, the date and journal, the abstract as prose and its
keywords. Text before the record (the e-mail that sent it) is left to the plain reader.
"""

from __future__ import annotations

import re

from ingest.readers.base import one_line
from ingest.readers.ris import forename_first, record_blocks
from ingest.readers.structured import Block

MAX_CHARS = 200_000
_TAG = re.compile(r"^([A-Z][A-Z0-9]{1,3}) *- ?(.*)$")
_WRAPPED = "      "  # a value carried on: six spaces
_START = re.compile(r"^PMID- ?\d+\s*$", re.MULTILINE)
_FIELDS = (("DP", "Date"), ("JT", "Published in"), ("TA", "Published in"), ("LID", "DOI"))


def medline_record(source: str) -> tuple[int, list[Block]] | None:
    """Where a MEDLINE record starts in the text (its "PMID-" line) and its blocks; None
    when the text holds none.

    >>> text = "Dear all,\\n\\nPMID- 1\\nTI  - Falls in Fife\\nFAU - Bell, Ann\\nAD  - NHS Fife."
    >>> at, blocks = medline_record(text)
    >>> text[:at], [line for _kind, line, _level in blocks]
    ('Dear all,\\n\\n', ['Falls in Fife', 'Authors: Ann Bell (NHS Fife.)'])
    """
    if len(source) > MAX_CHARS:
        return None
    start = _START.search(source)
    if start is None:
        return None
    fields: list[tuple[str, str]] = []
    for line in source[start.start() :].split("\n"):
        tagged = _TAG.match(line) if line[4:6] == "- " or line.startswith("PMID-") else None
        if tagged:
            fields.append((tagged.group(1), tagged.group(2).strip()))
        elif line.startswith(_WRAPPED) and fields and line.strip():
            tag, value = fields[-1]
            fields[-1] = (tag, f"{value} {line.strip()}")
        elif line.strip():
            break  # the record has ended
    blocks = _blocks(fields)
    return (start.start(), blocks) if blocks else None


def _blocks(fields: list[tuple[str, str]]) -> list[Block]:
    title = next((one_line(v) for t, v in fields if t == "TI" and v), "")
    if not title:
        return []
    authors: list[list[str]] = []  # [name, its first affiliation]
    full = any(t == "FAU" for t, _v in fields)
    for tag, value in fields:
        if tag == ("FAU" if full else "AU") and value:
            authors.append([forename_first(value), ""])
        elif tag == "AD" and authors and not authors[-1][1]:
            authors[-1][1] = one_line(value)
    named = [f"{name} ({place})" if place else name for name, place in authors]
    return record_blocks(
        title,
        named,
        [],
        [(key, value) for tag, key in _FIELDS for t, value in fields if t == tag],
        " ".join(v for t, v in fields if t == "AB"),
        [v for t, v in fields if t in ("OT", "MH") and v],
    )
