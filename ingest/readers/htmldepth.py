"""Flattening HTML nested deeper than browsers go, before it is parsed.

The HTML tree-building algorithm looks through the stack of open elements for many start
tags (`<div>`, `<li>`, `<blockquote>` ...), so a page nested n deep costs n² steps: lexbor
took 22 s on 100,000 nested `<div>`s. Browsers cap the depth (Blink at 512). Here one linear
pass over the tags finds elements that would open deeper than `max_depth` and removes
their start and end tags, keeping their text, so the parser's work stays linear.

>>> flatten_deep("<div>" * 3 + "x" + "</div>" * 3, 2)
('<div><div>x</div></div>', True)
>>> flatten_deep("<p>a<p>b</p>", 1)
('<p>a<p>b</p>', False)
"""

from __future__ import annotations

import re
from collections import Counter

MAX_DEPTH = 512
RAW_TEXT = frozenset(
    "script style textarea title xmp iframe noembed noframes noscript plaintext".split()
)
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# elements whose end tag may be left out: the parser closes them itself, so they do not nest
TRANSPARENT = frozenset(
    """p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp rtc
    html head body""".split()
)
_TAG = re.compile(r"<!--|<(/?)([A-Za-z][^\s/>]*)[^>]*>")


def flatten_deep(source: str, max_depth: int) -> tuple[str, bool]:
    """The source with start/end tags nested deeper than max_depth removed; and whether any."""
    if source.count("<") <= max_depth:
        return source, False
    end_of_tags = source.rfind(">") + 1  # past it no tag can close: the scan stays linear
    cuts: list[tuple[int, int]] = []
    stack: list[tuple[str, bool]] = []  # (name, kept) of each open element
    counts: Counter[str] = Counter()
    kept = 0
    pos = 0
    lower = ""  # the source in lower case, made when a raw-text element needs it
    while match := _TAG.search(source, pos, end_of_tags):
        pos = match.end()
        if match.group(0) == "<!--":
            close = source.find("-->", pos)
            if close < 0:
                break
            pos = close + 3
            continue
        closing, name = match.group(1), match.group(2).lower()
        if closing:
            if counts[name]:
                while stack:
                    open_name, open_kept = stack.pop()
                    counts[open_name] -= 1
                    kept -= open_kept
                    if open_name == name:
                        if not open_kept:
                            cuts.append(match.span())
                        break
            continue
        if name in RAW_TEXT:
            lower = lower or source.lower()
            close = lower.find(f"</{name}", pos)
            pos = len(source) if close < 0 else close
            continue
        if name in VOID or name in TRANSPARENT or match.group(0).endswith("/>"):
            continue
        keep = kept < max_depth
        if not keep:
            cuts.append(match.span())
        stack.append((name, keep))
        counts[name] += 1
        kept += keep
    if not cuts:
        return source, False
    pieces: list[str] = []
    start = 0
    for cut_start, cut_end in cuts:
        pieces.append(source[start:cut_start])
        start = cut_end
    pieces.append(source[start:])
    return "".join(pieces), True
