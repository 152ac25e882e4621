"""HTML (.html, .htm) reader: the blocks of <main>/<article> (else <body>), meta kept."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from ingest.readers.base import Budget, Parsed, ReadLimits, one_line
from ingest.readers.blocks import BlockBuilder
from ingest.readers.encoding import bom_encoding, decode_text, decode_with
from ingest.readers.htmlblocks import HtmlBlocks
from ingest.readers.htmldepth import MAX_DEPTH, flatten_deep
from ingest.readers.htmlsides import footer_credits, side_boxes

logger = logging.getLogger(__name__)

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
        "og:site_name",
    }
)
META_PREFIXES = ("dcterms.", "dc.", "citation_")
KIND_META = ("qkg.kind", "kind")
# WHATWG: these labels mean windows-1252 in practice
_CP1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "ascii", "us-ascii"})
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)


def read_html(path: Path, data: bytes, limits: ReadLimits) -> Parsed:
    """Read an HTML page: blocks of <main>/<article> (else <body>), <meta> as metadata."""
    warnings: list[str] = []
    budget = Budget(path, limits)
    source, flattened = flatten_deep(decode_html(path, data, warnings), MAX_DEPTH)
    if flattened:
        warnings.append(f"{path}: elements nested over {MAX_DEPTH} deep were flattened")
    budget.check()
    tree = LexborHTMLParser(source)
    budget.check()
    metadata = meta_metadata(tree)
    site = _site_name(tree, metadata)
    if site:
        metadata["site"] = site
    notice = copyright_notice(tree)
    if notice and "copyright" not in metadata:
        metadata["copyright"] = notice  # the footer is dropped as furniture; its notice is not
    title = _title(tree)
    root = tree.css_first("main") or tree.css_first("article") or tree.body or tree.root
    builder = BlockBuilder(budget)
    if root is not None:
        walker = HtmlBlocks(path, builder, warnings)
        walker.walk(root)
        own = (  # the page's own details beside it ("Analysis by"), or in its footer
            side_boxes(tree.root, root)  # type: ignore[arg-type]
            if root.tag in ("main", "article")
            else footer_credits(root)
        )
        for part in own:
            walker.walk(part)
    text, blocks = builder.build()
    declared = next((metadata[key] for key in KIND_META if key in metadata), None)
    return Parsed(
        text=text,
        blocks=blocks,
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


_NOTICE = re.compile(r"(?:©|\(c\)|\bcopyright\b)[^·|\n]{2,120}", re.I)


def copyright_notice(tree: LexborHTMLParser) -> str:
    """The page's copyright notice ("© Public Health Scotland 2024"), from its footer or an
    element marked as one: who published the page, and when."""
    for node in tree.css("footer, [class*=footer], [id*=footer], [class*=copyright]"):
        found = _NOTICE.search(" ".join((node.text(separator=" ") or "").split()))
        if found:
            return found.group(0).strip()
    return ""


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


def _site_name(tree: LexborHTMLParser, metadata: dict[str, Any]) -> str:
    """The name of the site or series a page belongs to: its og:site_name, else the last part
    of a <title> in parts ("Hosts' gathering record | Menopause Cafés Ceredigion")."""
    if metadata.get("og:site_name"):
        return str(metadata["og:site_name"])
    node = tree.css_first("title")
    parts = [p.strip() for p in one_line(node.text()).split(" | ")] if node is not None else []
    return parts[-1] if len(parts) >= 2 and 0 < len(parts[-1].split()) <= SITE_WORDS else ""


SITE_WORDS = 8


def _title(tree: LexborHTMLParser) -> str:
    for selector in ("title", "h1"):
        node = tree.css_first(selector)
        if node is not None:
            text = one_line(node.text())
            if text:
                return text
    return ""
