"""A web page's own details beside its text (used by ingest.readers.htmlblocks and
ingest.readers.webpage): a sidebar setting out its fields or its credits, and the credit
lines of its footer ("Analysis: Dr A, …", "Evaluation by A, …"), read although the sidebar
and footer around them are page furniture.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

SECTIONING = frozenset({"article", "main", "section"})


def side_boxes(tree: LexborNode, root: LexborNode) -> list[LexborNode]:
    """The parts of sidebars and footers outside the page's <main>/<article> (`root`) that set
    out the page's own details, to be read after it: a sidebar of fields (its authors,
    setting, data period: `_fields_box`), a footer's credit lines ("Analysis: Dr A, …")."""
    boxes: list[LexborNode] = []
    for box in tree.css("aside, footer, section"):
        if root.mem_id in _ancestors(box) or mostly_links(box):
            continue
        if box.tag == "section" and (_within(box, _FURNITURE) or not own_box(box)):
            continue  # (a "Document information" section after <main>: read)
        if box.tag in ("aside", "section") and own_box(box):
            boxes.extend(box.iter())  # (the box itself would be dropped as a sidebar)
        elif box.tag == "footer":  # only its credits, not its links and notices
            boxes.extend(_credits_of(box))
    return boxes


def footer_credits(body: LexborNode) -> list[LexborNode]:
    """The credit lines of a page's own footers (not an article's or a section's, which are
    read in place), for a page with no <main>/<article>: its footers are dropped as
    furniture, but "Evaluation by A, …" names the page's makers."""
    return [
        credit
        for box in body.css("footer")
        if not mostly_links(box) and not _within(box, SECTIONING)
        for credit in _credits_of(box)
    ]


def _credits_of(box: LexborNode) -> list[LexborNode]:
    """A footer's credit lines, and its fields: a line that opens with a bold label
    ("<b>Research team:</b> Dr A, …")."""
    credits = [p for p in box.css("p, div") if _CREDIT.match(p.text() or "") or _field(p)]
    outer = {a for c in credits for a in _ancestors(c)}  # a credit inside a credit:
    return [c for c in credits if c.mem_id not in outer]  # the inner one, once


def _field(node: LexborNode) -> bool:
    first = _past_blanks(node.child)
    if first is None or first.tag not in ("b", "strong"):
        return False
    label = " ".join((first.text() or "").split())
    after = (first.next.text() or "") if first.next is not None else ""
    return 0 < len(label.split()) <= 4 and (label.endswith(":") or after.lstrip().startswith(":"))


def _past_blanks(node: LexborNode | None) -> LexborNode | None:
    """The first of a node and its next siblings that is not blank text."""
    while node is not None and node.tag == "-text" and not (node.text() or "").strip():
        node = node.next
    return node


def _within(node: LexborNode, tags: frozenset[str]) -> bool:
    return any(parent.tag in tags for parent in _lineage(node))


def _ancestors(node: LexborNode) -> set[int]:
    """The ids (`mem_id`) of a node's ancestors."""
    return {parent.mem_id for parent in _lineage(node)}


def _lineage(node: LexborNode) -> Iterator[LexborNode]:
    """A node's ancestors, nearest first."""
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


_CREDIT = re.compile(  # a footer line crediting the page's makers: "Analysis: Dr A, …",
    # "Report prepared by A, …", "Chapter lead: A, …", "Evaluation by A, …"
    r"^\s*(?:(?:the\s+|this\s+)?(?:report|chapter|paper|briefing|page|summary|review|update|"
    r"document|evaluation|audit|study|answer|response|note|brief|bulletin|guide|digest)\s+)?(?:(?:analysis|analysed|authors?|written|prepared|compiled|produced|report|"
    r"edited|drafted|evaluation|evaluated|research|review|reviewed)(?:\s+by)?\s*:"
    r"|(?:analysed|written|prepared|compiled|produced|edited|drafted|evaluation|evaluated|"
    r"research|review|reviewed|analysis|report)\s+by\b|(?:\w+\s+)?leads?\s*:"
    r"|(?:the\s+)?(?:\w+\s+)?team\s*:"  # "Audit team: A, Lead Pharmacist; Dr B, GP …"
    r"|(?:was|were|has\s+been)\s+(?:\w+\s+)?(?:carried\s+out|conducted|undertaken|written|"
    r"prepared|compiled|produced|led|done)\s+by\b)",  # "This review was carried out by A, …"
    re.IGNORECASE,
)


def own_box(node: LexborNode) -> bool:
    """Whether a sidebar is about the page itself: a box of its fields, or of its credits
    ("<aside class=byline><p>Written by <strong>A</strong>, Officer at …")."""
    return (
        _fields_box(node)
        or any(_CREDIT.match(p.text() or "") for p in node.css("p, div"))
        or any(_CITE.match(h.text() or "") for h in node.css("h2, h3, h4, strong, b"))
    )


_CITE = re.compile(  # a box headed by how to cite the page, or by who made it ("The team")
    r"\s*(?:how\s+to\s+cite|cite\s+(?:this|as)|suggested\s+citation"
    r"|(?:page\s+|report\s+)?(?:contributors|credits|authors?)\s*$|about\s+the\s+authors?\s*$"
    r"|(?:the\s+|our\s+|meet\s+the\s+)?(?:project\s+|improvement\s+|study\s+|review\s+)?team\s*$)",
    re.I,
)


_FURNITURE = frozenset({"header", "nav", "footer", "aside", "section"})


def _fields_box(node: LexborNode) -> bool:
    """Whether a sidebar sets out fields, each a bold label over its value ("<strong>Analysis
    by</strong><br>A, Pharmacist, …"), or a definition list, or a table of rows each a label
    cell and its value ("<th>Evaluation lead</th><td>Dr A, …"), or small headings each over
    a short value ("<h3>Contact</h3><p>A<br>Development Manager …</p><h3>Area covered</h3>
    …"): the page's own details, not a newsletter's or a campaign's box."""
    labels = [
        b
        for b in node.css("strong, b")
        if b.next is not None and (b.next.tag == "br" or (b.next.text() or "").strip() == "")
    ]
    fields = [row for row in node.css("tr") if [c.tag for c in row.iter()] == ["th", "td"]]
    headed = [h for h in node.css("h2, h3, h4, h5, h6") if _short_value(h.next)]
    return len(labels) >= 2 or bool(node.css("dl dt")) or len(fields) >= 2 or len(headed) >= 2


FIELD_VALUE_WORDS = 25  # a sidebar field's value under its heading: a name, a place, a date


def _short_value(node: LexborNode | None) -> bool:
    """Whether the element after a sidebar's heading is one short value ("<h3>Area
    covered</h3><p>Dumfries and Galloway, Scotland</p>"), not a paragraph of prose."""
    node = _past_blanks(node)
    if node is None or node.tag not in ("p", "div", "ul", "address", "span"):
        return False
    return 0 < len((node.text(deep=True) or "").split()) <= FIELD_VALUE_WORDS


def mostly_links(node: LexborNode) -> bool:
    """Whether most of an element's text is links ("Related pages", "Read more")."""
    text = len(" ".join((node.text(deep=True) or "").split()))
    linked = sum(len(" ".join((a.text(deep=True) or "").split())) for a in node.css("a"))
    return text == 0 or linked * 2 > text
