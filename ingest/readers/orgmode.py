"""Notes kept in Emacs Org mode and saved as text (used by ingest.readers.plain): "#+TITLE:"
and the other keywords at the top, headings of stars ("* Attendees   :people:", "** 1. Where
the list is"), a heading's property drawer (":LOCATION: Airdrie …"), list items wrapped over
indented lines, and task headings ("** TODO Janette: phone the next 150 …") that are items of
the to-do list they sit under, not headings of their own.
"""

from __future__ import annotations

import re

from ingest.readers.base import one_line
from ingest.types import BlockKind

Block = tuple[BlockKind, str, int]

_KEYWORD = re.compile(r"^#\+([A-Za-z_]+):[ \t]*(.*)$")
_HEADING = re.compile(r"^(\*+)[ \t]+(.*?)(?:[ \t]+:[\w@#%:]+:)?[ \t]*$")  # its tags dropped
_ITEM = re.compile(r"^([ \t]*)(?:[-+]|\d{1,3}[.)])[ \t]+(.*)$")
_DRAWER = re.compile(r"^[ \t]*:([A-Za-z_-]+):[ \t]*(.*)$")
_PRIORITY = re.compile(r"^\[#[A-Z]\][ \t]+")
TASK_WORDS = frozenset({"TODO", "DONE", "WAITING", "NEXT", "CANCELLED", "CANCELED", "HOLD"})
SHOWN_KEYWORDS = {"author": "Author", "date": "Date"}  # (an e-mail keyword is no one's text)


def org_blocks(source: str) -> list[Block] | None:
    """The blocks of an Org file, or None when the text is not one: its first line is an Org
    keyword and a heading of stars follows.

    >>> doc = "#+TITLE: Hub design\\n#+DATE: <2025-11-13 Thu>\\n\\n* Attendees  :people:\\n"
    >>> doc += "- Ann Bell, GP,\\n  NHS Fife\\n* Actions\\n** TODO Ann: phone the list"
    >>> [(k.value, t) for k, t, _ in org_blocks(doc)]  # doctest: +NORMALIZE_WHITESPACE
    [('title', 'Hub design'), ('metadata', 'Date: 2025-11-13 Thu'), ('heading', 'Attendees'),
     ('list_item', 'Ann Bell, GP, NHS Fife'), ('heading', 'Actions'),
     ('list_item', 'Ann: phone the list')]
    """
    lines = source.lstrip("\ufeff").split("\n")
    first = next((line for line in lines if line.strip()), "")
    if not _KEYWORD.match(first) or not any(_HEADING.match(line) for line in lines):
        return None
    tasks = set(TASK_WORDS)
    blocks: list[Block] = []
    open_item: list[str] | None = None  # the list item being read, and where its text starts
    item_indent = 0
    paragraph: list[str] = []
    drawer = False

    def flush() -> None:
        nonlocal open_item
        if open_item is not None:
            blocks.append((BlockKind.LIST_ITEM, " ".join(open_item), 0))
            open_item = None
        if paragraph:
            blocks.append((BlockKind.PARAGRAPH, " ".join(paragraph), 0))
            paragraph.clear()

    for raw in lines:
        line = raw.rstrip()
        keyword = _KEYWORD.match(line)
        if keyword:
            flush()
            key, value = keyword.group(1).lower(), keyword.group(2).strip()
            if key == "todo":  # "#+TODO: TODO WAITING | DONE": this file's task words
                tasks |= {w for w in value.split() if w != "|"}
            elif key == "title" and value:
                blocks.append((BlockKind.TITLE, one_line(value), 0))
            elif key in SHOWN_KEYWORDS and value:
                blocks.append(
                    (BlockKind.METADATA, f"{SHOWN_KEYWORDS[key]}: {value.strip('<>')}", 0)
                )
            continue  # (#+BEGIN_QUOTE and the rest: markup, their lines read as text)
        if line.strip().upper() in (":PROPERTIES:", ":LOGBOOK:"):
            flush()
            drawer = line.strip().upper() == ":PROPERTIES:"
            continue
        if line.strip().upper() == ":END:":
            drawer = False
            continue
        field = _DRAWER.match(line) if drawer else None
        if field:  # ":LOCATION: Airdrie …" in a heading's properties
            name = field.group(1).replace("_", " ").capitalize()
            blocks.append((BlockKind.METADATA, f"{name}: {field.group(2).strip()}", 0))
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            words = heading.group(2).split(maxsplit=1)
            if words and words[0] in tasks:  # a task: an item of the list it is under
                text = _PRIORITY.sub("", words[1] if len(words) > 1 else "")
                if text:
                    blocks.append((BlockKind.LIST_ITEM, text, 0))
                continue
            text = _PRIORITY.sub("", heading.group(2))
            if text:
                blocks.append((BlockKind.HEADING, text, len(heading.group(1)) + 1))
            continue
        if line.lstrip().startswith("|"):  # a table's row, as its text; its rules dropped
            flush()
            if not re.fullmatch(r"\s*\|[-+|: ]*\|?\s*", line):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                blocks.append((BlockKind.PARAGRAPH, " | ".join(cells), 0))
            continue
        item = _ITEM.match(line)
        if item:
            flush()
            open_item, item_indent = [item.group(2).strip()], len(item.group(1))
            continue
        if not line.strip() or line.lstrip().startswith("# "):
            flush()  # a blank line, or a comment
            continue
        indent = len(line) - len(line.lstrip())
        if open_item is not None and indent > item_indent:
            open_item.append(line.strip())  # an item wrapped onto an indented line
            continue
        if open_item is not None:
            flush()
        paragraph.append(line.strip())
    flush()
    return blocks
