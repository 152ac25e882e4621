"""Plain text (.txt) and Markdown (.md, .markdown) readers."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from graph.errors import ReadError
from ingest.readers.base import Parsed, first_line_title, iso_value, one_line
from ingest.readers.encoding import decode_text

logger = logging.getLogger(__name__)

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BLANK_RUNS = re.compile(r"\n{3,}")


def read_txt(path: Path, data: bytes) -> Parsed:
    """Read a plain text file; the title is its first line when that is short."""
    warnings: list[str] = []
    text = _normalise_newlines(decode_text(path, data, warnings))
    return Parsed(text=text.strip(), title=first_line_title(text), warnings=warnings)


def read_markdown(path: Path, data: bytes) -> Parsed:
    """Read Markdown with optional YAML front matter into lightly cleaned plain text."""
    warnings: list[str] = []
    source = _normalise_newlines(decode_text(path, data, warnings))
    metadata, body = split_front_matter(path, source)
    text, first_heading = clean_markdown(body)
    title = metadata.get("title")
    declared = metadata.get("kind")
    return Parsed(
        text=text,
        title=one_line(str(title)) if _is_scalar(title) else first_heading or "",
        metadata=metadata,
        warnings=warnings,
        declared_kind=None if declared is None else str(declared),
        declared_in="front matter",
    )


def _is_scalar(value: object) -> bool:
    return isinstance(value, str | int | float) and str(value).strip() != ""


def split_front_matter(path: Path, source: str) -> tuple[dict[str, Any], str]:
    """Split '---' YAML front matter from the body; dates become ISO strings."""
    handler = YAMLHandler()
    stripped = source.lstrip()
    if not handler.detect(stripped):
        return {}, source
    try:
        raw_fm, body = handler.split(stripped)
    except ValueError:  # an opening '---' with no closing one: a horizontal rule
        return {}, source
    try:
        loaded = yaml.safe_load(raw_fm)
    except yaml.YAMLError as exc:
        raise ReadError(path, f"invalid front matter: {_yaml_problem(exc)}") from None
    if loaded is None:
        return {}, body
    if not isinstance(loaded, dict):
        kind = type(loaded).__name__
        raise ReadError(path, f"invalid front matter: expected key: value pairs, got a {kind}")
    metadata = iso_value(loaded)
    return {str(k): v for k, v in metadata.items()}, body


def _yaml_problem(exc: yaml.YAMLError) -> str:
    if isinstance(exc, yaml.MarkedYAMLError):
        problem = exc.problem or exc.context or "malformed YAML"
        mark = exc.problem_mark or exc.context_mark
        where = f" (line {mark.line + 1})" if mark is not None else ""
        return one_line(f"{problem}{where}")
    return one_line(str(exc)) or "malformed YAML"


def clean_markdown(body: str) -> tuple[str, str | None]:
    """Markdown -> plain text, lightly. Returns (text, first heading or None).

    Headings keep their text on their own line (surrounded by blank lines), list
    markers and emphasis are removed, links keep their text, paragraphs stay apart.
    """
    lines: list[str] = []
    first_heading: str | None = None
    in_fence = False
    for raw in _HTML_COMMENT.sub("", body).split("\n"):
        if _FENCE.match(raw):
            in_fence = not in_fence
            continue
        if in_fence:
            lines.append(raw.rstrip())
            continue
        heading = _heading_text(raw, lines)
        if heading is not None:
            if heading and first_heading is None:
                first_heading = heading
            lines.extend(["", heading, ""] if heading else [""])
            continue
        if _RULE.match(raw) or _TABLE_RULE.match(raw) or _REF_DEF.match(raw):
            lines.append("")
            continue
        lines.append(_clean_inline(_BULLET.sub("", _QUOTE.sub("", raw))).strip())
    text = _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
    return text, first_heading


def _heading_text(raw: str, lines: list[str]) -> str | None:
    """ATX heading text; for a setext underline, turn the previous line into the heading."""
    match = _HEADING.match(raw)
    if match:
        return _clean_inline(match.group(2)).strip()
    if _SETEXT_UNDERLINE.match(raw) and lines and lines[-1]:
        return _clean_inline(lines.pop()).strip()
    return None


def _clean_inline(line: str) -> str:
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _STRIKE.sub(r"\1", line)
    line = _EM_STAR.sub(r"\1", line)
    line = _EM_UNDERSCORE.sub(r"\1", line)
    return line.replace("`", "")


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
