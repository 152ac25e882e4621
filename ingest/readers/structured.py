"""Notes exported as YAML (a team wiki's or a form's export, often saved as .txt): each key
is a heading or a "Key: value" line and its value the lines under it, so the usual section
meanings read it ("attended:" is who came, "learned:" what was learned, "apologies:" …).

    meeting: Safe and Together practice circle - session 3      -> the title
    date: 2025-02-19                                             -> "Date: 2025-02-19"
    host: {name: Kirsten Lumsden, role: Coordinator, org: Fife}  -> "Host: Kirsten Lumsden, …"
    attended:                                                    -> heading "Attended"
      - {name: Rachel Boyd, role: Advocate, org: Fife Women's Aid}  -> "Rachel Boyd, Advocate, …"
    learned: [...]                                               -> heading, list items

A text is read so only when nearly every top-level line is "key:" and the whole parses as
one mapping. Hostile input: the text is small (MAX_CHARS), and a text with YAML aliases (the
"billion laughs") or nested deeper than MAX_DEPTH is not built but read as plain text.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from ingest.readers.base import one_line
from ingest.types import BlockKind

MAX_CHARS = 200_000  # a notes export; anything bigger is read as plain text
MAX_DEPTH = 12  # nested mappings and lists; deeper is no notes export
MIN_KEYS = 4  # top-level keys a mapping needs to be read as one
KEYED_SHARE = 0.8  # of the top-level lines that are "key:"
SHORT_VALUE = 100  # a scalar this short is a "Key: value" line, a longer one a paragraph
TITLE_KEYS = ("title", "meeting", "event", "workshop", "subject", "name")
_KEYED = re.compile(r"[A-Za-z_][\w -]{0,40}:(?:\s|$)")

Block = tuple[BlockKind, str, int]  # kind, text, level


def yaml_blocks(source: str) -> list[Block] | None:
    """The blocks of a YAML mapping of notes, or None when the text is not one."""
    if len(source) > MAX_CHARS:
        return None
    lines = [line for line in source.split("\n") if line.strip()]
    top = [line for line in lines if not line[0].isspace() and not line.startswith("#")]
    keyed = sum(bool(_KEYED.match(line)) for line in top)
    if keyed < MIN_KEYS or keyed < KEYED_SHARE * len(top):
        return None
    try:
        if not _plain_events(source):
            return None
        data = yaml.safe_load(source)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    blocks: list[Block] = []
    title = next((k for k in data if str(k).lower() in TITLE_KEYS and _scalar(data[k])), None)
    if title is not None:
        blocks.append((BlockKind.TITLE, one_line(str(data[title])), 0))
    for key, value in data.items():
        if key != title:
            _add(blocks, str(key), value, 1)
    return blocks


def _plain_events(source: str) -> bool:
    """Whether the YAML has no aliases and nests no deeper than MAX_DEPTH (read event by
    event, before anything is built: PyYAML builds nested values by recursion)."""
    depth = 0
    for event in yaml.parse(source, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            return False
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return True


def _label(key: str) -> str:
    words = key.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def _scalar(value: Any) -> bool:
    return value is not None and not isinstance(value, dict | list)


def _line(value: Any) -> str:
    """One list entry: a mapping's values joined ("Rachel Boyd, Advocate, Fife Women's Aid")."""
    if isinstance(value, dict):
        return ", ".join(one_line(str(v)) for v in value.values() if _scalar(v))
    if isinstance(value, list):
        return ", ".join(one_line(str(v)) for v in value if _scalar(v))
    return one_line(str(value))


def _add(blocks: list[Block], key: str, value: Any, level: int) -> None:
    label = _label(key)
    flat = isinstance(value, dict) and all(_scalar(v) for v in value.values())
    if value is None or value == "":
        return
    if _scalar(value) or flat:
        text = _line(value)
        if len(text) <= SHORT_VALUE and "\n" not in str(value).strip():
            blocks.append((BlockKind.METADATA, f"{label}: {text}", 0))
        else:
            blocks.append((BlockKind.HEADING, label, level))
            blocks.append((BlockKind.PARAGRAPH, text, 0))
        return
    blocks.append((BlockKind.HEADING, label, level))
    if isinstance(value, list):
        for item in value:
            text = _line(item)
            if text:
                blocks.append((BlockKind.LIST_ITEM, text, 0))
        return
    for sub_key, sub_value in value.items():
        _add(blocks, str(sub_key), sub_value, min(level + 1, 6))
