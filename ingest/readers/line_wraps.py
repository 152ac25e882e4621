"""Where a plain line carries on into the next one, for the shared line classifier
(`ingest.readers.lines`): a list item or a "Key: value" wrapped over lines, in typeset text
(a PDF's lines set to a measure), in text typed to a fixed width (an e-mail's or a chat
export's 72 columns) and in a value set under its key with a hanging indent."""

from __future__ import annotations

import itertools
import re

from ingest.readers.line_runs import Line
from ingest.readers.line_shapes import (
    LONG_LINE,
    continues,
    ends_address,
    ends_sentence,
    opens_with_time,
)
from ingest.types import BlockKind

FIT = 0.8  # a typeset line and the next's first word this near the measure: a wrap
WRAP_FRACTION = 0.75  # in wrapped prose, lines this close to the widest are wrapped lines

WIDTH_LINES = 3  # lines this near the widest that show text typed to a fixed width
MIN_WIDTH = 60


def typed_to_width(items: list[Line]) -> int:
    """The width plain text was typed or exported to (an e-mail's or a chat export's 72
    columns), when WIDTH_LINES of its lines come near it; 0 when its lines show none."""
    widths = [len(item.text) + item.indent for item in items]
    widest = max(widths, default=0)
    near = sum(1 for w in widths if w >= FIT * widest)
    return widest if widest >= MIN_WIDTH and near >= WIDTH_LINES else 0


def wrapped_at(line: str, following: str, measure: int) -> bool:
    """In typeset lines (`measure`: the widest), whether `line` ended because the next
    line's first word would not fit on it: "… a group of five: Ffion Gwilym" /
    "(Neurodevelopmental Service Lead, …"."""
    if not measure or len(line) < LONG_LINE * FIT or not following.split() or ends_address(line):
        return False
    return len(line) + 1 + len(following.split()[0]) >= FIT * measure


def _wrapped_in_box(line: str, following: str, measure: int) -> bool:
    """In a value already wrapped over lines set to a narrow measure (a sidebar's "About the
    authors: …"), whether `line` ended because the next word would not have fitted: "…
    Professor Iain" / "Lochhead is …"."""
    words = following.split()
    return (
        0 < measure < LONG_LINE
        and bool(words)
        and len(line) >= FIT * measure
        and len(line) + 1 + len(words[0]) > measure
    )


def runs_on(line: str, measure: int) -> bool:
    """A typeset line as wide as the measure that ends no sentence: the next line carries on."""
    return len(line) >= max(WRAP_FRACTION * measure, LONG_LINE) and not ends_sentence(line)


def join_continuations(items: list[Line], measure: int = 0, width: int = 0) -> None:
    """Plain lines that carry on a list item or a metadata value join it; in typeset lines
    (`measure`), also a line after an item's (or a value's) line that ended only because the
    next word would not fit ("• Sioned Llwyd, Head of Rural Services, Betsi Cadwaladr
    University Health" / "Board (lead)"); so too in text typed to a fixed `width` (a chat
    export's "In the room: Dr A, Specialty Doctor in the Adult ADHD" / "Service at …"), when
    the next line is not set under the value as an entry of its own."""
    head: Line | None = None  # the list item or metadata line a chain of lines continues
    for before, item in itertools.pairwise(items):
        if not before.joined:
            head = before
        if item.kind is not None or head is None:
            continue
        if head.kind is BlockKind.LIST_ITEM:
            item.joined = (
                item.indent > head.indent
                or continues(before.text, item.text)
                or wrapped_at(before.text, item.text, measure)
            )
        elif head.kind is BlockKind.METADATA:  # "About the authors: Dr A is" / "Lecturer …"
            item.joined = (
                continues(before.text, item.text, loose=False)
                or item.text.lstrip().startswith("(")  # "… Aled Prys" / "(Connector, …) with"
                or wrapped_at(before.text, item.text, measure)
                or (before.joined and _wrapped_in_box(before.text, item.text, measure))
                or (
                    item.indent == 0
                    and not before.text.endswith(")")
                    and not opens_with_time(item.text)  # a chat's next message
                    and wrapped_at(before.text, item.text, width)
                )
                or _hangs_under(head, before, item, width)
            )


_VALUE_AT = re.compile(r"[^:]*:\s*")


def _hangs_under(head: Line, before: Line, item: Line, width: int) -> bool:
    """In text typed to a fixed `width`, a line set exactly under the first character of a
    "Key:  value" (a hanging indent) carries the value on when the line above reached the
    width: "Round the circle:  A (Chaplain); Father Declan" / "                   Morrissey
    (…)". A short line above leaves the next one an entry of its own ("Present:  Ann Bell" /
    "          Bo Chen")."""
    column = head.indent + _VALUE_AT.match(head.text).end()  # type: ignore[union-attr]
    if not width or item.indent != column:
        return False
    return before.indent + len(before.text) >= FIT * width  # (the word then could not fit)
