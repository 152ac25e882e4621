"""The shared line classifier: one run of non-blank lines -> typed blocks.

Plain text has no markup, and the paragraphs of Word, PDF, Markdown and HTML files often
hide line structure too (a "Date: ..." line under a title, a list of names typed one a
line). Every reader sends such lines through `classify_lines`, so all treat them alike:

* a bullet or numbered line ("- x", "• x", "1. x", "a) x") is a LIST_ITEM; its depth comes
  from its indentation; a wrapped item's next lines join it;
* a "Key: value" line is METADATA: a key of 1-4 words starting with a capital letter, then
  ":" and a value. "Key – value" is not metadata: a dash also separates a name from a role
  ("Ann Smith – GP, NHS Wales") and the two cannot be told apart;
* a line underlined with === or ---, "# Heading", or a short line in capitals is a HEADING,
  and so is a short line with no end punctuation standing alone (when `headings` is set) or
  heading lines of a different kind (a line ending in ":" of 1-4 words, or one without the
  separator the lines under it share);
* hard-wrapped prose (a line that does not end a sentence and continues into the next one)
  joins into one PARAGRAPH, with a hyphen at a line end repaired ("improve-" "ment");
* a run of short lines that each stand alone, none ending a sentence nor continuing into the
  next (names with roles, a byline and a publisher), is a run of LIST_ITEMs;
* any other line is a PARAGRAPH of its own.

>>> def show(lines):
...     for block in classify_lines(lines):
...         print(block.kind.value, repr(block.key), repr(block.text))
>>> show(["Attendees:", "Ann Smith – GP", "Bo Li – Nurse"])
heading '' 'Attendees:'
list_item '' 'Ann Smith – GP'
list_item '' 'Bo Li – Nurse'
>>> show(["Date: 17 May 2023", "Place: Inverness"])
metadata 'Date' 'Date: 17 May 2023'
metadata 'Place' 'Place: Inverness'
>>> show(["We met in the", "spring to plan the im-", "provement work."])
paragraph '' 'We met in the spring to plan the improvement work.'

"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.readers.aligned_records import aligned_records
from ingest.readers.line_runs import (
    CHAT_HEADER,
    MAX_TITLE_CHARS,
    Line,
    coded_entries,
    counted_points,
    indented_entries,
    is_stamp,
    message_headers,
    numbered_headings,
)
from ingest.readers.line_shapes import (
    CHAT_DATE,
    LONG_LINE,
    MAX_HEADING_CHARS,
    MAX_HEADING_WORDS,
    continues,
    ends_address,
    ends_sentence,
    is_capitals,
    is_heading_line,
    is_message,
    join_wrapped,
    metadata_key,
    opens_with_time,
    side_label,
)
from ingest.readers.line_wraps import (
    WRAP_FRACTION,
    join_continuations,
    runs_on,
    typed_to_width,
    wrapped_at,
)
from ingest.types import BlockKind

__all__ = [  # the shape of one line lives in ingest.readers.line_shapes; readers find it here
    "CHAT_DATE",
    "LONG_LINE",
    "MAX_HEADING_CHARS",
    "MAX_HEADING_WORDS",
    "MAX_TITLE_CHARS",
    "LineBlock",
    "classify_lines",
    "continues",
    "ends_sentence",
    "is_capitals",
    "is_heading_line",
    "is_stamp",
    "join_wrapped",
    "metadata_key",
]


BULLETS = (
    "-*+•·‣◦▪–●○■□➢►→✓✔\x7f\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf02d"  # \uf0…: symbol fonts' bullets
)
_BULLET = re.compile(
    r"^(\s*)(?:(?:->|[-*+•·‣◦▪–●○■□➢►→✓✔\x7f\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf02d]|\(?\d{1,3}[.)]"
    r"|(?<=\s)\d{1,3}(?:\.\d{1,3})+[.)]?(?=\s+[A-Z(“\"‘'])"  # an item's item set under it:
    # "    6.1  Tomos to …" (at the margin, "4.1 The chair asked …" is a numbered paragraph)
    r"|\(?[a-z][.)]|\([ivx]{1,4}\)|o(?=\s+[A-Z]))\s+(?=\S)"  # "  o Customers …": a word
    # processor's second-level bullet, saved as text
    # a PDF's bullet glyph or list number set apart by a tab stop, not a space, comes out glued
    # to its text ("\uf0b7Nerys …", "2.Clinics …"): a glyph that is never a letter, or a number
    # with its stop before a capital
    r"|[•‣◦▪●○■□➢►✓✔\uf0b7\uf0a7\uf076\uf0d8\uf0fc](?=[\w\"“‘(])|\d{1,2}[.)](?=[A-Z][a-z]))"
)
_ITEM_NUMBER = re.compile(r"\s*\(?(?:\d{1,3}\.)*(\d{1,3})[.)\s]")  # "4." -> 4, "6.2" -> 2
_TICK_BOX = re.compile(r"^\[[ xX]\]\s+")
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_UNDERLINE = re.compile(r"^\s{0,3}(={3,}|-{3,})\s*$")
_RULE = re.compile(r"^\s*([-*_=~#+.])(\s*\1){2,}\s*$")  # "-----", "* * *", "#####"
_SEPARATOR = re.compile(r" [–—-] |, |\(|: ")
_CLAUSE = re.compile(r"\w, (?:a|an|the|who|which|whose|from|with)\s")  # "Ruairi Maginness, a
# speech and language therapist from the Belfast": a sentence's apposition, never a heading's


@dataclass(frozen=True, slots=True)
class LineBlock:
    """A block found in a run of lines: kind, one-line text, level, key and group."""

    kind: BlockKind
    text: str
    level: int = 0
    key: str = ""
    group: int = 0  # consecutive LIST_ITEMs / METADATA lines of one group share it


def classify_lines(
    lines: Sequence[str],
    *,
    title: bool = False,
    headings: bool = True,
    wrapped: bool = True,
    typeset: bool = False,
) -> list[LineBlock]:
    """Blocks of one run of non-blank lines (a run ends at a blank line or a layout break).

    `title`: the run opens the document, so its first short plain line is the TITLE.
    `headings`: a short line standing alone may be a HEADING (plain text, PDF); Markdown,
    HTML and Word paragraphs pass False, as their authors had headings to hand.
    `wrapped`: lines may be wrapped prose to join; False when each line is a paragraph of
    its own in the source (consecutive one-line HTML or Word paragraphs).
    `typeset`: the lines were set to a measure (a PDF's): one as wide as the widest that
    ends no sentence runs on into the next, whatever the next begins with ("… at the
    Albert Hall, Llandrindod" / "Wells: fourteen autistic adults …" is no "Key: value").
    """
    items = _mark(_fields_apart(aligned_records(lines)), title, wrapped, typeset)
    message_headers(items)
    measure = max((len(item.text) for item in items), default=0) if typeset else 0
    if wrapped:
        join_continuations(items, measure, 0 if typeset else typed_to_width(items))
    _plain_runs(items, headings, wrapped, measure)
    _subtitles(items)
    return _emit(items)


TITLE_WORDS = 4  # a heading in capitals this long, ending in a colon, may go on below


def _subtitles(items: list[Line]) -> None:
    """A heading in capitals ending with a colon and the heading in capitals under it are
    one heading, a title and its subtitle ("SHARED CARE FOR WET AMD IN NORTHERN IRELAND:" /
    "WHAT THE FIRST TWO YEARS SHOWED"), not a heading over a part of its own.

    >>> [b.text for b in classify_lines(["FALLS IN CARE HOMES IN FIFE:", "WHAT WE FOUND"])]
    ['FALLS IN CARE HOMES IN FIFE: WHAT WE FOUND']

    So are two lines in capitals the first of which ends in a word that needs more after it
    ("MOTION SICKNESS IN PASSENGERS OF AUTOMATED AND" / "CONVENTIONAL CARS ON RURAL ROADS").

    So is a gloss in brackets set as a heading under one, underlined with it ("WHAT THE
    POSTERS TAUGHT THE PANEL" / "(agreed by the three judges)" / "-----"): the underline's
    level is the whole heading's.

    >>> [(b.text, b.level) for b in classify_lines(["WHAT WE LEARNED", "(agreed)", "-----"])]
    [('WHAT WE LEARNED (agreed)', 2)]
    """
    for above, item in itertools.pairwise(items):
        if above.kind is not BlockKind.HEADING or item.kind is not BlockKind.HEADING:
            continue
        if item.joined:
            continue
        if (
            (
                (above.text.endswith(":") and len(above.text.split()) >= TITLE_WORDS)
                or _OPEN_END.search(above.text)  # "… OF AUTOMATED AND" / "CONVENTIONAL CARS …"
            )
            and is_capitals(above.text)
            and is_capitals(item.text)
        ):
            item.joined = True
        elif _GLOSS.fullmatch(item.text) and not above.joined:
            item.joined, above.level = True, item.level


_OPEN_END = re.compile(r"\s(?:AND|OF|FOR|THE|IN|ON|TO|WITH|AT|FROM|BY|&|-|–)$")  # it goes on
_GLOSS = re.compile(r"\([^()]+\)")  # a heading's gloss in brackets, on a line of its own


MIN_FIELDS = 2  # fields after a banner's name that make its line a record
_NEXT_FIELD = re.compile(r"(?<!\s)\s+[·|•]\s+(?=[A-Z][\w'’ /-]{0,30}:\s)")  # "· Hosts: A"
# ((?<!\s): a match starts where its spaces do, so a long run of spaces is read once)


def _fields_apart(lines: Sequence[str]) -> list[str]:
    """A line of several "Key: value" fields set apart by dots or bars ("The event: Saturday
    2 August · Latch time: 10:30 · Hosts: A (NHS Tayside) and B"), one line per field.

    >>> _fields_apart(["Date: 2 May · Hosts: Ann Bell and Bo Li", "A · B: c"])
    ['Date: 2 May', 'Hosts: Ann Bell and Bo Li', 'A · B: c']

    A banner's name before the fields stands as a line of its own:

    >>> _fields_apart(["Care Quality Commission | Location: The Surgery | Provider: The Surgery"])
    ['Care Quality Commission', 'Location: The Surgery', 'Provider: The Surgery']
    """
    out: list[str] = []
    for line in lines:
        parts = _NEXT_FIELD.split(line) if "·" in line or "|" in line or "•" in line else [line]
        if not metadata_key(line.strip()) and len(parts) < MIN_FIELDS + 1:
            parts = [line]  # one field after a banner's name is no record: "NHS Fife | Q: …"
        out.extend(part for part in parts if part.strip())
    return out


def _mark(lines: Sequence[str], title: bool, wrapped: bool, typeset: bool = False) -> list[Line]:
    """Strip each line and mark the kinds that a line shows by itself."""
    items: list[Line] = []
    measure = max((len(line.strip()) for line in lines), default=0)
    for raw in lines:
        expanded = raw.replace("\t", "    ").rstrip()
        text = expanded.strip()
        if not text:
            continue
        indent = len(expanded) - len(expanded.lstrip())
        underline = _UNDERLINE.match(expanded)
        if (  # a line underlined: a heading, its level the underline's (capitals or not)
            underline
            and items
            and (items[-1].kind is None or items[-1].kind is BlockKind.HEADING)
            and not items[-1].joined
        ):
            items[-1].kind = BlockKind.HEADING
            items[-1].level = 1 if underline.group(1)[0] == "=" else 2
            continue
        if _RULE.match(expanded):
            continue  # a horizontal rule
        item = Line(text, indent=indent)
        bullet = _BULLET.match(expanded)
        atx = _ATX.match(expanded)
        if not bullet and _TICK_BOX.match(text):  # a task list's "[ ] Lowri to add …"
            item.kind, item.text = BlockKind.LIST_ITEM, _TICK_BOX.sub("", text)
            item.hang = indent + len(text) - len(item.text)
        elif bullet:
            item.kind = BlockKind.LIST_ITEM
            item.text = _TICK_BOX.sub("", expanded[bullet.end() :].strip())
            item.numbered = text[0] not in BULLETS
            item.lettered = item.numbered and not any(c.isdigit() for c in bullet.group(0))
            item.hang = bullet.end()
            counted = _ITEM_NUMBER.match(expanded)
            item.number = int(counted.group(1)) if counted else 0
        elif atx and atx.group(2):
            item.kind, item.level, item.text = BlockKind.HEADING, len(atx.group(1)), atx.group(2)
        elif CHAT_HEADER.match(text):  # "[10:04] Morag Finlay": a chat message starts
            item.kind, item.level = BlockKind.HEADING, 3
        elif indent == 0 and (side := side_label(text)):  # "PRESENT  Dr Ann Bell, …"
            item.kind, item.key = BlockKind.METADATA, side[0]
            item.text = f"{side[0]}: {side[1]}"
        elif is_capitals(text):
            item.kind, item.level = BlockKind.HEADING, 1
        elif metadata_key(text) and not (
            wrapped
            and items
            and items[-1].kind is None
            and (
                continues(items[-1].text, text, loose=False)
                or (typeset and runs_on(items[-1].text, measure))
            )
        ):
            item.kind, item.key = BlockKind.METADATA, metadata_key(text)
        items.append(item)
    counted_points(items)
    numbered_headings(items)
    coded_entries(items)
    if title and items and items[0].kind is not BlockKind.LIST_ITEM:
        first = items[0]  # a title, unless it opens a run of "Key: value" lines
        meta_run = len(items) > 1 and items[1].kind is BlockKind.METADATA
        wraps = len(items) > 1 and continues(first.text, items[1].text, loose=False)
        mailed = first.kind is BlockKind.METADATA and first.key.lower() == "subject"
        short = len(first.text) < MAX_TITLE_CHARS  # (an e-mail's "Subject: …" is its subject:
        if short and not (first.kind and meta_run) and not wraps and not mailed:  # no title)
            first.kind, first.level, first.key = BlockKind.TITLE, 0, ""
    _list_depths(items)
    return items


def _list_depths(items: list[Line]) -> None:
    indents: list[int] = []
    for item in items:
        if item.kind is not BlockKind.LIST_ITEM:
            continue
        while indents and indents[-1] > item.indent:
            indents.pop()
        if not indents or item.indent > indents[-1]:
            indents.append(item.indent)
        item.level = len(indents) - 1


def _plain_runs(items: list[Line], headings: bool, wrapped: bool, measure: int = 0) -> None:
    """Decide the plain lines: wrapped prose, entries, headings or one-line paragraphs."""
    start = 0
    while start < len(items):
        if items[start].kind is not None or items[start].joined:
            start += 1
            continue
        end = start
        while end < len(items) and items[end].kind is None and not items[end].joined:
            end += 1
        _decide(items, start, end, headings, wrapped, measure)
        start = end


def _decide(
    items: list[Line], start: int, end: int, headings: bool, wrapped: bool, measure: int = 0
) -> None:
    run = items[start:end]
    if wrapped and indented_entries(run):
        return
    texts = [item.text for item in run]
    joins = [
        wrapped and (continues(a, b) or wrapped_at(a, b, measure))
        for a, b in itertools.pairwise(texts)
    ]
    if any(joins):
        _prose(run, texts, joins, headings)
        return
    if len(run) == 1:
        single = run[0]
        alone = start == 0 and end == len(items)
        lead_in = (
            end < len(items)
            and items[end].kind in (BlockKind.LIST_ITEM, BlockKind.METADATA)
            and is_heading_line(single.text)
            and (headings or single.text.endswith(":"))
        )
        standalone = headings and alone and is_heading_line(single.text)
        label = _column_label(single, items)  # "Action" set over the right-hand column
        single.kind = (
            BlockKind.HEADING if (standalone or lead_in) and not label else BlockKind.PARAGRAPH
        )
        single.level = 2 if single.kind is BlockKind.HEADING else 0
        return
    entries = {i for i, text in enumerate(texts) if not ends_sentence(text)}
    if len(entries) >= 2 and _label(texts[0], texts[1:]):
        run[0].kind, run[0].level = BlockKind.HEADING, 2
        entries.discard(0)
    for i in sorted(entries):  # a short line above a sentence: "Why Derry" / "Derry is ..."
        above = i + 1 < len(texts) and i + 1 not in entries and len(texts[i + 1]) > LONG_LINE
        if headings and above and is_heading_line(texts[i]):
            run[i].kind, run[i].level = BlockKind.HEADING, 2
            entries.discard(i)
    for i, item in enumerate(run):
        if item.kind is None:
            many = len(entries) >= 2 or (i in entries and run[0].kind is BlockKind.HEADING)
            entry = i in entries and many and not is_message(item.text)
            item.kind = BlockKind.LIST_ITEM if entry else BlockKind.PARAGRAPH


def _column_label(line: Line, items: list[Line]) -> bool:
    """A short line set flush right over the lines below, past the middle of their width:
    minutes' "Action" over the column where each item's owner stands, not a heading over
    the items."""
    width = max((item.indent + len(item.text) for item in items), default=0)
    return line.indent >= width / 2 and line.indent >= RIGHT_SET * (width - len(line.text))


RIGHT_SET = 0.8  # of the room left of a line: 0.5 centres it, 1 sets it flush right


def _prose(run: list[Line], texts: list[str], joins: list[bool], headings: bool) -> None:
    """Wrapped prose: join continuing lines and lines wrapped near the full width. A line
    shaped like a heading still runs on when it opens with an apposition ("Ruairi Maginness,
    a speech and language therapist from the Belfast") or the line above ran on into it: a
    heading never starts mid-paragraph."""
    width = max(len(text) for text in texts)
    for i, text in enumerate(texts[:-1]):
        if (
            len(text) >= max(WRAP_FRACTION * width, 40)
            and (not is_heading_line(text) or _CLAUSE.search(text) or (i and joins[i - 1]))
            and not opens_with_time(texts[i + 1])
            and not ends_address(text)
        ):
            joins[i] = True
    for i, joined in enumerate(joins):
        run[i + 1].joined = joined
    for i, item in enumerate(run):
        if item.joined:
            continue
        single = i + 1 == len(run) or not run[i + 1].joined
        followed = i + 1 < len(run)
        if headings and single and followed and is_heading_line(item.text):
            item.kind, item.level = BlockKind.HEADING, 2
        else:
            item.kind = BlockKind.PARAGRAPH


def _label(text: str, below: Sequence[str] = ()) -> bool:
    """A line that heads the lines below it: 'Attendees:', or one lacking their separator."""
    words = text.split()
    if not is_heading_line(text.rstrip(":")) or len(words) > 4:
        return False
    if text.endswith(":"):
        return True
    shared = [line for line in below if _SEPARATOR.search(line)]
    return bool(below) and not _SEPARATOR.search(text) and 2 * len(shared) >= len(below)


def _emit(items: list[Line]) -> list[LineBlock]:
    blocks: list[LineBlock] = []
    pending: list[Line] = []
    group = 0

    def flush() -> None:
        nonlocal group
        if not pending:
            return
        head = pending[0]
        kind = head.kind or BlockKind.PARAGRAPH
        if blocks and (
            kind not in (BlockKind.LIST_ITEM, BlockKind.METADATA) or (blocks[-1].kind is not kind)
        ):
            group += 1
        text = join_wrapped([item.text for item in pending])
        blocks.append(LineBlock(kind, text, head.level, head.key, group))
        pending.clear()

    for item in items:
        if not item.joined:
            flush()
        pending.append(item)
    flush()
    return blocks
