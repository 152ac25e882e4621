"""YAML front matter of Markdown files, read with a SafeLoader that refuses aliases.

A "billion laughs" front matter (aliases of aliases) would expand to gigabytes when the
loaded value is walked; front matter has no use for anchors, so an alias is an error, and
the front matter's size is capped (ReadLimits.max_front_matter_bytes).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

from graph.errors import ReadError
from ingest.readers.base import format_size, iso_value, one_line
from ingest.readers.marks import superscript

_BOUNDARY = re.compile(r"-{3,}[ \t]*")


class NoAliasLoader(yaml.SafeLoader):
    """yaml.SafeLoader that raises on the first alias (`*name`)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                None, None, "aliases (*name) are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)


def split_front_matter(path: Path, source: str, max_bytes: int) -> tuple[dict[str, Any], str]:
    """Split '---' YAML front matter (or '+++' TOML) from the body; dates become ISO strings.

    Returns (metadata, body). An opening '---' with no closing one is a horizontal rule.

    >>> split_front_matter(Path("x.md"), "---\\ntitle: Leeds\\ndate: 2024-03-05\\n---\\nBody", 999)
    ({'title': 'Leeds', 'date': '2024-03-05'}, 'Body')
    """
    stripped = source.lstrip()
    first, _, rest = stripped.partition("\n")
    if first.startswith("% "):
        return pandoc_title_block(stripped)
    if _PROPERTY.match(first):
        meta, body = page_properties(stripped)
        _bounded(path, len(stripped.encode("utf-8")) - len(body.encode("utf-8")), max_bytes)
        return meta, body
    if first.rstrip() == "+++":  # Hugo's and Zola's TOML front matter
        return _toml_front_matter(path, rest, max_bytes) or ({}, source)
    if not _BOUNDARY.fullmatch(first):
        return {}, source
    fenced = _fenced(path, rest, _YAML_CLOSING, max_bytes)
    if fenced is None:
        return {}, source
    raw, body = fenced
    try:
        loaded = _load(raw)
    except yaml.YAMLError as exc:
        raise ReadError(path, f"invalid front matter: {_yaml_problem(exc)}") from None
    except RecursionError:  # nested [[[[...]]]] deeper than the interpreter's stack
        raise ReadError(path, "invalid front matter: nested too deeply") from None
    if loaded is None:
        return {}, body
    if not isinstance(loaded, dict):
        kind = type(loaded).__name__
        raise ReadError(path, f"invalid front matter: expected key: value pairs, got a {kind}")
    return _as_metadata(loaded), body


_YAML_CLOSING = re.compile(r"^-{3,}[ \t]*$", re.MULTILINE)
_TOML_CLOSING = re.compile(r"^\+{3}[ \t]*$", re.MULTILINE)


def _fenced(
    path: Path, rest: str, closing: re.Pattern[str], max_bytes: int
) -> tuple[str, str] | None:
    """(front matter, body) of the text after an opening fence, up to the closing fence; None
    when no closing fence ends it. Front matter over `max_bytes` is a ReadError."""
    end = closing.search(rest)
    if end is None:
        return None
    raw = rest[: end.start()]
    _bounded(path, len(raw.encode("utf-8")), max_bytes)
    return raw, rest[end.end() :].removeprefix("\n")


def _bounded(path: Path, size: int, max_bytes: int) -> None:
    """Refuse front matter larger than `max_bytes`, whatever its form."""
    if size > max_bytes:
        raise ReadError(
            path, f"front matter too large ({format_size(size)} > limit {format_size(max_bytes)})"
        )


def _as_metadata(loaded: dict[Any, Any]) -> dict[str, Any]:
    """Loaded front matter with its dates as ISO strings and its wikilinks as text."""
    metadata = unlinked(iso_value(loaded))
    return {str(k): v for k, v in metadata.items()}


def _toml_front_matter(path: Path, rest: str, max_bytes: int) -> tuple[dict[str, Any], str] | None:
    """TOML front matter between '+++' lines (Hugo, Zola): (metadata, body), or None when no
    closing '+++' ends it (the '+++' is text). Bounded and reported like YAML front matter.

    >>> _toml_front_matter(Path("x.md"), 'title = "Fife"\\nauthors = ["A", "B"]\\n+++\\nBody', 99)
    ({'title': 'Fife', 'authors': ['A', 'B']}, 'Body')
    """
    fenced = _fenced(path, rest, _TOML_CLOSING, max_bytes)
    if fenced is None:
        return None
    raw, body = fenced
    try:
        loaded = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ReadError(path, f"invalid front matter: {one_line(str(exc))}") from None
    except RecursionError:
        raise ReadError(path, "invalid front matter: nested too deeply") from None
    return _as_metadata(loaded), body


_WIKILINK = re.compile(r"\[\[([^\[\]|]{1,200})(?:\|([^\[\]]{1,200}))?\]\]")


def unwikilink(text: str) -> str:
    """A note vault's links as the text they show: "[[Dr Ann Bell]]" -> "Dr Ann Bell",
    "[[Ann Bell|Ann]]" -> "Ann".

    >>> unwikilink("[[Dr Ann Bell]] (GP) and [[Bo Li|Bo]]")
    'Dr Ann Bell (GP) and Bo'
    """
    if "[[" not in text:
        return text
    return _WIKILINK.sub(lambda m: m.group(2) or m.group(1), text)


def unlinked(value: Any) -> Any:
    """Front matter with its wikilinks as text, in every string of it."""
    if isinstance(value, str):
        return unwikilink(value)
    if isinstance(value, list):
        return [unlinked(v) for v in value]
    if isinstance(value, dict):
        return {k: unlinked(v) for k, v in value.items()}
    return value


_PROPERTY = re.compile(r"([A-Za-z][\w-]{0,40})::\s*(.*)$")  # an outliner page's "key:: value"
PROPERTY_LINES = 40  # page properties at most, over an outliner's page


def page_properties(source: str) -> tuple[dict[str, Any], str]:
    """An outliner's page properties (Logseq, a vault's inline fields): the opening lines of
    "key:: value", as front matter, their links as text.

    >>> page_properties("title:: Falls\\nattendees:: [[Ann Bell]], [[Bo Li]]\\n\\n- Notes")
    ({'title': 'Falls', 'attendees': 'Ann Bell, Bo Li'}, '- Notes')
    """
    meta: dict[str, Any] = {}
    lines = source.split("\n")
    k = 0
    while k < min(len(lines), PROPERTY_LINES) and (found := _PROPERTY.match(lines[k])):
        key, value = found.group(1).lower(), unwikilink(found.group(2).strip())
        if value:
            meta.setdefault(key, value)
        k += 1
    return meta, "\n".join(lines[k:]).lstrip("\n")


def pandoc_title_block(source: str) -> tuple[dict[str, Any], str]:
    """A Pandoc title block: up to three opening lines that start with "%", the title, the
    authors (parted by semicolons) and the date, a line that starts with a space going on
    from the one above.

    >>> pandoc_title_block("% Falls\\n% Ann Bell (NHS Fife); Bo Li\\n% May 2025\\n\\nText")
    ({'title': 'Falls', 'author': ['Ann Bell (NHS Fife)', 'Bo Li'], 'date': 'May 2025'}, 'Text')
    >>> pandoc_title_block("% Falls\\n% Ann Bell^1^; Bo Li^2^")[0]["author"]
    ['Ann Bell¹', 'Bo Li²']
    """
    fields: list[str] = []
    lines = source.split("\n")
    k = 0
    while k < len(lines) and len(fields) < 3:
        line = lines[k]
        if line.startswith("%"):
            fields.append(line[1:].strip())
        elif line.startswith((" ", "\t")) and fields and line.strip():
            fields[-1] += " " + line.strip()
        else:
            break
        k += 1
    body = "\n".join(lines[k:]).lstrip("\n")
    keys = ("title", "author", "date")
    meta: dict[str, Any] = {key: value for key, value in zip(keys, fields, strict=False) if value}
    if "author" in meta:  # "Ann Bell^1^; Bo Li^2^": marks as the superscripts they stand for
        meta["author"] = [pandoc_marks(a.strip()) for a in meta["author"].split(";") if a.strip()]
    return meta, body


_PANDOC_SUP = re.compile(  # Pandoc's superscript: "Ann Bell^1,2^", "Jo Roe^a*^", "^b^ NHS Fife"
    r"\^([0-9][0-9,]{0,8}|[a-z](?:,[a-z]){0,3}[*†‡]?)\^"
)


def pandoc_marks(text: str) -> str:
    """Footnote marks written as Pandoc superscripts, as the superscripts they stand for:
    "Morven Tulloch^1^, Ann Bell^2,3^" -> "Morven Tulloch¹, Ann Bell²,³"; letters too
    ("Jo Roe^a*^" -> "Jo Roeᵃ*").

    >>> pandoc_marks("Ann Bell^2,3^ · Jo Roe^a*^"), pandoc_marks("^b^ NHS Fife")
    ('Ann Bell²,³ · Jo Roeᵃ*', 'ᵇ NHS Fife')
    """
    if "^" not in text:
        return text
    return _PANDOC_SUP.sub(lambda m: superscript(m.group(1)), text)


def _load(raw: str) -> Any:
    """Load YAML refusing aliases: libyaml's events are checked for one first, then libyaml
    loads it (pure-Python PyYAML took 4 ms a file); NoAliasLoader where libyaml is missing."""
    if not yaml.__with_libyaml__:
        return yaml.load(raw, Loader=NoAliasLoader)
    for event in yaml.parse(raw, Loader=yaml.CSafeLoader):
        if isinstance(event, yaml.AliasEvent):
            line = event.start_mark.line if event.start_mark is not None else 0
            mark = yaml.error.Mark("", 0, line, 0, "", 0)
            raise yaml.MarkedYAMLError(None, None, "aliases (*name) are not allowed", mark)
    return yaml.load(raw, Loader=yaml.CSafeLoader)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    if isinstance(exc, yaml.MarkedYAMLError):
        problem = exc.problem or exc.context or "malformed YAML"
        mark = exc.problem_mark or exc.context_mark
        where = f" (line {mark.line + 2})" if mark is not None else ""  # +1 for the '---'
        return one_line(f"{problem}{where}")
    return one_line(str(exc)) or "malformed YAML"
