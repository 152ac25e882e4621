"""A transcript in WebVTT (a meeting tool's caption export, often saved as .txt): "WEBVTT", NOTE
blocks, then cues of an optional number, a timing line ("00:00:02.410 --> 00:00:08.950") and
the words, the speaker in a voice tag ("<v Morag Cleghorn>…</v>", "<v Rutherford, Fenella (NHS
Borders)>…"). Read as a transcript: the title from a NOTE's "Meeting:" line, the NOTE's other
lines as they are, and each cue as its timing, its speaker (forename first) and its words, the
shape ingest.extract.turns reads as a turn of speech. Only a text that opens with "WEBVTT".
"""

from __future__ import annotations

import re

from ingest.readers.base import one_line
from ingest.readers.ris import forename_first
from ingest.readers.structured import Block
from ingest.types import BlockKind

_TIMING = re.compile(r"^\s*(\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]{1,120})>")
_TAG = re.compile(r"</?[a-z][^>]{0,120}>", re.IGNORECASE)
_TITLE_KEYS = ("meeting", "title", "subject", "event")


def _speaker(name: str) -> str:
    """'Rutherford, Fenella (NHS Borders)' -> 'Fenella Rutherford (NHS Borders)'."""
    name = name.strip()
    aside = ""
    if name.endswith(")") and "(" in name:
        name, aside = name[: name.rindex("(")].strip(), " " + name[name.rindex("(") :]
    return forename_first(name) + aside


def vtt_blocks(source: str) -> list[Block] | None:
    """The blocks of a WebVTT transcript, or None when the text is not one.

    >>> cue = "1\\n00:00:02.410 --> 00:00:08.950\\n<v Bell, Ann (NHS Fife)>Hello.</v>"
    >>> [t for _kind, t, _level in vtt_blocks("WEBVTT\\n\\n" + cue)]
    ['Transcript', '00:00:02.410 --> 00:00:08.950', 'Ann Bell (NHS Fife)', 'Hello.']
    """
    if not source.lstrip("\ufeff").startswith("WEBVTT"):
        return None
    groups = [g.strip("\n") for g in re.split(r"\n\s*\n", source) if g.strip()]
    blocks: list[Block] = []
    title = ""
    for group in groups[1:]:
        lines = [line.rstrip() for line in group.split("\n")]
        if lines[0].startswith(("NOTE", "STYLE", "REGION")):
            for line in (
                lines[1:] if lines[0].strip() in ("NOTE", "STYLE", "REGION") else [lines[0][4:]]
            ):
                key, _, value = line.partition(":")
                if not title and key.strip().lower() in _TITLE_KEYS and value.strip():
                    title = one_line(value)
                elif line.strip():
                    kind = (
                        BlockKind.METADATA
                        if value.strip() and len(key) < 40
                        else BlockKind.PARAGRAPH
                    )
                    blocks.append((kind, one_line(line), 0))
            continue
        at = next((k for k, line in enumerate(lines) if _TIMING.match(line)), -1)
        if at < 0:
            continue
        words = " ".join(lines[at + 1 :])
        voice = _VOICE.search(words)
        text = one_line(_TAG.sub("", words))
        if not text:
            continue
        blocks.append((BlockKind.PARAGRAPH, one_line(lines[at]), 0))
        if voice:
            blocks.append((BlockKind.PARAGRAPH, _speaker(voice.group(1)), 0))
        blocks.append((BlockKind.PARAGRAPH, text, 0))
    return [(BlockKind.TITLE, title or "Transcript", 0), *blocks]
