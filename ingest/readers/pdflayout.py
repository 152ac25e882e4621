"""PDF page layout -> blocks: text pieces with positions and font sizes grouped into lines,
lines into runs by vertical gaps and font size, ruled tables into rows.

The pieces come from pypdf's text visitor (ingest.readers.pdffile). A line set noticeably
larger than the body text is a HEADING (levels by size), the largest near the top of page
one the TITLE; runs of body lines go through the shared line classifier; lines repeated at
the top or bottom of most pages (running headers and footers) and page numbers are dropped.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from ingest.readers.marks import MARKS, superscript

HEADING_RATIO = 1.15  # a line this much larger than the body text is a heading
GAP_RATIO = 1.3  # a gap this much larger than the usual line spacing starts a new run
COLUMN_GAP = 0.9  # a horizontal gap of this many font sizes separates table cells
MAX_RULES = 2000  # pages with more ruling segments than this are not searched for tables
SUP_RATIO = 0.85  # a mark set this much smaller than its line is a superscript
COLUMN_SLACK = 6.0  # points a line may start outside a table's edges and still be in its column
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_DIGITS = re.compile(r"\d+")
_NUMBERED_FOOT = re.compile(r"\s[·|•–-]\s.{0,60}\s\d{1,3}$")  # "Report title · May 2025 3"


@dataclass(slots=True)
class Piece:
    """A piece of text as drawn: its position (baseline start), font size and weight."""

    text: str
    x: float
    y: float
    size: float
    bold: bool
    width: float  # of the text without trailing spaces, in points


@dataclass(slots=True)
class Line:
    pieces: list[Piece]
    y: float
    size: float
    page: int
    cells: list[tuple[float, str]] = field(default_factory=list)  # (x, text) split at gaps

    @property
    def text(self) -> str:
        return " ".join(" ".join(text for _, text in self.cells).split())

    @property
    def bold(self) -> bool:
        return all(piece.bold for piece in self.pieces if piece.text.strip())


@dataclass(slots=True)
class Rows:
    """The rows of one table found on a page: each a list of cell texts."""

    rows: list[list[str]]
    header: bool
    page: int
    y: float
    xs: list[float] = field(default_factory=list)  # where the cells start (borderless tables)
    span: tuple[float, float] | None = None  # a ruled grid's left and right edges

    def beside(self, line: Line) -> bool:
        """Whether a line is in the table's column of the page, overlapping it across (a
        table in the left column of two is read after that column's lines above it, not
        before the page's text)."""
        left, right = self.span or ((self.xs[0], self.xs[-1]) if len(self.xs) > 1 else (0, 0))
        if right <= left or not line.pieces:
            return True
        start = line.pieces[0].x
        end = max(piece.x + piece.width for piece in line.pieces)
        return start <= right + COLUMN_SLACK and end >= left - COLUMN_SLACK  # they overlap

    def left_of(self, line: Line) -> bool:
        """Whether the whole table is left of where the line starts (a column to its right)."""
        right = self.span[1] if self.span else (self.xs[-1] if self.xs else 0.0)
        return bool(line.pieces) and 0 < right + COLUMN_SLACK < line.pieces[0].x


@dataclass(slots=True)
class Rule:
    """A ruling segment: horizontal (y fixed) or vertical (x fixed)."""

    x0: float
    y0: float
    x1: float
    y1: float


def make_lines(pieces: list[Piece], page: int) -> list[Line]:
    """Pieces in drawing order -> lines: a piece on the same baseline joins the line."""
    lines: list[Line] = []
    for piece in pieces:
        if not piece.text.strip() and not piece.text:
            continue
        last = lines[-1] if lines else None
        if last is not None and abs(piece.y - last.y) <= 0.3 * max(piece.size, last.size, 1):
            last.pieces.append(piece)
            last.size = max(last.size, piece.size) if piece.text.strip() else last.size
        else:
            lines.append(Line([piece], piece.y, piece.size if piece.text.strip() else 0, page))
    for line in lines:
        line.cells = _cells(line.pieces)
        line.size = _main_size(line.pieces) or max(piece.size for piece in line.pieces)
    return [line for line in lines if line.text]


def _main_size(pieces: list[Piece]) -> float:
    """The size most of a line's characters are set in (a list number or a drop capital set
    larger does not make the line a heading or break its paragraph)."""
    chars: dict[float, int] = {}
    for piece in pieces:
        n = len(piece.text.strip())
        if n:
            chars[round(piece.size, 1)] = chars.get(round(piece.size, 1), 0) + n
    return max(chars, key=lambda size: (chars[size], size)) if chars else 0.0


def _cells(pieces: list[Piece]) -> list[tuple[float, str]]:
    """The line's text, split where a wide horizontal gap separates pieces; a mark set
    smaller and raised after a word is written as a superscript ("Hext" + "b": "Hextᵇ")."""
    cells: list[tuple[float, str]] = []
    end = -math.inf
    main = _main_size(pieces)
    for piece in sorted(pieces, key=lambda p: p.x):
        gap = piece.x - end
        raised = main and piece.size < SUP_RATIO * main and MARKS.fullmatch(piece.text)
        said = superscript(piece.text) if raised else piece.text
        if cells and gap <= COLUMN_GAP * piece.size:
            x, text = cells[-1]
            cells[-1] = (x, text + said)
        elif piece.text.strip():
            cells.append((piece.x, said))
        end = max(end, piece.x + piece.width)
    return [(x, text.strip()) for x, text in cells if text.strip()]


def body_size(lines: list[Line]) -> float:
    """The most common font size, weighted by characters."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def edges(lines: list[Line], body: float, leading: float) -> list[Line]:
    """The page's top-most and bottom-most lines when set apart from the text (by a gap or
    a different size): where running headers, footers and page numbers are."""
    if len(lines) < 2:
        return []
    ordered = sorted(lines, key=lambda line: -line.y)
    found: list[Line] = []
    for edge, neighbour in ((ordered[0], ordered[1]), (ordered[-1], ordered[-2])):
        apart = abs(edge.y - neighbour.y) > 1.5 * leading or abs(edge.size - body) > 0.5
        if apart or _PAGE_NUMBER.match(edge.text):
            found.append(edge)
    return found


K = TypeVar("K")  # what a line is known by on every page: its text, or its text and height
RUNNING_CHARS = 200  # a running head set small runs the page's width: "NHS Tayside · … · OFFICIAL"


def running_lines(page_edges: list[list[Line]]) -> set[str]:
    """Texts (digits folded) of the edge lines of most pages: running headers and footers."""
    return _on_most_pages(page_edges, lambda line: _fold(line.text))


OUTER_LINES = 2  # a running head or footer may wrap onto a second line
SAME_PLACE = 2.0  # points: a running head is set at the same height on every page


def outer_lines(lines: list[Line]) -> list[Line]:
    """The page's OUTER_LINES top-most and bottom-most lines, set apart from the text or not."""
    if len(lines) <= 2 * OUTER_LINES:
        return []
    ordered = sorted(lines, key=lambda line: -line.y)
    return ordered[:OUTER_LINES] + ordered[-OUTER_LINES:]


def placed_lines(page_outer: list[list[Line]]) -> set[tuple[str, int]]:
    """(text, height) of the outer lines of most pages set at the same text and height: a
    running head set as close as the text under it ("NHS Tayside · Cardiology · …" over two
    lines), known by its repeating in place, where text that runs on never lands twice."""
    return _on_most_pages(page_outer, _placed)


def _on_most_pages(pages: list[list[Line]], key: Callable[[Line], K]) -> set[K]:
    """The keys of lines (up to RUNNING_CHARS long) that most pages have, two at least."""
    if len(pages) < 2:
        return set()
    seen: Counter[K] = Counter()
    for lines in pages:
        seen.update({key(line) for line in lines if len(line.text) <= RUNNING_CHARS})
    most = max(2, math.ceil(0.5 * len(pages)))
    return {k for k, count in seen.items() if count >= most}


def _placed(line: Line) -> tuple[str, int]:
    return _fold(line.text), round(line.y / SAME_PLACE)


def is_furniture(
    line: Line,
    page_edges: list[Line],
    running: set[str],
    outer: list[Line],
    placed: set[tuple[str, int]],
) -> bool:
    """A running header/footer or a page number at the top or bottom of its page, or an outer
    line repeated in place on most pages (`placed`)."""
    at_edge = any(line is edge for edge in page_edges)
    numbered = bool(_PAGE_NUMBER.match(line.text) or _NUMBERED_FOOT.search(line.text))
    if at_edge and (_fold(line.text) in running or numbered):
        return True
    return any(line is edge for edge in outer) and _placed(line) in placed


def _fold(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def tables(lines: list[Line], rules: list[Rule], page: int) -> tuple[list[Line], list[Rows]]:
    """Take the lines inside ruled grids (or aligned borderless rows) out as table rows."""
    found: list[Rows] = []
    if len(rules) <= MAX_RULES:
        for grid in _grids(rules):
            lines = _fill(grid, lines, page, found)
    return _borderless(lines, page, found)


def _grids(rules: list[Rule]) -> list[tuple[list[float], list[float]]]:
    """Grids of ruling lines: (column edges x, row edges y top to bottom), 2x2 cells or more."""
    flat = [r for r in rules if abs(r.y0 - r.y1) < 1 and abs(r.x1 - r.x0) > 2]
    upright = [r for r in rules if abs(r.x0 - r.x1) < 1 and abs(r.y1 - r.y0) > 2]
    groups: list[tuple[list[Rule], list[Rule]]] = []
    for rule in upright:  # a vertical rule joins the group whose box it touches
        low, high = sorted((rule.y0, rule.y1))
        for verticals, _ in groups:
            box_low = min(min(v.y0, v.y1) for v in verticals)
            box_high = max(max(v.y0, v.y1) for v in verticals)
            if low <= box_high + 1 and high >= box_low - 1:
                verticals.append(rule)
                break
        else:
            groups.append(([rule], []))
    grids: list[tuple[list[float], list[float]]] = []
    for verticals, horizontals in groups:
        left = min(v.x0 for v in verticals)
        right = max(v.x0 for v in verticals)
        low = min(min(v.y0, v.y1) for v in verticals)
        high = max(max(v.y0, v.y1) for v in verticals)
        for rule in flat:
            x0, x1 = sorted((rule.x0, rule.x1))
            if low - 1 <= rule.y0 <= high + 1 and x0 <= left + 1 and x1 >= right - 1:
                horizontals.append(rule)
        xs = _edges([v.x0 for v in verticals])
        ys = sorted(_edges([h.y0 for h in horizontals]), reverse=True)
        if len(xs) >= 3 and len(ys) >= 3:
            grids.append((xs, ys))
    return grids


def _edges(values: list[float]) -> list[float]:
    edges: list[float] = []
    for value in sorted(values):
        if not edges or value - edges[-1] > 2:
            edges.append(value)
    return edges


def _fill(
    grid: tuple[list[float], list[float]], lines: list[Line], page: int, found: list[Rows]
) -> list[Line]:
    xs, ys = grid
    cells: dict[tuple[int, int], list[str]] = {}
    rest: list[Line] = []
    bold_top = True
    for line in lines:
        if not (ys[-1] < line.y < ys[0] and xs[0] < line.pieces[0].x + 1 < xs[-1] + 2):
            rest.append(line)
            continue
        row = next(i for i in range(len(ys) - 1) if ys[i + 1] < line.y <= ys[i])
        by_column: dict[int, list[Piece]] = {}  # split at the grid's edges, not at gaps
        for piece in line.pieces:
            x = piece.x
            column = max(0, min(len(xs) - 2, next((i for i, e in enumerate(xs) if e > x), 1) - 1))
            by_column.setdefault(column, []).append(piece)
        for column, pieces in sorted(by_column.items()):
            text = " ".join(text for _x, text in _cells(pieces))
            if text:
                cells.setdefault((row, column), []).append(text)
        if row == 0:
            bold_top = bold_top and line.bold
    rows = [
        ["\n".join(cells.get((r, c), [])) for c in range(len(xs) - 1)] for r in range(len(ys) - 1)
    ]
    rows = [row for row in rows if any(row)]
    if rows:
        found.append(Rows(rows, bold_top and len(rows) > 1, page, ys[0], span=(xs[0], xs[-1])))
    return rest


def _borderless(lines: list[Line], page: int, found: list[Rows]) -> tuple[list[Line], list[Rows]]:
    """Two or more consecutive lines split into the same aligned cells are a table."""
    rest: list[Line] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _aligned(lines[i], lines[j]):
            j += 1
        if j - i >= 2:
            rows = [[text for _, text in line.cells] for line in lines[i:j]]
            xs = [x for x, _ in lines[i].cells]
            found.append(Rows(rows, lines[i].bold, page, lines[i].y, xs))
            i = j
        else:
            rest.append(lines[i])
            i += 1
    return rest, found


def _aligned(first: Line, line: Line) -> bool:
    return aligned_to([x for x, _ in first.cells], line)


def aligned_to(xs: list[float], line: Line) -> bool:
    """True when the line's cells start where `xs` say (two cells or more)."""
    return same_columns(xs, [x for x, _ in line.cells])


def same_columns(xs: list[float], others: list[float]) -> bool:
    return (
        len(xs) >= 2
        and len(xs) == len(others)
        and all(abs(a - b) < 3 for a, b in zip(xs, others, strict=True))
    )
