"""The lines of a run as the shared line classifier (ingest.readers.lines) marks them, and
the patterns of a run that give it structure beyond one line's shape: a chat or digest
message's header over its time stamp, an abstract book's coded entry over its indented
byline, a numbered line that heads a part of minutes rather than continuing a list.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ingest.readers.line_shapes import (
    LONG_LINE,
    continues,
    ends_sentence,
    is_capitals,
    is_heading_line,
)
from ingest.types import BlockKind

MAX_TITLE_CHARS = 150


@dataclass(slots=True)
class Line:
    text: str  # stripped, marker removed
    kind: BlockKind | None = None  # decided kind, None while plain
    level: int = 0
    key: str = ""
    indent: int = 0
    joined: bool = False  # joined into the line before it
    numbered: bool = False  # a list item marked "1." / "2.1" / "a)" rather than a bullet
    hang: int = 0  # a list item's column where its text starts, past its marker
    number: int = 0  # a numbered item's number ("4." -> 4), 0 when it has none
    lettered: bool = False  # numbered by letters or numerals ("(a)", "iv."), not figures


CHAT_HEADER = re.compile(  # a chat export's message header on its own line
    r"^\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
    r"(?:\s+:[a-z_]+:.*)?$"
)
_STAMP = re.compile(  # a message's time on its own line: "Wed 18 June 09:12", "18/06/2025, 9:12 am"
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}"
    r"(?:\s+\d{4})?|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|yesterday|today)?,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$",
    re.IGNORECASE,
)


def is_stamp(text: str) -> bool:
    """Whether a line is only a message's time ("Wed 18 June 09:12", "Yesterday 4:05 pm")."""
    return bool(_STAMP.match(text.strip()))


def message_headers(items: list[Line]) -> None:
    """A digest's or chat export's message: a short line (who posted it, "Ann Bell  (GP,
    NHS Fife)") over a line that is only its time ("Wed 18 June 09:12") heads the message."""
    for item, after in itertools.pairwise(items):
        if (
            item.kind is None
            and is_stamp(after.text)
            and len(item.text) <= MAX_TITLE_CHARS  # "Name  (Role, Organisation)"
            and not ends_sentence(item.text)
        ):
            item.kind, item.level = BlockKind.HEADING, 3
            after.kind = BlockKind.PARAGRAPH  # its time: a line of the message, no heading


_ENTRY_CODE = re.compile(r"^[A-Z]{1,3}-?\d{1,4}(?:\.\d{1,2})?\s+\S")  # "B12", "P-034", "O3.2"


def coded_entries(items: list[Line]) -> None:
    """An abstract book's or programme's entry: a line that opens with its code ("B12  Who
    comes to a men's shed?") over lines indented under it (authors, affiliations) is a
    heading, and each indented line a line of its own."""
    if len(items) < 2 or items[0].indent or not _ENTRY_CODE.match(items[0].text):
        return
    rest = items[1:]
    if not all(item.indent > 0 for item in rest) or ends_sentence(items[0].text):
        return
    items[0].kind, items[0].level = BlockKind.HEADING, 2
    for item in rest:  # its byline: entries, never a heading over the lines below
        if item.kind is BlockKind.LIST_ITEM and not item.numbered:
            continue  # a real bullet stays one
        item.kind, item.indent, item.level = BlockKind.LIST_ITEM, 0, 0


_COUNTED = re.compile(r"^(\d{1,2})\s+(?=[A-Z][a-z])")  # "1 Patients were …": no stop


def counted_points(items: list[Line]) -> None:
    """Points numbered with no stop after the number, as a PDF sets a numbered list ("1
    Patients were more willing …" / "2 Volunteers who …"): two or more lines counting up
    from 1 are list items (other lines between them carry them on)."""
    group: list[tuple[Line, int]] = []  # the lines counting up so far, with their numbers' end
    for item in items:
        found = _COUNTED.match(item.text) if item.kind is None else None
        if found is None:
            continue
        n = int(found.group(1))
        if n == 1:
            _as_points(group)
            group = [(item, found.end())]
        elif group and n == len(group) + 1:
            group.append((item, found.end()))
        else:
            _as_points(group)
            group = []
    _as_points(group)


def _as_points(group: list[tuple[Line, int]]) -> None:
    if len(group) < 2:
        return
    for n, (line, end) in enumerate(group, 1):
        line.kind, line.numbered, line.text = BlockKind.LIST_ITEM, True, line.text[end:]
        line.hang, line.number = line.indent + end, n


def numbered_headings(items: list[Line]) -> None:
    """A numbered line that reads as a heading and does not continue a numbered list is a
    numbered heading of minutes and reports ("2. What we learned" over bullets or prose); so
    is any numbered line in capitals ("4. MEALTIMES AND WEIGHT" over the item's text)."""
    for i, item in enumerate(items):
        if not (item.kind is BlockKind.LIST_ITEM and item.numbered and is_heading_line(item.text)):
            continue
        if is_capitals(item.text):  # "5. WHAT WE HAVE LEARNED SINCE THE LAST MEETING" over
            item.kind, item.level = BlockKind.HEADING, 1  # its text set under it: a head
            continue  # in capitals heads its item, whether the numbers count on or not
        before = _item_before(items, i)
        j = i + 1  # past the lines that carry the item on ("1. Nobody owned … once the" /
        while (
            j < len(items)
            and items[j].kind is None
            and (continues(items[j - 1].text, items[j].text, loose=False) or _hangs(item, items[j]))
        ):
            j += 1  # "     patient moved between …": a wrapped item, not a heading)
        if j > i + 1 and not _body_under(item, items[i + 1 : j]):
            continue
        after = items[j] if j < len(items) else None
        in_list = (
            before is not None
            and before.kind is BlockKind.LIST_ITEM
            and before.numbered
            and _counts_on(before, item)
        ) or (
            after is not None
            and after.kind is BlockKind.LIST_ITEM
            and after.numbered
            and _counts_on(item, after)
        )
        if not in_list:
            item.kind, item.level = BlockKind.HEADING, 1


def _counts_on(a: Line, b: Line) -> bool:
    """Whether numbered item b may follow a in one list: its number comes next, or either
    number is unknown ("2 Volunteers …" then "5. Action log": a heading of the minutes); not
    a lettered item under a numbered one ("5. Points of learning" over "(a) A warm …")."""
    if a.lettered != b.lettered:
        return False
    return not a.number or not b.number or b.number == a.number + 1


BODY_WORDS = 5  # a sentence under a numbered heading opens with a line this long


def _body_under(item: Line, hanging: list[Line]) -> bool:
    """Whether the lines set under a numbered line's text are its body, not the line carried
    on: a sentence that starts afresh under a line shaped like a heading ("1.  Welcome,
    apologies and introductions" / "    Eirlys welcomed everyone …")."""
    first = hanging[0]
    return (
        _hangs(item, first)
        and first.text[:1].isupper()
        and len(first.text.split()) >= BODY_WORDS
        and not continues(item.text, first.text, loose=False)
        and any(ends_sentence(line.text) for line in hanging)
    )


def _hangs(item: Line, line: Line) -> bool:
    """Whether a plain line is set under a list item's text, past its marker ("2. Megan
    Prysor, Lead at Betsi Cadwaladr" / "   University Health Board, described …"): the item
    carried on, however its first line ends."""
    return item.hang > item.indent and line.indent == item.hang


def _item_before(items: list[Line], i: int) -> Line | None:
    """The line before items[i], past the plain lines that carry on a list item above (a
    wrapped item: "1. Training … keeps them" / "there; most …" / "2. Clinics …")."""
    j = i - 1
    while j > 0 and items[j].kind is None and continues(items[j - 1].text, items[j].text):
        j -= 1
    return items[j] if j >= 0 else None


def indented_entries(run: list[Line]) -> bool:
    """Entries set in from the margin, with or without a label over them ("On the call" /
    "  Bryony Tattersall (BT) - THT, chair" / "  Jas Kaur-Whitfield (JKW) - Youth Worker, …" /
    "      Children's Services (…)"): two or more lines at the run's entry indent (the
    first line's, when the whole run is set in under a heading, else the one just deeper)
    are entries, each carried on by the lines set in deeper still under it; a first line at
    the margin is their label. Decides the run and says so; leaves it alone (False) when its
    lines show no such shape (a paragraph set in, wrapped lines at one indent)."""
    first = run[0].indent
    labels = [i for i, item in enumerate(run) if item.indent == first]
    if len(labels) >= 2 and all(run[i].text.endswith(":") for i in labels):
        return _labels_over_entries(run, labels, colons=True)  # "TABLE 1 (Llan end):" / "   A…"
    deeper = [item.indent for item in run if item.indent > first]
    step = first if first > 0 else min(deeper, default=0)
    if not step:
        return False
    starts = [i for i, item in enumerate(run) if item.indent == step]
    if len(starts) < 2 or any(item.indent < step for item in run[starts[0] :]):
        return False
    if starts[0] > 1 or any(
        ends_sentence(run[i].text) and len(run[i].text.split()) > ENTRY_WORDS for i in starts
    ):
        return False  # more than a label above them, or sentences set in: prose
    if any(
        b == a + 1 and continues(run[a].text, run[b].text) for a, b in itertools.pairwise(starts)
    ):
        return False  # one entry's lines wrapped at one indent ("Lorraine P, …, Community" / …)
    if starts[0] == 1:
        run[0].kind, run[0].level = BlockKind.HEADING, 2
    if _labels_over_entries(run, starts):
        return True
    for item in run[starts[0] :]:
        if item.indent == step:
            item.kind = BlockKind.LIST_ITEM
        else:  # set in under the entry above: it carries on
            item.joined = True
    return True


ENTRY_WORDS = 25  # an indented line ending a sentence this long is prose, not an entry
LABEL_WORDS = 10  # a group's label is a body's or a group's name, not a line of its own


def _labels_over_entries(run: list[Line], starts: list[int], *, colons: bool = False) -> bool:
    """Labels set in over entries set in deeper still, as a sign-in sheet grouped by setting
    is typed ("  Ysgol Maes Derwen" / "      Siân Ellis-Rowlands (Headteacher; hosted)" /
    "      Gethin Parry (ALNCo; these notes)" / "  ACE Hub Wales" / "      Tegwen Morris (…)
    - led the" / "      first hour"): every label has lines under it, no label is longer
    than a name, bracketed or a sentence, and under one label at least two lines open entries
    of their own (not one entry wrapped). The labels then head groups (headings under the
    run's), each line under them that opens an entry is one, and the rest carry on the entry
    above (a line that continues it, or that ended only because the next word would not fit
    the width the run was typed to). Labels set at the margin and ending in colons ("TABLE 1
    (Llan end):") say they label what is under them: one entry under each will do. Decides
    the run and says so; False leaves it to be read as entries with their details set in
    under them."""
    ends = [*starts[1:], len(run)]
    groups = [run[a + 1 : b] for a, b in zip(starts, ends, strict=True)]
    labels = [run[a].text for a in starts]
    if not all(groups) or any(
        len(label.split()) > LABEL_WORDS or ("(" in label and not colons) or ends_sentence(label)
        for label in labels
    ):
        return False
    inner = min(item.indent for group in groups for item in group)
    measure = max(item.indent + len(item.text) for item in run)
    opening = [
        {
            k
            for k, item in enumerate(group)
            if k == 0
            or (
                item.indent == inner
                and not continues(group[k - 1].text, item.text)
                and not _wraps(group[k - 1], item, measure)
            )
        }
        for group in groups
    ]
    if not colons and all(len(opens) < 2 for opens in opening):
        return False
    for a in starts:
        run[a].kind, run[a].level = BlockKind.HEADING, GROUP_LEVEL
    for group, opens in zip(groups, opening, strict=True):
        for k, item in enumerate(group):
            if k in opens:
                item.kind = BlockKind.LIST_ITEM
            else:
                item.joined = True
    return True


GROUP_LEVEL = 4  # under any heading a plain-text page sets (its capitals, its underlined lines)


def _wraps(line: Line, following: Line, measure: int) -> bool:
    """Whether a long line ended only because the next line's first word would not fit the
    width its run was typed to ("… -- Betsi Cadwaladr University" / "Health Board; …"); a
    line closing a bracket or a sentence ends an entry."""
    width = line.indent + len(line.text)
    words = following.text.split()
    return (
        width >= LONG_LINE * WRAP_FIT
        and bool(words)
        and not line.text.endswith((")", ".", "]"))
        and width + 1 + len(words[0]) > measure
    )


WRAP_FIT = 0.8  # a line this near a long line's length may have been wrapped
