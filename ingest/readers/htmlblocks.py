"""HTML elements -> blocks, by one iterative walk (never recursion: deep HTML is no risk).

h1-h6 are headings (the first h1 is the TITLE), p/div text is read through the shared line
classifier (a run of one-line paragraphs such as "Date: ..." or "Ann Smith – GP" is read as one
run of lines), li is a LIST_ITEM with its depth, tr a TABLE_ROW (th cells: a header), dt/dd
pairs METADATA with the dt as key (each of several dd under one dt); a paragraph wholly in bold
that reads as a heading is a HEADING one level below the last. Page furniture is dropped:
script, style, nav, the page's header and footer (not an article's: its credits are read), a
sidebar (an aside outside the article, or one made mostly of links), form and cookie banners;
the page's own details among them (a sidebar of its fields or credits, its footer's credit
lines) are kept (ingest.readers.htmlsides).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from selectolax.lexbor import LexborNode

from ingest.readers.blocks import BlockBuilder
from ingest.readers.htmlsides import SECTIONING, mostly_links, own_box
from ingest.readers.line_shapes import cell_lines
from ingest.readers.lines import is_heading_line
from ingest.readers.marks import superscript
from ingest.types import BlockKind

DROPPED = frozenset("script style noscript nav form template svg iframe object select".split())
LABEL_WORDS = 6  # a line all in bold over a <br> this short labels the lines under it
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LISTS = frozenset({"ul", "ol", "menu"})
BOXES = frozenset({"div", "section", "article", "li"})
BOLD = frozenset({"strong", "b"})
BLOCKS = HEADINGS | frozenset(
    """p div section article main blockquote ul ol menu dl dt dd table tr pre figure
    figcaption caption hr address details summary fieldset body header li center
    legend""".split()
)
BANNERS = frozenset({"div", "section", "dialog", "p"})  # elements cookie banners are made of
_COOKIE = re.compile(r"cookie|consent-banner|gdpr", re.I)
_SPACE = re.compile(r"\s+")


@dataclass
class _Cell:
    header: bool
    parts: list[str] = field(default_factory=list)


class HtmlBlocks:
    """Walks a content root and adds its blocks to a builder."""

    def __init__(self, path: Path, builder: BlockBuilder, warnings: list[str]) -> None:
        self.path = path
        self.builder = builder
        self.warnings = warnings
        self.lines: list[str] = [""]  # the inline text being collected, by line
        self.run: list[str] = []  # consecutive one-line paragraphs, read as one run
        self.lists: list[int] = []  # group of the outermost open list, per open list
        self.items: list[int] = []  # list depth of each open li
        self.table = -1
        self.tables: list[int] = []
        self.row: list[_Cell] | None = None
        self.cell: _Cell | None = None
        self.inner_cells = 0  # cells of tables nested in the open cell
        self.dls: list[int] = []
        self.sections = 0  # open article/main/section elements
        self.key: str | None = None  # a dt waiting for its dd
        self.dd_key: str | None = None  # the dt of the dd just read: a further dd is its too
        self.pre = 0
        self.stray_items = False
        self.heading_level = 1  # of the last h1-h6
        self.heading_at = -1  # the number of blocks when it was added
        self.panels = 0  # open tab panels
        self.sup = 0  # open <sup>: its digits are footnote marks ("Sandeep Gill<sup>2</sup>")
        self.bold = 0  # open <strong>/<b>
        self.plain = False  # whether the inline text collected so far has words not in bold
        self.plain_from = -1  # the first line of it with words not in bold (-1: none yet)
        self.headed = 0  # h1-h6 read so far
        self.boxes: list[int] = []  # per open div/section/article: `headed` when it opened

    def walk(self, root: LexborNode) -> None:
        tabs = _tab_labels(root)
        layout = _layout_tables(root)
        stack: list[tuple[LexborNode, bool]] = [(root, False)]
        while stack:
            node, leaving = stack.pop()
            tag = node.tag or ""
            if tag in LAYOUT_PARTS and _layout_part(node, layout):
                tag = "div" if tag in ("td", "th") else "-layout"  # a cell of a table that
                # lays a page out (an e-mail newsletter's wrapper) is a box of blocks
                if tag == "-layout":
                    stack.extend(
                        (child, False) for child in reversed(list(node.iter(include_text=True)))
                    )
                    continue
            if leaving:
                self._close(tag)
                if tag in BOXES:
                    self._close_box()
                self.panels -= node.attributes.get("role") == "tabpanel"
                continue
            if tag == "-text":
                self._text(node.text_content or "")
                continue
            if tag.startswith("-") or _dropped(node, tag, self.sections):
                continue  # comments, doctype, page furniture
            if tag == "aside" and self.sections == 0:  # a box of fields beside the text: each
                self._flush()  # part read on its own, as a side box outside the article is
                self._flush_run()
                for part in node.iter(include_text=True):
                    self.walk(part)
                continue
            label = tabs.get(node.attributes.get("id") or "") if tag in BLOCKS else None
            if label and node.attributes.get("role") == "tabpanel":
                self._flush()  # a tab's panel: headed by its tab's label
                self._flush_run()
                self.builder.add(BlockKind.HEADING, label, level=self._level())
                self.panels += 1
            if tag == "small" and self.lines[-1].rstrip()[-1:].isalnum():
                self.lines[-1] = self.lines[-1].rstrip() + ", "  # "Dr A <small>GP, Board": an
                # aside set small after a name is its own part, not more of the name
            self._open(tag)
            if tag in BOXES:
                self.boxes.append(self.headed)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
        self._flush()
        self._flush_run()
        if self.stray_items:
            self.warnings.append(f"{self.path}: malformed list: <li> outside <ul>/<ol>")

    def _level(self, summary: bool = False) -> int:
        """A heading made from a tab (one below the page's last heading) or an accordion's
        summary (one below its tab, if it is in one)."""
        return min(self.heading_level + 1 + (self.panels if summary else 0), 6)

    def _floor(self) -> int:
        """The highest level a heading found among an element's lines may take: under the
        page's last heading when the element is the first thing under it ("<h3>Contact</h3>
        <p>A<br>Role<br>Organisation</p>": the contact's card is the heading's value); any
        level further down ("<p>A<br>Role</p>" signing off after the last section's list)."""
        return self._level() if len(self.builder.blocks) == self.heading_at else 0

    # -- inline text ----------------------------------------------------------------------

    def _text(self, text: str) -> None:
        if self.sup:
            text = superscript(text)
        if not self.bold and text.strip():
            self.plain = True
            if self.plain_from < 0:
                self.plain_from = len(self.lines) - 1
        if self.pre:
            first, *rest = text.split("\n")
            self.lines[-1] += first
            self.lines.extend(rest)
        else:
            self.lines[-1] += _SPACE.sub(" ", text)

    def _take(self) -> list[str]:
        if len(self.lines) == 1 and not self.lines[0]:
            return []
        lines = [" ".join(line.split()) for line in self.lines]
        self.lines = [""]
        self.plain, self.plain_from = False, -1
        return [line for line in lines if line]

    # -- elements -------------------------------------------------------------------------

    def _open(self, tag: str) -> None:
        self.sup += tag == "sup"
        self.bold += tag in BOLD
        if tag in SECTIONING:
            self.sections += 1
        if self.cell is not None:  # everything inside a cell is the cell's text
            self.inner_cells += tag in ("td", "th")
            if tag in BLOCKS or tag in ("br", "td", "th"):
                self.lines.append("")
            return
        if tag == "br":
            self.lines.append("")
            return
        if tag == "pre":
            self.pre += 1
        if tag in ("td", "th") and self.row is not None:
            self._flush()
            self.cell = _Cell(header=tag == "th")
            return
        if tag not in BLOCKS:
            return
        if self.key is not None and (tag in LISTS or tag in ("table", "li")):
            self._flush_key()  # a dt over a list or table in its dd: the dt heads them
        if tag == "li":
            self._flush()
            self._flush_run()
            if not self.lists:
                self.stray_items = True
            self.items.append(max(len(self.lists) - 1, 0))
            return
        if self.items and tag not in LISTS and tag not in ("table", "dl", "tr"):
            self.lines.append("")  # a p or div inside a list item: the item's next line
            return
        self._flush()
        if tag not in ("p", "div", "br"):
            self._flush_run()
        if tag in LISTS:
            self.lists.append(self.lists[0] if self.lists else self.builder.new_group())
        elif tag == "dl":
            self.dls.append(self.builder.new_group())
        elif tag == "table":
            self.tables.append(self.builder.new_table())
        elif tag == "tr":
            self.row = []

    def _close(self, tag: str) -> None:
        self.sup -= tag == "sup" and self.sup > 0
        self.bold -= tag in BOLD and self.bold > 0
        if tag in SECTIONING:
            self.sections -= 1
        if tag in ("td", "th") and self.inner_cells:
            self.inner_cells -= 1
            return
        if tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(self.cell)
            self.cell.parts = self._take()
            self.cell = None
            return
        if self.cell is not None or tag not in BLOCKS:
            return
        if tag == "li":
            self._flush()
            if self.items:
                self.items.pop()
        elif self.items and tag not in LISTS and tag not in ("table", "dl", "tr"):
            return
        elif tag in HEADINGS:
            text = " ".join(self._take())
            kind = BlockKind.TITLE if tag == "h1" else BlockKind.HEADING
            self.builder.add(kind, text, level=int(tag[1]))
            self.heading_level = int(tag[1])
            self.headed += 1
            self.heading_at = len(self.builder.blocks)  # the blocks under it start here
        elif tag == "summary":  # an accordion's label heads its panel
            label = " ".join(self._take())
            self.builder.add(BlockKind.HEADING, label, level=self._level(summary=True))
        elif tag == "tr" and self.row is not None:
            self._row(self.row)
            self.row = None
        elif tag == "dt":
            self._flush_key()
            self.key = " ".join(self._take()).rstrip(":").strip()
            self.dd_key = None
        elif tag == "dd":
            value = " ".join(self._take())
            key = self.key or self.dd_key  # one dt over several dd: each value is the dt's
            if key and value:
                group = ("dl", self.dls[-1] if self.dls else -1)
                self.builder.add(BlockKind.METADATA, f"{key}: {value}", key=key, group=group)
                self.key, self.dd_key = None, key
            else:
                self._flush_key()
                self.builder.add(BlockKind.PARAGRAPH, value)
        else:
            self._flush()
            if tag == "dl":
                self._flush_key()
                self.dd_key = None
                if self.dls:
                    self.dls.pop()
            elif tag in LISTS and self.lists:
                self.lists.pop()
            elif tag == "table" and self.tables:
                self.tables.pop()
            elif tag == "pre":
                self.pre -= 1

    def _close_box(self) -> None:
        """A box holding a heading (a card: role, name, organisation) ends its run of lines:
        the last line of one card is not read with the first of the next."""
        opened = self.boxes.pop() if self.boxes else self.headed
        if self.headed > opened and self.cell is None and not self.items:
            self._flush()
            self._flush_run()

    def _flush(self) -> None:
        """Add the inline text collected so far, as the block it belongs to."""
        bold = not self.plain
        label = self.lines[0].strip() if self.plain_from > 0 else ""  # all in bold, over a <br>
        lines = self._take()
        if not lines:
            return
        if label and lines[0] == " ".join(label.split()) and len(lines) > 1 and not self.items:
            key = lines[0].rstrip(":").strip()  # "<strong>Analysis by</strong><br>A, …"
            if 0 < len(key.split()) <= LABEL_WORDS and not key.endswith("."):
                self._flush_run()
                value = " ".join(lines[1:])
                self.builder.add(BlockKind.METADATA, f"{key}: {value}", key=key)
                return
        if (
            bold
            and not self.items
            and not self.pre
            and len(lines) == 1
            and is_heading_line(lines[0])
        ):
            self._flush_run()  # "<p><strong>What we learned on the night</strong></p>"
            self.builder.add(BlockKind.HEADING, lines[0], level=self._level())
            return
        if self.items:
            group = self.lists[0] if self.lists else None
            self.builder.add(
                BlockKind.LIST_ITEM, " ".join(lines), level=self.items[-1], group=group
            )
        elif len(lines) == 1 and not self.pre:
            self.run.append(lines[0])
        else:
            self._flush_run()
            self.builder.add_lines(lines, headings=False, floor=self._floor())

    def _flush_run(self) -> None:
        if self.run:
            self.builder.add_lines(self.run, headings=False, wrapped=False, floor=self._floor())
            self.run = []

    def _flush_key(self) -> None:
        if self.key:
            kind = BlockKind.HEADING if is_heading_line(self.key) else BlockKind.PARAGRAPH
            self.builder.add(kind, self.key, level=4)
        self.key = None

    def _row(self, cells: list[_Cell]) -> None:
        if not cells or not self.tables:
            return
        texts = tuple(cell_lines(cell.parts) for cell in cells)
        if not any(texts):
            return
        table = self.tables[-1]
        self.builder.add(
            BlockKind.TABLE_ROW,
            " | ".join(text for text in texts if text),
            cells=texts,
            table=table,
            header=all(cell.header for cell in cells),
            group=("table", table),
        )


LAYOUT_PARTS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th"})


def _layout_tables(root: LexborNode) -> set[int]:
    """The tables that lay a page out rather than hold data: a cell holds headings (an
    e-mail newsletter set in a "wrapper" table, each story under its own <h2>)."""
    return {
        table.mem_id
        for table in root.css("table")
        if table.css_first("h1, h2, h3, h4, h5, h6") is not None
    }


def _layout_part(node: LexborNode, layout: set[int]) -> bool:
    """Whether a table's part belongs to a layout table (its nearest table is one)."""
    table: LexborNode | None = node
    while table is not None and table.tag != "table":
        table = table.parent
    return table is not None and table.mem_id in layout


def _tab_labels(root: LexborNode) -> dict[str, str]:
    """Tab panel id -> its tab's label (ARIA tabs: role="tab" aria-controls="id")."""
    found: dict[str, str] = {}
    for tab in root.css('[role="tab"]'):
        panel = tab.attributes.get("aria-controls") or ""
        label = " ".join((tab.text() or "").split())
        if panel and label:
            found[panel] = label
    return found


def _dropped(node: LexborNode, tag: str, sections: int) -> bool:
    if tag in DROPPED or node.attributes.get("role") == "tablist":
        return True  # a tab bar: its labels head the panels
    if tag == "header":  # the page's banner, not an article's or a section's header
        return sections == 0
    if tag == "footer":  # the page's footer; an article's (its credits, its authors) is kept
        return sections == 0 or mostly_links(node)
    if tag == "aside":  # a sidebar; inside an article, its box of key messages (unless links);
        # anywhere, a box of the page's own fields ("Facilitator" over a name, role and body),
        # each part read on its own (HtmlBlocks.walk)
        return (sections == 0 and not own_box(node)) or mostly_links(node)
    if tag not in BANNERS:
        return False
    attrs = node.attributes
    marker = f"{attrs.get('id') or ''} {attrs.get('class') or ''}"
    return bool(marker.strip()) and bool(_COOKIE.search(marker))
