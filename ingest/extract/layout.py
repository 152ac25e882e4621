"""A document's layout as extraction asks about it: which block a character is in, whether
a block may be quoted, what its section means, and where the top of the document ends.

Quotable blocks are prose, list items and table rows. A title, a heading or a "Key: value"
line is never quoted: facts found there keep their offsets but no quote, so no answer ever
shows a heading or a metadata line as what someone said.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import cached_property

from graph.reference.names import TITLE_BEFORE
from ingest.extract.front_blocks import front_blocks
from ingest.extract.listed import apology_rows
from ingest.extract.row_types import Typed, typed_rows
from ingest.extract.sections import (
    Role,
    Section,
    announces_learning,
    opens_with_apologies,
    role_of_heading,
    says_apologies,
    sections,
)
from ingest.types import Block, BlockKind, RawDocument

QUOTABLE = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_ROW})
LABEL_WORDS = 6  # a table's first row of cells this short is its header
_FIGURE = re.compile(r"[~<>≈]?[£$€]?\d[\d,.]*\s*%?")  # "212,400", "11%", "£4.1"


def _labels_over_figures(row: Block, below: Block) -> bool:
    """A first row with no figure over a row whose cells but the first are figures ("Year |
    Women switched to another product | …" over "2023 | 4,180 | 11%"): the header of a table
    of figures, however long its labels."""
    figures = [bool(_FIGURE.fullmatch(c.strip())) for c in below.cells[1:]]
    return (
        len(row.cells) >= 3
        and not any(_FIGURE.fullmatch(c.strip()) for c in row.cells)
        and bool(figures)
        and all(figures)
    )


_ASIDE_ENDS = re.compile(r"\s*(?:\([^()]*\))?\s*:?\s*")  # what may follow a heading's words
_RUN_IN = re.compile(r"(?:\d{1,2}\.\s+)?([A-Z][^.!?:\n]{2,50})\.\s+(?=[A-Z])")  # a run-in head
_LEAD_IN = re.compile(r"([A-Z][^:.!?\n]{2,90}):\s+(?=\S)")  # "What the committee took from it: "
_LED_IN = re.compile(  # the clause before a colon in the middle of a paragraph
    r"(?:^|[.!?;,—–]\s+)([A-Za-z][^.!?;,:—–\n]{2,60}?)(?:\s+(?:were|was|are|is|included))?:\s+"
    r"[^.!?]*$"  # no sentence ends between the colon and the name
    # or a clause whose verb leads straight to the name ("Our guest this week was Ann Bell")
    r"|(?:^|[.!?;]\s+)(?:our\s+|the\s+)?([A-Za-z][^.!?;,:—–\n]{2,40}?)"
    r"(?:\s+(?:this|last|next)\s+(?:week|month|time|session|evening|morning|afternoon)"
    r"|\s+today|\s+tonight|\s+on\s+the\s+day)?"
    r"\s+(?:were|was|is|are)\s+" + TITLE_BEFORE + "?$",
    re.IGNORECASE,
)
LABELLED_WORDS = 12  # a "Label: value" whose value is a sentence this long is prose
OUTLINE_HEAD_WORDS = 6  # a point this short over sub-points heads them


TITLE_LINES = 30  # blocks over a title chosen below the first line (a letter's subject)
MIN_TITLE_LINE = 12  # characters of a line the title was taken from


@dataclass
class Layout:
    raw: RawDocument
    sections: list[Section]
    starts: list[int] = field(default_factory=list)
    role: list[Role] = field(default_factory=list)  # per block: its section's meaning
    heading_of: list[int] = field(default_factory=list)  # per block: its section's heading
    said_by: list[int] = field(default_factory=list)  # per block: the heading giving its meaning
    front: set[int] = field(default_factory=set)
    _labelled: dict[int, int] = field(default_factory=dict, repr=False)  # labelled_prose's

    @classmethod
    def of(cls, raw: RawDocument) -> Layout:
        layout = cls(raw, sections(raw))
        layout.starts = [b.start for b in raw.blocks]
        layout.role = [Role.PROSE] * len(raw.blocks)
        layout.heading_of = [-1] * len(raw.blocks)
        layout.said_by = [-1] * len(raw.blocks)
        for section in layout.sections:
            role, heading, by = section.role, section.heading, section.said
            after = (role, heading, by)  # the meaning once an announced list ends
            announced = section.heading >= 0 and announces_learning(layout.text(section.heading))
            listed = False  # the announced list has begun
            parent = raw.blocks[section.heading].section if section.heading >= 0 else -1
            outer = (layout.role[parent], parent, parent) if parent >= 0 else (Role.PROSE, -1, -1)
            if announced:  # "5.4 Governors took three points from the item:" set as a heading
                after = outer
            items = role in LIST_ONLY  # an agenda's or a to-do list's meaning, which ends with
            # its items: a letter's closing paragraph after "Questions we are still working
            # on" is the letter speaking again
            for i in section.blocks:
                said = _inline_heading(raw, i)
                if said is not None:  # "Next steps (not agreed yet!)" set as a line of text
                    after = (role, heading, by)
                    role, heading, by = said, i, i
                    announced, listed = announces_learning(layout.text(i)), False
                elif announced and raw.blocks[i].kind == BlockKind.LIST_ITEM:
                    listed = True
                elif announced and listed:
                    role, heading, by = after  # a lead-in's meaning ends with its list
                    announced = listed = False
                elif items and raw.blocks[i].kind == BlockKind.LIST_ITEM:
                    listed = True
                elif items and listed and _prose_after(raw, i):
                    role, heading, by = outer
                    items = listed = False
                elif _outline_head(raw, i):  # "- Why we met" over its own sub-points
                    role, heading, by = section.role, section.heading, section.said
                layout.role[i] = role
                layout.heading_of[i] = heading
                layout.said_by[i] = by
            if section.heading >= 0:
                layout.role[section.heading] = section.role
                layout.heading_of[section.heading] = section.heading
        layout.front = front_blocks(raw, layout.sections)
        return layout

    @cached_property
    def typed(self) -> tuple[dict[int, Typed], set[int]]:
        """The rows typed by a column of their table, and those tables (ingest.extract.
        row_types), read once for everything that asks."""
        return typed_rows(self.raw)

    def title_blocks(self) -> list[int]:
        """The lines at the top the document's title (`raw.title`, once chosen) is written
        in: its first line, or a headline under banners, a letter's subject over "Dear …", a
        label in capitals and the headline under it, which the title joins ("Chart of the
        week: How many …?"); a title set in capitals counts in any case."""
        folded = " ".join(self.raw.title.casefold().split())
        found = []
        for i in range(min(len(self.raw.blocks), TITLE_LINES)):
            text = " ".join(self.text(i).casefold().split())
            if text and (i == 0 or len(text) >= MIN_TITLE_LINE) and text in folded:
                found.append(i)
        return found

    def block_at(self, offset: int) -> int:
        """The index of the block holding character `offset` (-1: none, or no blocks)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0 or offset >= self.raw.blocks[i].end:
            return -1
        return i

    def block(self, i: int) -> Block:
        return self.raw.blocks[i]

    @cached_property
    def _table_heads(self) -> dict[int, Block]:
        """Each table's header: its row marked as one, else its first row (found once)."""
        heads: dict[int, Block] = {}
        for block in self.raw.blocks:
            if block.kind != BlockKind.TABLE_ROW:
                continue
            if block.table not in heads or (block.header and not heads[block.table].header):
                heads[block.table] = block
        return heads

    def column_head(self, offset: int) -> str:
        """The header (folded) of the table column holding character `offset`: its table's
        row marked as the header, else its first row ("Setting | Represented by"); "" outside
        a table, in the header itself, or where the row has no such cell."""
        i = self.block_at(offset)
        if i < 0 or self.raw.blocks[i].kind != BlockKind.TABLE_ROW:
            return ""
        row = self.raw.blocks[i]
        head = self._table_heads.get(row.table)
        if head is None or head is row or len(head.cells) != len(row.cells):
            return ""
        for n, span in enumerate(row.cell_spans(self.raw.text)):
            if span is not None and span[0] <= offset < span[1]:
                return " ".join(head.cells[n].casefold().split())
        return ""

    def role_at(self, i: int) -> Role:
        """Block i's meaning: its own key's ("Sent apologies: …" inside a list of who came),
        else its section's."""
        block = self.raw.blocks[i]
        if block.kind == BlockKind.METADATA and block.key:
            own = role_of_heading(block.key)
            if own is not None:
                return own
            if says_apologies(block.key):  # "Not able to join: Dr A (…), who had offered …"
                return Role.APOLOGIES
        if self.role[i] == Role.ATTENDANCE and (  # "In the margin: sent apologies — Dan …";
            # a paragraph of who came that ends "… sent apologies" is still who came
            opens_with_apologies(self.said(i))
            if self.raw.blocks[i].kind == BlockKind.PARAGRAPH
            else says_apologies(self.said(i))
        ):
            return Role.APOLOGIES
        return self.role[i]

    def said(self, i: int) -> str:
        """Block i's text; for a heading (a speaker's name over their profile), its part's."""
        if self.raw.blocks[i].kind != BlockKind.HEADING:
            return self.text(i)
        under = itertools.takewhile(
            lambda j: self.heading_of[j] == i, range(i + 1, len(self.raw.blocks))
        )
        return " ".join(self.text(j) for j in under)

    def quotable(self, i: int) -> bool:
        """Prose, a list item, a table row or a labelled paragraph ("Background: Older men
        who live alone …", "**What it found:** Crews who …"): never a title, a heading or a
        short "Key: value"."""
        return i >= 0 and (self.raw.blocks[i].kind in QUOTABLE or self.labelled_prose(i) >= 0)

    def labelled_prose(self, i: int) -> int:
        """Where the prose of a "Label: sentence…" block starts, when it is one (-1: not);
        worked out once per block, as it is asked once per name in it."""
        block = self.raw.blocks[i]
        if block.kind != BlockKind.METADATA:
            return -1
        if i not in self._labelled:
            self._labelled[i] = self._label_end(block)
        return self._labelled[i]

    def _label_end(self, block: Block) -> int:
        text = self.raw.text[block.start : block.end]
        at = text.find(":") + 1
        value = text[at:].strip()
        if len(value.split()) < LABELLED_WORDS or not value.endswith((".", "!", "?")):
            return -1
        return block.start + at + (len(text[at:]) - len(text[at:].lstrip()))

    def label(self, i: int) -> tuple[str, int]:
        """(label, where its prose starts) of a labelled block: a "Label: sentence…" line, or
        a paragraph or list item led in by words that name a section's meaning ("What the
        committee took from Gwyn's story: a phone call …", "Key learning: …") or by a run-in
        heading that does ("4. Learning for practice. Seeing a patient alone …"); ("", -1)."""
        block = self.raw.blocks[i]
        if block.kind == BlockKind.METADATA:
            at = self.labelled_prose(i)
            return (block.key, at) if at >= 0 else ("", -1)
        boxed = block.kind == BlockKind.TABLE_ROW and len(block.cells) <= 1  # a shaded box
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and not boxed:
            return "", -1
        for lead in (_LEAD_IN, _RUN_IN):  # "Key learning: …", "4. Learning for practice. …"
            found = lead.match(self.raw.text, block.start, block.end)
            if found is not None and role_of_heading(found.group(1)) is not None:
                return found.group(1), found.end()
        return "", -1

    def led_in(self, i: int, offset: int) -> Role | None:
        """The meaning of the clause that leads into a colon before `offset`, in the middle
        of block i ("Great morning! For the record, round the table were: Ann Bell (GP), …")."""
        clause = self.led_in_clause(i, offset)
        return role_of_heading(clause) if clause is not None else None

    def led_in_clause(self, i: int, offset: int) -> str | None:
        """The words of that clause ("round the table", "Our guest this week")."""
        block = self.raw.blocks[i]
        text = self.raw.text
        # The clause starts after the last sentence end (or at it), so the search starts
        # there, not at the block's start, and looks back no further than LED_IN_REACH:
        # one long paragraph of names would otherwise be searched once per name.
        start = max(block.start, offset - LED_IN_REACH)
        title = _TITLE_LAST.search(text, max(start, offset - 30), offset)  # "was Dr. ": no end
        before = title.start() if title else offset
        start = max(start, *(text.rfind(end, start, before) for end in ".!?"))
        if start > block.start and text[start] not in ".!?":
            return None  # nothing ends a sentence within reach: no clause leads to the name
        found = _LED_IN.search(text[start:offset])  # "^": the block's start
        return (found.group(1) or found.group(2)) if found else None

    @cached_property
    def apology_rows(self) -> set[int]:
        """The table rows under a one-cell "Apologies" row (ingest.extract.listed)."""
        return apology_rows(self.raw)

    @cached_property
    def header_rows(self) -> frozenset[int]:
        """The rows that head their table: marked as one, or a first row of short labels (none
        over LABEL_WORDS words nor ending as a sentence) with rows under it (a PDF's or a
        plain-text table's "Theme | Reviews where it appeared | Grading of care")."""
        out: set[int] = set()
        seen: set[int | None] = set()
        blocks = self.raw.blocks
        for i, block in enumerate(blocks):
            if block.kind != BlockKind.TABLE_ROW:
                continue
            first = block.table not in seen
            seen.add(block.table)
            under = i + 1 < len(blocks) and blocks[i + 1].kind == BlockKind.TABLE_ROW
            if block.header or (
                first
                and under
                and blocks[i + 1].table == block.table
                and (
                    all(len(c.split()) <= LABEL_WORDS and not c.endswith(".") for c in block.cells)
                    or _labels_over_figures(block, blocks[i + 1])
                )
            ):
                out.add(i)
        return frozenset(out)

    @cached_property
    def table_headers(self) -> dict[int, Block]:
        """Each table's header row, by table (read once: a table may have many rows)."""
        out: dict[int, Block] = {}
        for block in self.raw.blocks:
            if block.kind == BlockKind.TABLE_ROW and block.header:
                out.setdefault(block.table, block)
        return out

    def text(self, i: int) -> str:
        block = self.raw.blocks[i]
        return self.raw.text[block.start : block.end]

    def clip(self, start: int, end: int, offset: int) -> tuple[int, int]:
        """(start, end) cut to the block that holds `offset` (no block: unchanged)."""
        i = self.block_at(offset)
        if i < 0:
            return start, end
        block = self.raw.blocks[i]
        return max(start, block.start), min(end, block.end)


_TITLE_LAST = re.compile(r"\s" + TITLE_BEFORE + "$", re.IGNORECASE)
LED_IN_REACH = 5000  # characters looked back for a clause leading in to a name
LEAD_IN_WORDS = 12  # a line of text over a list, read as the list's heading
_NUMBERED_RUN_IN = re.compile(  # a numbered minute's head run into its text: "3.4 Lessons for
    r"\d+(?:\.\d+)*\.?\s+([A-Z][^.:;!?]{2,60})[.:]\s+\S"  # the council. The council …:"
)


LIST_ONLY = frozenset({Role.AGENDA, Role.ACTIONS})
PROSE_AFTER_CHARS = 150  # a paragraph this long after a list's items is no item of it


def _prose_after(raw: RawDocument, i: int) -> bool:
    """Whether block i is a paragraph of prose (long, ending a sentence), not a list's item."""
    block = raw.blocks[i]
    text = raw.text[block.start : block.end].rstrip()
    return (
        block.kind == BlockKind.PARAGRAPH
        and len(text) >= PROSE_AFTER_CHARS
        and text.endswith((".", "!", "?"))
    )


def _inline_heading(raw: RawDocument, i: int) -> Role | None:
    """The meaning of a short line of text that is a heading in all but its setting ("Next
    steps (not agreed by everyone yet!)", "Actions:"), if it is one."""
    block = raw.blocks[i]
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.METADATA):
        return None
    if block.kind == BlockKind.LIST_ITEM and _in_contents(raw, i):
        return None  # "- What we learned" among "- Background", "- Methods": a table of contents
    text = raw.text[block.start : block.end]
    after = raw.blocks[i + 1].kind if i + 1 < len(raw.blocks) else None
    lead_in = (  # "Outcome: Agreed as the three things the first year taught us -" too
        block.kind in (BlockKind.PARAGRAPH, BlockKind.METADATA)
        and after in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)  # "… is signed by:" over a table
    )
    if lead_in and announces_learning(text):  # "The Forum noted the following learning:"
        return Role.LEARNING
    run_in = _NUMBERED_RUN_IN.match(text) if lead_in else None
    if run_in and (said := role_of_heading(run_in.group(1))):  # "3.4 Lessons for the …. The …:"
        return said
    head = text.split("(")[0].strip()
    if not _ASIDE_ENDS.fullmatch(text[len(head) :]):
        return None  # "Thank you for coming on Tuesday (11 March) to the …": a sentence
    if block.kind == BlockKind.METADATA:
        head = block.key if text[len(block.key) :].strip(" :") == "" else ""
    if not head or len(head.split()) > (LEAD_IN_WORDS if lead_in else 6):
        return None  # (a short line over a list heads it: "What the pilot has taught us so far")
    return role_of_heading(head)


def _in_contents(raw: RawDocument, i: int) -> bool:
    """Whether list item i is one of a list of short items with no sub-points (a table of
    contents, a tab bar): each names a part elsewhere, none heads what follows it."""
    blocks = raw.blocks
    block = blocks[i]
    siblings = [
        b
        for b in blocks[max(0, i - 1) : i + 2]
        if b.kind == BlockKind.LIST_ITEM and b.level == block.level
    ]
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    nested = nxt is not None and nxt.kind == BlockKind.LIST_ITEM and nxt.level > block.level
    return len(siblings) >= 2 and not nested


def _outline_head(raw: RawDocument, i: int) -> bool:
    """Whether list item i is a short point with sub-points of its own: in an outline, the
    heading of what is under it (so it ends the meaning of the point before it)."""
    blocks = raw.blocks
    block = blocks[i]
    if block.kind != BlockKind.LIST_ITEM or i + 1 >= len(blocks):
        return False
    after = blocks[i + 1]
    short = len(raw.text[block.start : block.end].split()) <= OUTLINE_HEAD_WORDS
    return short and after.kind == BlockKind.LIST_ITEM and after.level > block.level
