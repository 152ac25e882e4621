"""HTML (.html, .htm) reader: main content as plain text, boilerplate dropped, meta kept."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ingest.readers.base import Parsed, one_line
from ingest.readers.encoding import bom_encoding, decode_text, decode_with

logger = logging.getLogger(__name__)

DROPPED_TAGS = [
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "template",
    "svg",
    "iframe",
]
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
PARAGRAPH_TAGS = HEADINGS | frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "blockquote",
        "ul",
        "ol",
        "dl",
        "table",
        "pre",
        "figure",
        "hr",
        "address",
        "details",
        "summary",
        "fieldset",
        "body",
    }
)
LINE_TAGS = frozenset({"li", "br", "dt", "dd", "figcaption", "caption", "tr"})
CELL_TAGS = frozenset({"td", "th"})
META_NAMES = frozenset(
    {
        "description",
        "author",
        "keywords",
        "qkg.kind",
        "kind",
        "date",
        "nation",
        "place",
        "challenge",
    }
)
META_PREFIXES = ("dcterms.", "dc.", "citation_")
KIND_META = ("qkg.kind", "kind")
# WHATWG: these labels mean windows-1252 in practice
_CP1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "ascii", "us-ascii"})
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_BLANK_RUNS = re.compile(r"\n{3,}")

_Break = int  # 1 = line break, 2 = paragraph break


def read_html(path: Path, data: bytes) -> Parsed:
    """Read an HTML page; text of <main>/<article> (else <body>) with block line breaks."""
    warnings: list[str] = []
    source = decode_html(path, data, warnings)
    tree = LexborHTMLParser(source)
    metadata = meta_metadata(tree)
    title = _title(tree)
    tree.strip_tags(DROPPED_TAGS, recursive=True)
    root = tree.css_first("main") or tree.css_first("article") or tree.body or tree.root
    text = html_text(root) if root is not None else ""
    declared = next((metadata[key] for key in KIND_META if key in metadata), None)
    return Parsed(
        text=text,
        title=title,
        metadata=metadata,
        warnings=warnings,
        declared_kind=None if declared is None else str(declared),
        declared_in="html meta",
    )


def decode_html(path: Path, data: bytes, warnings: list[str]) -> str:
    """Decode using a BOM, else <meta charset>, else the general text decoding."""
    if bom_encoding(data) is None:
        match = _CHARSET.search(data[:4096])
        if match:
            label = match.group(1).decode("ascii", "replace").lower()
            encoding = "cp1252" if label in _CP1252_LABELS else label
            return decode_with(path, data, encoding, warnings)
    return decode_text(path, data, warnings)


def meta_metadata(tree: LexborHTMLParser) -> dict[str, Any]:
    """<meta name=...> values we use; citation_* names that repeat become lists."""
    metadata: dict[str, Any] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        name = (attrs.get("name") or attrs.get("property") or "").strip().lower()
        content = one_line(attrs.get("content") or "")
        if not content or not (name in META_NAMES or name.startswith(META_PREFIXES)):
            continue
        if name == "citation_author":
            metadata.setdefault(name, []).append(content)
        elif name not in metadata:
            metadata[name] = content
        elif name.startswith("citation_"):
            existing = metadata[name]
            metadata[name] = (
                [*existing, content] if isinstance(existing, list) else [existing, content]
            )
    return metadata


def _title(tree: LexborHTMLParser) -> str:
    for selector in ("title", "h1"):
        node = tree.css_first(selector)
        if node is not None:
            text = one_line(node.text())
            if text:
                return text
    return ""


def html_text(root: LexborNode) -> str:
    """Plain text of a node: blocks become line/paragraph breaks, table rows 'a | b'."""
    out = _Builder()
    stack: list[LexborNode | _Break] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, int):
            out.brk(item)
            continue
        tag = item.tag or ""
        if tag == "-text":
            out.add(item.text_content or "")
            continue
        if tag.startswith("-") and tag != "-document":
            continue  # comments, doctype
        if tag == "tr":
            out.brk(1)
            out.add(_row_text(item))
            out.brk(1)
            continue
        level = 2 if tag in PARAGRAPH_TAGS else 1 if tag in LINE_TAGS else 0
        if tag in CELL_TAGS:
            out.add(" ")
        children: list[LexborNode | _Break] = list(item.iter(include_text=True))
        if level:
            stack.append(level)
        stack.extend(reversed(children))
        if level:
            stack.append(level)
    return out.text()


def _row_text(row: LexborNode) -> str:
    cells = [
        one_line(cell.text(deep=True, separator=" "))
        for cell in row.iter()
        if (cell.tag or "") in CELL_TAGS
    ]
    return " | ".join(cell for cell in cells if cell)


class _Builder:
    """Accumulates text, turning requested breaks into newlines before the next text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending: _Break = 0

    def brk(self, level: _Break) -> None:
        self.pending = max(self.pending, level)

    def add(self, text: str) -> None:
        text = re.sub(r"\s+", " ", text)
        if not text.strip():
            if text and not self.pending:
                self.parts.append(" ")
            return
        if self.pending and self.parts:
            self.parts.append("\n" * self.pending)
        self.pending = 0
        self.parts.append(text)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).split("\n"))
        return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
