"""Tracked changes and reviewers' comments: a document reads as it would with its changes
accepted and its comments hidden.

- In a Word file, inserted runs (`w:ins`, `w:moveTo`) are text and deleted ones (`w:del`,
  `w:moveFrom`) are not. python-docx's `Paragraph.text` reads only a paragraph's direct runs,
  so it drops every insertion of a draft whose changes were never accepted.
- Pasted, exported or "print with markup" copies type the changes into the text:
  "[Deleted by Jo Whitehurst: Amira Haddad]" and "[Comment PR1 — Priya Raman: check the
  room]" are left out, "[Inserted by Jo: two mothers from the peer group]" keeps its words.

>>> accepted("Apologies: [Deleted by Jo: Amira Haddad] Colin Bates")
'Apologies: Colin Bates'
>>> accepted("[Inserted by Jo Whitehurst: two mothers from the Hanley peer group]")
'two mothers from the Hanley peer group'
>>> accepted("[Comment PR1 — Priya Raman: Jo, can you check I've got everyone?]")
''
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn

_TYPED_GONE = re.compile(
    r"\s*\[(?:deleted|deletion|comment(?:ed)?)\b[^\[\]:]{0,80}:[^\[\]]*\]", re.I
)
_TYPED_KEPT = re.compile(r"\[(?:inserted|insertion|added)\b[^\[\]:]{0,80}:\s*([^\[\]]*)\]", re.I)

_GONE = (qn("w:del"), qn("w:moveFrom"))
_TEXT, _TAB, _PTAB = qn("w:t"), qn("w:tab"), qn("w:ptab")
_BREAKS = (qn("w:br"), qn("w:cr"))
_HYPHEN = qn("w:noBreakHyphen")


def accepted(text: str) -> str:
    """The text with typed-in changes accepted and comments left out."""
    if "[" not in text:
        return text
    return _TYPED_KEPT.sub(lambda m: m.group(1).strip(), _TYPED_GONE.sub("", text))


def paragraph_text(paragraph: Any) -> str:
    """A python-docx paragraph's text with its tracked changes accepted (see above)."""
    parts: list[str] = []
    for node in paragraph._p.iter(_TEXT, _TAB, _PTAB, *_BREAKS, _HYPHEN):
        if next(node.iterancestors(*_GONE), None) is not None:
            continue
        if node.tag == _TEXT:
            parts.append(node.text or "")
        elif node.tag in _BREAKS:
            parts.append("\n")
        else:
            parts.append("-" if node.tag == _HYPHEN else "\t")
    return "".join(parts)


def cell_text(cell: Any) -> str:
    """A table cell's text, its paragraphs' read as `paragraph_text` reads them."""
    return "\n".join(paragraph_text(p) for p in cell.paragraphs)
