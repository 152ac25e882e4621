"""Markdown (.md, .markdown) reader: markdown-it-py's CommonMark token stream -> blocks.

Headings keep their level (the first level-1 heading is the TITLE unless the front matter
names another title); paragraphs go through the shared line classifier (so "**Date:** ..."
lines under a title are METADATA); list items keep their depth; GFM tables become TABLE_ROWs
with the header row flagged; block quotes are read as paragraphs; code blocks are kept and
read like plain text (CommonMark turns a paragraph indented by four spaces into a code
block, and its words should not be lost). Inline markup is reduced to its text: links and
images to their text, emphasis and code marks removed, inline HTML dropped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from selectolax.lexbor import LexborHTMLParser

from ingest.readers.base import Budget, Parsed, ReadLimits, one_line
from ingest.readers.blocks import BlockBuilder
from ingest.readers.encoding import decode_text
from ingest.readers.frontmatter import pandoc_marks, split_front_matter, unwikilink
from ingest.readers.lines import join_wrapped
from ingest.readers.marks import superscript
from ingest.readers.md_lines import (
    bold_head,
    bold_label,
    entries,
    name_alone,
    one_field,
    prose_line,
    run_in_head,
)
from ingest.readers.md_notes import named_note, noted_names
from ingest.readers.plain import normalise_newlines
from ingest.types import BlockKind

MAX_INLINE_CHARS = 20_000  # longer paragraphs are taken as written (inline parsing is slow)
_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("inline")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


_SITE_SHORTCODE = re.compile(  # a site builder's line of markup: Hugo's '{{< figure … >}}'
    r"^[ \t]{0,3}\{\{[<%][^\n]{0,2000}?[>%]\}\}[ \t]*$", re.MULTILINE
)


def read_markdown(path: Path, data: bytes, limits: ReadLimits) -> Parsed:
    """Read Markdown with optional YAML front matter into blocks."""
    warnings: list[str] = []
    source = normalise_newlines(decode_text(path, data, warnings))
    metadata, body = split_front_matter(path, source, limits.max_front_matter_bytes)
    title = metadata.get("title")
    fm_title = one_line(str(title)) if _is_scalar(title) else ""
    body = noted_names(numbered_setext(_SITE_SHORTCODE.sub("", body)))
    reader = _Reader(path, body, Budget(path, limits), fm_title, warnings)
    reader.read()
    text, blocks = reader.builder.build()
    declared = metadata.get("kind")
    return Parsed(
        text=text,
        blocks=blocks,
        title=fm_title or reader.first_heading,
        metadata=metadata,
        warnings=warnings,
        declared_kind=None if declared is None else str(declared),
        declared_in="front matter",
    )


_NUMBERED = re.compile(r"^ {0,3}\d{1,3}[.)] +\S.*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+) *$")


def numbered_setext(body: str) -> str:
    """A numbered line underlined as a heading ("1. This month's call" over "-----"), which
    CommonMark reads as a list item and a rule, written as the heading its author meant.

    >>> numbered_setext("Intro\\n\\n1. This month's call\\n-------\\n\\nText")
    "Intro\\n\\n## 1. This month's call\\n\\n\\nText"
    """
    lines = body.split("\n")
    for i in range(len(lines) - 1):
        under = _SETEXT.match(lines[i + 1])
        alone = i == 0 or not lines[i - 1].strip()  # not the last line of a paragraph
        if under and len(under.group(1)) >= 3 and _NUMBERED.match(lines[i]) and alone:
            level = "#" if under.group(1)[0] == "=" else "##"
            lines[i], lines[i + 1] = f"{level} {lines[i].strip()}", ""
    return "\n".join(lines)


def _is_scalar(value: object) -> bool:
    return isinstance(value, str | int | float) and str(value).strip() != ""


@dataclass
class _Item:
    """A list item being read: its depth and the lines of its paragraphs."""

    depth: int
    lines: list[str] = field(default_factory=list)


class _Reader:
    """Walks the token stream once, keeping the open lists, list items and table."""

    def __init__(
        self, path: Path, body: str, budget: Budget, fm_title: str, warnings: list[str]
    ) -> None:
        self.path = path
        self.body = body
        self.budget = budget
        self.fm_title = fm_title
        self.warnings = warnings
        self.builder = BlockBuilder(budget)
        self.first_heading = ""
        self.bold_first = False  # the first heading is a bold line, not a marked heading
        self.first_level = 0  # the first heading's level
        self.lists: list[int] = []  # group of the outermost open list, one entry per level
        self.items: list[_Item] = []
        self.table = -1
        self.header_cells = 0
        self.row: list[str] | None = None
        self.in_head = False
        self.env: dict[str, Any] = {}
        self.heading_level = 0  # of the last heading, for bold paragraphs used as headings

    def read(self) -> None:
        tokens = _PARSER.parse(self.body, self.env)
        lines = self.body.split("\n")
        for i, token in enumerate(tokens):
            self.budget.check()
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                self._flush_item()
                self.lists.append(self.lists[0] if self.lists else self.builder.new_group())
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                self.items.append(_Item(max(len(self.lists) - 1, 0)))
            elif kind == "list_item_close":
                self._flush_item()
                self.items.pop()
            elif kind == "table_open":
                self.table = self.builder.new_table()
            elif kind in ("thead_open", "thead_close"):
                self.in_head = kind == "thead_open"
            elif kind == "tr_open":
                self.row = []
                self._check_row(token, lines)
            elif kind == "tr_close" and self.row is not None:
                self._table_row(self.row)
                self.row = None
            elif kind == "inline":
                self._inline(token, tokens[i - 1] if i else None)
            elif kind in ("code_block", "fence"):
                self._plain_lines(token.content.split("\n"))
            elif kind == "html_block":
                self._plain_lines(_html_lines(token.content))

    def _inline(self, token: Token, opener: Token | None) -> None:
        lines, bold, children = self._inline_text(token)
        where = opener.type if opener is not None else ""
        if where == "heading_open" and opener is not None:
            self._heading(int(opener.tag[1]), " ".join(lines))
        elif self.row is not None:
            self.row.append(" ".join(lines))
        elif self.items:
            self.items[-1].lines.extend(lines)
        elif bold and len(lines) == 1 and bold_head(_ASIDE_END.sub("", lines[0])):
            self._heading(min(self.heading_level + 1, 6), lines[0], bold=True)  # a bold line
        elif bold_label(children, lines):  # "**Names in this write-up**" / "NK — Nasreen …"
            self._heading(min(self.heading_level + 1, 6), lines[0], bold=True)
            self._inline_lines(lines[1:])
        elif (head := run_in_head(children, lines)) is not None:
            self._heading(min(self.heading_level + 1, 6), head, bold=True)
            self._inline_lines([lines[0][len(head) :].strip(), *lines[1:]])
        else:
            self._inline_lines(lines)

    def _inline_lines(self, lines: list[str]) -> None:
        lines = [line for line in lines if line.strip()]
        if not lines:
            return
        notes = [k for k, line in enumerate(lines) if named_note(line)]
        if notes:  # "[^members]: A — Role, Org; B — …" / "[^apologies]: C — …": each note
            self._inline_lines(lines[: notes[0]])  # a field keyed by its label
            for a, b in itertools.pairwise([*notes, len(lines)]):
                found = named_note(lines[a])
                assert found is not None
                key = re.sub(r"[-_]+", " ", found.group(1)).strip()
                value = join_wrapped([lines[a][found.end() :].strip(), *lines[a + 1 : b]])
                self.builder.add(BlockKind.METADATA, f"{key}: {value}", key=key)
            return
        if len(lines) > 1 and all(name_alone(line) for line in lines):  # a title page's
            self.builder.add_lines(lines, headings=False)  # authors, one to a line
        elif all(prose_line(line) for line in lines) and not entries(lines):
            self.builder.add(BlockKind.PARAGRAPH, join_wrapped(lines))  # as CommonMark says
        elif one_field(lines):  # "*Analysis team: Dr A, …; Angharad" / "Tudno, …, Peer" / …
            self.builder.add_lines([join_wrapped(lines)], headings=False)
        else:
            self.builder.add_lines(lines, headings=False)

    def _heading(self, level: int, text: str, bold: bool = False) -> None:
        text = one_line(text)
        headline = level == 1 and not bold and self.first_level > 1 and not self.builder.has_title
        if not self.first_heading or (self.bold_first and not bold) or headline:  # a "# "
            # headline under a bold series line or a "## FEATURE" label is the title
            self.first_heading, self.bold_first, self.first_level = text, bold, level
        titled = self.builder.has_title or (self.fm_title and self.fm_title != text)
        # a bold line is a heading, never the title: a series line above the "# " headline
        kind = BlockKind.TITLE if level == 1 and not titled and not bold else BlockKind.HEADING
        self.builder.add(kind, text, level=level)
        if not bold:  # bold lines under one heading are siblings, one level below it
            self.heading_level = level

    def _plain_lines(self, lines: list[str]) -> None:
        if self.items:
            self.items[-1].lines.extend(lines)
            return
        run: list[str] = []
        for line in [*lines, ""]:
            if line.strip():
                run.append(line)
            elif run:
                self.builder.add_lines(run, headings=False)
                run = []

    def _flush_item(self) -> None:
        """Add the open list item's text (before a nested list, or at its end)."""
        if self.items and self.items[-1].lines:
            item = self.items[-1]
            group = self.lists[0] if self.lists else None
            self.builder.add(
                BlockKind.LIST_ITEM, join_wrapped(item.lines), level=item.depth, group=group
            )
            item.lines = []

    def _table_row(self, cells: list[str]) -> None:
        cells = [one_line(cell) for cell in cells]
        if self.in_head:
            self.header_cells = len(cells)
        self.builder.add(
            BlockKind.TABLE_ROW,
            " | ".join(cells),
            cells=tuple(cells),
            table=self.table,
            header=self.in_head,
            group=("table", self.table),
        )

    def _check_row(self, token: Token, lines: list[str]) -> None:
        """Warn when a row has more cells than the header (GFM drops the extra ones)."""
        if token.map is None or self.in_head:
            return
        source = lines[token.map[0]].strip()
        cells = _CELL_SPLIT.split(source.removeprefix("|").removesuffix("|"))
        if self.header_cells and len(cells) > self.header_cells:
            self.warnings.append(
                f"{self.path}: malformed table {self.table + 1}: a row has {len(cells)} cells,"
                f" the header {self.header_cells}; the extra cells are dropped"
            )

    def _inline_text(self, token: Token) -> tuple[list[str], bool, list[Token]]:
        """The lines of an inline token's text, whether all of it is bold, and its inline
        tokens."""
        content = token.content
        if len(content) > MAX_INLINE_CHARS:
            self.warnings.append(
                f"{self.path}: a paragraph of {len(content):,} characters is read as written"
            )
            return content.split("\n"), False, []
        children: list[Token] = []
        _PARSER.inline.parse(content, _PARSER, self.env, children)
        lines, bold = _flatten(children)
        return lines, bold, children


_ASIDE = re.compile(r"\s*\([^()]{1,60}\)\s*")  # an aside after a bold heading
_ASIDE_END = re.compile(r"\s*\([^()]{1,60}\)\s*$")


ICON_WORDS = 3  # an image whose alt text is this short is a logo, badge or icon


def _decorative(children: list[Token]) -> bool:
    """Whether a paragraph is only images with short alt texts ("![status: complete](…)
    ![licence: OGL](…)", a logo): badges and logos, no text of the document."""
    images = [c for c in children if c.type == "image"]
    others = [
        c
        for c in children
        if c.type not in ("image", "softbreak", "hardbreak", "link_open", "link_close")
        and (c.type != "text" or c.content.strip())
    ]
    return (
        bool(images)
        and not others
        and all(
            len("".join(a.content for a in c.children or []).split()) <= ICON_WORDS for c in images
        )
    )


_SHORTCODE = re.compile(  # an emoji's shortcode (GitHub, HackMD, Slack): ":wave:", ":calendar:"
    r"(?<![\w:]):[a-z][a-z0-9_+-]{1,30}:(?![\w:])"
)


def _flatten(children: list[Token]) -> tuple[list[str], bool]:
    lines: list[str] = [""]
    strong = 0
    sup = False  # inside <sup>…</sup>: digits are footnote marks
    plain_text = False
    if _decorative(children):
        return [], False
    for child in children:
        kind = child.type
        if kind in ("softbreak", "hardbreak"):
            lines.append("")
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind in ("text", "code_inline", "text_special", "image"):
            alt = child.children if kind == "image" and child.children else None
            content = "".join(a.content for a in alt) if alt else pandoc_marks(child.content)
            content = _SHORTCODE.sub("", content) if kind == "text" else content  # ":wave:"
            lines[-1] += superscript(content) if sup else content
            aside = lines[-1].strip() and _ASIDE.fullmatch(child.content)  # "**Sheet 1** (notes)"
            plain_text = plain_text or (not strong and bool(child.content.strip()) and not aside)
        elif kind == "html_inline" and re.match(r"<br\s*/?>", child.content, re.I):
            lines.append("")
        elif kind == "html_inline" and re.match(r"</?sup\s*>", child.content, re.I):
            sup = not child.content.startswith("</")
    lines = [unwikilink(line) for line in lines if line.strip()]  # "[[Dr Ann Bell]]"
    return lines, bool(lines) and not plain_text


def _html_lines(html: str) -> list[str]:
    """The text of a raw HTML block, one line per block-level break; comments dropped."""
    if html.lstrip().startswith("<!--"):
        return []
    node = LexborHTMLParser(html).body
    return node.text(separator=" ").split("\n") if node is not None else []
