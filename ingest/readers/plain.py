"""Plain text (.txt) reader: the shared line classifier over each run of non-blank lines."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from ingest.readers.base import MAX_TITLE_CHARS, Budget, Parsed, ReadLimits, first_line_title
from ingest.readers.blocks import BlockBuilder
from ingest.readers.column_tables import (
    column_tables,
    fixed_tables,
    leader_tables,
    pipe_tables,
    spaced_bar_rows,
)
from ingest.readers.encoding import decode_text
from ingest.readers.grid_tables import grid_tables
from ingest.readers.medline import medline_record
from ingest.readers.orgmode import org_blocks
from ingest.readers.ris import ris_blocks
from ingest.readers.structured import yaml_blocks
from ingest.readers.webvtt import vtt_blocks
from ingest.types import Block, BlockKind

META = BlockKind.METADATA
MIN_CSV_CELLS = 3  # a CSV line (an export pasted as text) has at least this many fields
MIN_TABLE_ROWS = 2  # lines, each with the same 2+ tab-separated cells, that make a table


def read_txt(path: Path, data: bytes, limits: ReadLimits) -> Parsed:
    """Read a plain text file; the title is its first line when that is short."""
    warnings: list[str] = []
    source = unboxed(unquote(normalise_newlines(decode_text(path, data, warnings))))
    builder = BlockBuilder(Budget(path, limits))
    structured = (  # notes as YAML, a reference as RIS, a transcript as WebVTT, Org mode
        yaml_blocks(source) or ris_blocks(source) or vtt_blocks(source) or org_blocks(source)
    )
    if structured is not None:
        _add_structured(builder, structured)
        text, blocks = builder.build()
        title = next((line for kind, line, _ in structured if kind is BlockKind.TITLE), "")
        return Parsed(text=text, blocks=blocks, title=title, warnings=warnings)
    record = medline_record(source)  # a PubMed record, perhaps under the e-mail that sent it
    if record is not None:
        source = source[: record[0]]
    title = first_line_title(source)
    index = -1
    for spaced, group in spaced_bar_rows(runs(source)):
        if spaced is not None:  # "Name | Role | Interests", a blank line, "A | Chair | …", …
            _add_rows(builder, spaced, header=True)
            index += len(group)
            continue
        index += 1
        run = group[0]
        if index == 0 and masthead(run):  # "Public Health Scotland      R. Chaudhry-Ross" /
            for line in run:  # "Data Note: 2025-07      PHS": the title is set below it
                builder.add(BlockKind.PARAGRAPH, line.strip())
            index, title = -1, ""
            continue
        if index == 0 and wrapped_title(run):
            title = " ".join(" ".join(line.split()) for line in run)
            builder.add(BlockKind.TITLE, title)
            continue
        if index == 0 and not title:
            title = first_line_title("\n".join(run))
        for rows, part in fixed_tables(run):
            if rows is not None:
                _add_rows(builder, rows, header=True)
                continue
            cut = [
                (c, p)
                for grid, lines in grid_tables(part)
                for drawn, bit in ([(grid, lines)] if grid is not None else pipe_tables(lines))
                for c, p in ([(drawn, bit)] if drawn is not None else column_tables(bit))
            ]  # a table drawn in a grid or with bars, or a sign-in sheet typed in columns
            for columns, piece in cut:
                if columns is not None:
                    _add_rows(builder, columns, header=True)
                    continue
                for register, bit in leader_tables(piece):  # "Dr A ...... Surgery ... present"
                    if register is not None:
                        _add_rows(builder, register, header=False)
                    else:
                        _add_lines(builder, bit, index == 0)
    if record is not None:
        _add_structured(builder, record[1])
        title = record[1][0][1]  # the record's title, not the covering e-mail's first line
    text, blocks = builder.build()
    return Parsed(
        text=text, blocks=blocks, title=_whole_title(title, text, blocks), warnings=warnings
    )


def _add_structured(builder: BlockBuilder, blocks: list[tuple[BlockKind, str, int]]) -> None:
    """Blocks a structured reader (YAML, RIS, WebVTT, MEDLINE) made, in order."""
    for kind, line, level in blocks:
        builder.add(kind, line, level=level, key=line.split(":")[0] if kind is META else "")


def _whole_title(title: str, text: str, blocks: list[Block]) -> str:
    """The first line's title, or the whole heading it opens when the reader joined the lines
    of a title set over several ("MOTION SICKNESS IN PASSENGERS OF AUTOMATED AND" /
    "CONVENTIONAL CARS ON SCOTTISH RURAL ROADS")."""
    if not title or not blocks or blocks[0].kind not in (BlockKind.TITLE, BlockKind.HEADING):
        return title
    first = " ".join(text[blocks[0].start : blocks[0].end].split())
    opened = first.startswith(" ".join(title.split()))
    return first if opened and len(first) <= MAX_TITLE_CHARS else title


def _add_lines(builder: BlockBuilder, piece: list[str], first_run: bool) -> None:
    """Lines that are no table of columns: tables of tab-separated cells, or text."""
    for tabbed, lines in tab_tables(piece):
        if tabbed:
            _add_table(builder, lines)
        else:
            builder.add_lines(lines, title=first_run)


_FIELD_GAP = re.compile(r"\S {8,}\S")  # two fields of one line set far apart


def masthead(run: list[str]) -> bool:
    """Whether a text's first run of lines is a masthead of two columns, one set flush left and
    one flush right (a memo's or a numbered note's: "Public Health Scotland      R. Chaudhry-
    Ross" / "Data Note: 2025-07      PHS" / "      University of Dundee"), not its title.

    >>> masthead(["Public Health Scotland          R. Bell", "Data Note: 7            PHS"])
    True
    >>> masthead(["Falls in care homes", "Minutes of the meeting"])
    False
    """
    if len(run) < 2:
        return False
    apart = sum(1 for line in run if _FIELD_GAP.search(line.strip()))
    right = sum(1 for line in run if len(line) - len(line.lstrip()) >= RIGHT_SET)
    return apart >= 2 and apart + right == len(run)


RIGHT_SET = 30  # a line indented this far is set flush right


def wrapped_title(run: list[str]) -> bool:
    """Whether a text's first run of lines is one title wrapped onto a second line, the
    first ending mid-phrase ("…in Scotland:" / "a systematic review").

    >>> wrapped_title(["Falls in care homes in Scotland:", "a systematic review"])
    True
    >>> wrapped_title(["Falls in care homes", "Minutes of the meeting"]), wrapped_title(["A."])
    (False, False)
    """
    if len(run) != 2:
        return False
    first, second = run[0].strip(), run[1].strip()
    joined = f"{first} {second}"
    return (
        len(joined) < MAX_TITLE_CHARS
        and bool(first)
        and bool(second)
        and first[0].isupper()
        and (first.endswith((":", ",", "–", "-", "and", "of", "for", "in")) or second[0].islower())
        and not second.endswith((".", "!", "?"))
    )


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


_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


_BOX_EDGE = re.compile(r"^\s*\+[-=]{3,}\+\s*$")  # "+-----+": a box's top or bottom
_BOX_SIDE = re.compile(r"^(\s*)\|([^|]*)\|\s*$")  # "| RESEARCH SUMMARY      Cwm Taf … |"


def unboxed(text: str) -> str:
    """A text box drawn with "+---+" edges and "|" sides (one cell, a banner or a key facts
    card) as the lines inside it: the edges dropped, the sides taken off (a table drawn with
    bars has inner "+" and "|" and is left for the table reader).

    >>> unboxed("+------+\\n| NHS  |\\n+------+\\nText")
    '\\n  NHS\\n\\nText'
    """
    if "+" not in text:
        return text
    lines = text.split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        if not _BOX_EDGE.match(lines[i]):
            i += 1
            continue
        k = i + 1
        while k < len(lines) and _BOX_SIDE.match(lines[k]):
            k += 1
        if k > i + 1 and k < len(lines) and _BOX_EDGE.match(lines[k]):
            out[i] = out[k] = ""
            for j in range(i + 1, k):
                side = _BOX_SIDE.match(lines[j])
                assert side is not None
                out[j] = (side[1] + " " + side[2]).rstrip()
            i = k + 1
        else:
            i += 1
    return "\n".join(out)


def unquote(text: str) -> str:
    """An e-mail's quoted lines ("> Hello everyone, …") read as the message they quote:
    the markers go, so its header, lists and paragraphs are read as any others.

    >>> unquote("Thanks.\\n\\n> From: Nerys\\n>\\n> 1. Book the room")
    'Thanks.\\n\\nFrom: Nerys\\n\\n1. Book the room'
    """
    return _QUOTED.sub("", text) if ">" in text else text


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def tab_tables(run: list[str]) -> list[tuple[bool, list[str]]]:
    """The run cut into (is a table, lines): consecutive lines that all split on tabs into
    the same number (2 or more) of cells are a table (an exported attendance list, a
    spreadsheet pasted into an e-mail); other lines stay lines.

    >>> [t for t, _ in tab_tables(["List", "Name\\tRole", "Ann Bell\\tChair", "Thanks all."])]
    [False, True, False]

    Under a CSV header of bare words, the lines with as many CSV fields are its rows:

    >>> [len(rows) for _, rows in tab_tables(["id,frame,text", '1,Who is here,"Ann, GP"', "Bye."])]
    [2, 1]
    """
    out: list[tuple[bool, list[str]]] = []
    i = 0
    while i < len(run):
        width = _cells(run[i])
        header = width >= MIN_CSV_CELLS and "\t" not in run[i]  # "note_id,frame,text,votes"
        j = i + 1
        while (
            width >= 2 and j < len(run) and (_cells(run[j]) or _csv_width(run[j], header)) == width
        ):
            j += 1
        if width >= 2 and j - i >= MIN_TABLE_ROWS:
            out.append((True, run[i:j]))
        elif out and not out[-1][0]:
            out[-1][1].extend(run[i:j])
        else:
            out.append((False, run[i:j]))
        i = j
    return out


def _add_rows(builder: BlockBuilder, rows: list[tuple[str, ...]], header: bool) -> None:
    """One table of these rows of cells; the first its header when `header` (a header of
    blank cells: the table has none)."""
    if header and rows and not any(rows[0]):
        rows, header = rows[1:], False
    table = builder.new_table()
    for n, cells in enumerate(rows):
        builder.add(
            BlockKind.TABLE_ROW,
            " | ".join(cells),
            cells=cells,
            table=table,
            header=header and n == 0,
            group=("table", table),
        )


def _cells(line: str) -> int:
    return len(split_cells(line))


def _csv_width(line: str, header: bool) -> int:
    """Under a CSV header, the number of fields of any line read as CSV ('1,Who's here,Orla,
    "Orla Kennedy - Speech and Language Therapist",0'); 0 with no header above."""
    if not header:
        return 0
    try:
        return len(next(csv.reader([line.strip()])))
    except (csv.Error, StopIteration):
        return 0


def split_cells(line: str) -> tuple[str, ...]:
    """A table line's cells: split on tabs, or read as CSV when it is written as CSV (quoted
    fields, or a header of bare words between commas: "frame,type,text,author"); () for
    a line of text.

    >>> split_cells('"What we learned","sticky","Ask one question, then listen"')
    ('What we learned', 'sticky', 'Ask one question, then listen')
    >>> split_cells("frame,type,text"), split_cells("We met, talked, and left.")
    (('frame', 'type', 'text'), ())
    """
    text = line.strip()
    if "\t" in text:
        return tuple(cell.strip() for cell in text.split("\t"))
    quoted = text.startswith('"') and '","' in text
    bare = " " not in text and text.count(",") >= MIN_CSV_CELLS - 1
    if not (quoted or bare):
        return ()
    try:
        cells = next(csv.reader([text]))
    except (csv.Error, StopIteration):
        return ()
    return tuple(cell.strip() for cell in cells) if len(cells) >= MIN_CSV_CELLS else ()


def _add_table(builder: BlockBuilder, lines: list[str]) -> None:
    """A tab-separated or CSV table; its first row a header when no cell holds a digit."""
    rows = [
        split_cells(line) or tuple(c.strip() for c in next(csv.reader([line.strip()])))
        for line in lines
    ]
    _add_rows(builder, rows, header=not any(ch.isdigit() for cell in rows[0] for ch in cell))
