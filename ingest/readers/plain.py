"""Plain text (.txt) reader: the shared line classifier over each run of non-blank lines."""

from __future__ import annotations

from pathlib import Path

from ingest.readers.base import Budget, Parsed, ReadLimits, first_line_title
from ingest.readers.blocks import BlockBuilder
from ingest.readers.encoding import decode_text


def read_txt(path: Path, data: bytes, limits: ReadLimits) -> Parsed:
    """Read a plain text file; the title is its first line when that is short."""
    warnings: list[str] = []
    source = normalise_newlines(decode_text(path, data, warnings))
    builder = BlockBuilder(Budget(path, limits.max_seconds))
    for index, run in enumerate(runs(source)):
        builder.add_lines(run, title=index == 0)
    text, blocks = builder.build()
    return Parsed(text=text, blocks=blocks, title=first_line_title(source), warnings=warnings)


def runs(text: str) -> list[list[str]]:
    """The runs of non-blank lines of a text, in order.

    >>> runs("Title\\n\\n\\nOne\\nTwo\\n  \\nThree\\n")
    [['Title'], ['One', 'Two'], ['Three']]
    """
    out: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
