"""Building a document's text and its blocks together, so every block's offsets are exact.

Every reader adds blocks in reading order to a `BlockBuilder`; `build()` returns the plain
text and the blocks. Each block is one line of the text. Blocks are kept apart by a blank
line, except consecutive list items, table rows or metadata lines of one group (one list, one
table, one run of "Key: value" lines), which are kept apart by a single newline.

>>> builder = BlockBuilder()
>>> builder.add(BlockKind.TITLE, "Frailty  in\\nWales")
>>> builder.add(BlockKind.LIST_ITEM, "- not a marker, kept", group="list 1")
>>> builder.add(BlockKind.LIST_ITEM, "Second", group="list 1")
>>> text, blocks = builder.build()
>>> text
'Frailty in Wales\\n\\n- not a marker, kept\\nSecond'
>>> for b in blocks:
...     print(b.kind.value, repr(text[b.start : b.end]), b.section)
title 'Frailty in Wales' -1
list_item '- not a marker, kept' 0
list_item 'Second' 0
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

from ingest.readers.base import Budget, one_line, one_line_with_gaps
from ingest.readers.changes import accepted
from ingest.readers.lines import classify_lines
from ingest.types import Block, BlockKind

GROUPED = frozenset({BlockKind.LIST_ITEM, BlockKind.TABLE_ROW, BlockKind.METADATA})
HEADINGS = frozenset({BlockKind.TITLE, BlockKind.HEADING})


class BlockBuilder:
    """Accumulates blocks and their text; assigns offsets and sections."""

    def __init__(self, budget: Budget | None = None) -> None:
        self.budget = budget
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._length = 0
        self._last_group: tuple[BlockKind, Hashable] | None = None
        self._headings: list[tuple[int, int]] = []  # (level, block index), levels increasing
        self._tables = 0
        self._groups = 0

    @property
    def has_title(self) -> bool:
        return any(block.kind is BlockKind.TITLE for block in self.blocks)

    def new_group(self) -> int:
        """A fresh group number: list items or table rows added with it stay together."""
        self._groups += 1
        return self._groups

    def add_lines(
        self,
        lines: Sequence[str],
        *,
        title: bool = False,
        headings: bool = True,
        wrapped: bool = True,
        page: int | None = None,
        depth: int = 0,
        typeset: bool = False,
        floor: int = 0,
    ) -> None:
        """Classify one run of lines (see ingest.readers.lines) and add its blocks.

        `depth` is added to the level of list items (lines inside a list of the source);
        `floor` is the highest level a heading found among the lines may take (the lines of
        an element under a "### Contact" heading of the source are inside its section).
        """
        run = self.new_group()
        found = classify_lines(
            lines, title=title, headings=headings, wrapped=wrapped, typeset=typeset
        )
        for block in found:
            if block.kind is BlockKind.LIST_ITEM:
                level = block.level + depth
            else:
                level = max(block.level, floor) if block.kind is BlockKind.HEADING else block.level
            self.add(
                block.kind,
                block.text,
                level=level,
                page=page,
                key=block.key,
                group=(run, block.group),
            )

    def new_table(self) -> int:
        """The index for the next table of the document."""
        self._tables += 1
        return self._tables - 1

    def add(
        self,
        kind: BlockKind,
        text: str,
        *,
        level: int = 0,
        page: int | None = None,
        cells: tuple[str, ...] = (),
        table: int = -1,
        header: bool = False,
        key: str = "",
        group: Hashable = None,
    ) -> None:
        """Add a block; its text is collapsed to one line, and an empty block is dropped.

        A second TITLE becomes a level-1 HEADING: a document has at most one title.
        """
        if self.budget is not None:
            self.budget.check(self._length)
        text = unmention(one_line_with_gaps(accepted(text)))  # a draft reads with its changes
        # accepted; a column's wide gap stays (ingest.readers.base.one_line_with_gaps)
        if not text:
            return
        cells = tuple(unmention(cell) for cell in cells)
        if kind is BlockKind.TITLE and self.has_title:
            kind, level = BlockKind.HEADING, 1
        if kind is BlockKind.TITLE:
            level = 0
        elif kind is BlockKind.HEADING:
            level = min(max(level, 1), 6)
        grouping = (kind, group) if kind in GROUPED and group is not None else None
        if self._parts:
            separator = "\n" if grouping is not None and grouping == self._last_group else "\n\n"
            self._parts.append(separator)
            self._length += len(separator)
        self._last_group = grouping
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        index = len(self.blocks)
        self.blocks.append(
            Block(
                kind=kind,
                start=start,
                end=self._length,
                level=level,
                page=page,
                cells=tuple(one_line(accepted(cell)) for cell in cells),
                table=table,
                header=header,
                key=one_line(key),
                section=self._section(kind, level, index),
            )
        )

    def _section(self, kind: BlockKind, level: int, index: int) -> int:
        if kind in HEADINGS:
            while self._headings and self._headings[-1][0] >= level:
                self._headings.pop()
            parent = self._headings[-1][1] if self._headings else -1
            self._headings.append((level, index))
            return parent
        return self._headings[-1][1] if self._headings else -1

    def build(self) -> tuple[str, list[Block]]:
        return "".join(self._parts), self.blocks


_MENTION = re.compile(r"(?<![\w.@])@(?=[A-Z][\w'’-])")
_NEXT_MENTION = re.compile(r"(?<=[\w')’])\s+@(?=[A-Z][\w'’-])")


def unmention(text: str) -> str:
    """A chat's or a wiki's mentions read as the names they are: "@Ruaridh Dunbar" ->
    "Ruaridh Dunbar" (an e-mail address keeps its @).

    >>> unmention("Attendees: @Fiona Bell @Bo Li; mail fiona.bell@nhs.net")
    'Attendees: Fiona Bell, Bo Li; mail fiona.bell@nhs.net'
    """
    if "@" not in text:
        return text
    return _MENTION.sub("", _NEXT_MENTION.sub(", ", text))  # "@A @B": a list of two
