"""The top of a document (its header or title page), used by ingest.extract.layout: the blocks
up to the first heading after some text, a title page's lines set as headings (a subtitle, a
byline, the title set again over its verso's authors) kept in it, and the document's first
record of "Key: value" lines wherever the first heading fell."""

from __future__ import annotations

from graph.reference.names import marked_person
from ingest.extract.sections import Section
from ingest.readers.line_shapes import ends_address
from ingest.types import BlockKind, RawDocument

HEADINGS = frozenset({BlockKind.TITLE, BlockKind.HEADING})
FRONT_BLOCKS = 12  # the top of a document is at most this many blocks


def front_blocks(raw: RawDocument, secs: list[Section]) -> set[int]:
    """The top of a document (its header or title page): its blocks up to the first heading
    that comes after some text, at most FRONT_BLOCKS. A title page's lines set as headings
    (a subtitle, a byline) stay in it; "1. Introduction" after them ends it. When the title is
    a heading under a masthead, the top runs on to the first heading after it and its text."""
    top: set[int] = set()
    seen_text = False
    titled = next(  # the title, when it is a heading below a masthead ("Issue 14 · Winter")
        (
            i
            for i, b in enumerate(raw.blocks[:FRONT_BLOCKS])
            if b.kind in HEADINGS and raw.title and raw.text[b.start : b.end] == raw.title
        ),
        -1,
    )
    title = " ".join(raw.title.split())
    for i, block in enumerate(raw.blocks[:FRONT_BLOCKS]):
        if i == titled or (title and " ".join(raw.text[block.start : block.end].split()) == title):
            seen_text = False  # the byline under it is still the top (under a title page's
            top.add(i)  # title set again over its verso's authors too)
            continue
        if (
            block.kind == BlockKind.HEADING
            and seen_text
            and i > titled
            and not marked_person(raw.text[block.start : block.end])
            and not (i and ends_address(raw.text[raw.blocks[i - 1].start : raw.blocks[i - 1].end]))
        ):  # (a title under a logo line stays; so does an author set as a heading, and the
            break  # next author's name under the address of the one before)
        seen_text = seen_text or block.kind not in HEADINGS
        top.add(i)
    return top | _first_record(raw)


RECORD_LINES = 3  # "Key: value" lines in a row that make a document's record


def _first_record(raw: RawDocument) -> set[int]:
    """The document's record, when one starts near its top: its first run of "Key: value"
    lines ("Publisher: …", "Contact: …", "Maintainer: …" under "About this dataset"), read
    as part of its top wherever the first heading fell."""
    run: list[int] = []
    for i, block in enumerate(raw.blocks):
        if block.kind == BlockKind.METADATA:
            run.append(i)
            continue
        if len(run) >= RECORD_LINES:
            break
        run = []
        if i >= FRONT_BLOCKS:
            break
    return set(run) if len(run) >= RECORD_LINES and run[0] < FRONT_BLOCKS else set()
