"""A document's citation of itself: under "How to cite this report", "Suggested citation" or
"Cite this article" (or in a "Suggested citation:" line), a reference to the document in hand
names its authors as a reference list would ("Owusu, A., Brierley, C. and Holroyd, J. (2025)
Nowhere of my own: …"). They are its authors, under the full names the document gives them
elsewhere ("Professor Janet Holroyd, of the University of Salford, advised on …"); an author
the document never names in full is left out (an initial and a surname are no one to connect).
A citation whose words do not include the document's title cites some other work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from ingest.extract.layout import Layout
from ingest.extract.listed import Listed, shift, text_of
from ingest.extract.people_lists import parse_people
from ingest.extract.sections import Role
from ingest.types import RawDocument

OWN = re.compile(r"\b(?:cite|citation)\b")  # of the references' headings, those that cite this
# one ("How to cite this report", "Suggested citation"), not "References" or "Further reading"
_AUTHORS_END = re.compile(r"\s*(?:\(\s*(?:19|20)\d\d[a-z]?\s*\)|[.,;]\s*(?:19|20)\d\d\b[.;:,])")
_VANCOUVER_END = re.compile(r"(?<=\s[A-Z])[A-Z]{0,2}\.\s+(?=[A-Z][a-z])")  # "… Bevan O. The"
_TITLE_WORDS = 4  # the title's first words that a citation of the document must hold
MAX_CITED = 30  # authors looked up by name in the text (each a pass over it): no more


def own_citations(raw: RawDocument, gaz: Gazetteer, layout: Layout) -> Iterator[Listed]:
    """The authors a document's citation of itself names, as Listed authors."""
    for section in layout.sections:
        if section.role != Role.REFERENCES or section.heading < 0:
            continue
        if not OWN.search(fold(layout.text(section.heading))):
            continue
        for i in section.blocks[:2]:  # the citation opens its section
            yield from _authors(raw, gaz, i, layout)
    for i, block in enumerate(raw.blocks):  # "Suggested citation: Owusu A, … (2025) …"
        if block.key and OWN.search(fold(block.key)):
            yield from _authors(raw, gaz, i, layout)


def _authors(raw: RawDocument, gaz: Gazetteer, i: int, layout: Layout) -> Iterator[Listed]:
    block = raw.blocks[i]
    text = text_of(raw, block)
    begin = len(block.key) + 1 if block.key and text.startswith(block.key) else 0
    ends = [m for p in (_AUTHORS_END, _VANCOUVER_END) if (m := p.search(text, begin))]
    end = min(ends, key=lambda m: m.start(), default=None)  # "(2025)", or "Bell O. The …"
    if end is None or not _cites(text[end.end() :], raw.title):
        return
    for entry in parse_people(text[begin : end.start()], gaz)[:MAX_CITED]:
        full = _full_name(raw.text, entry.name, block.start, block.end)
        if full:
            found = shift(replace(entry, name=full), begin)
            yield Listed(found, Role.AUTHORS, block.start, block.end, i in layout.front)


def _cites(rest: str, title: str) -> bool:
    """Whether what follows a citation's authors and year holds the document's title."""
    words = fold(title).split()[:_TITLE_WORDS]
    return bool(words) and " ".join(words) in fold(rest)


def _full_name(text: str, cited: str, start: int, end: int) -> str:
    """The name the document gives a cited author in full ("J. Holroyd": "Janet Holroyd"),
    outside the citation itself; '' when it gives none (or the citation's is full)."""
    words = cited.replace(".", ". ").split()
    surname, given = words[-1], [w for w in words[:-1] if w[0].isupper()]
    if not given:
        return ""
    if len(given[0].rstrip(".")) > 1:
        return " ".join(cited.split())  # "Abena Owusu, Callum Brierley and …": full already
    name = re.compile(
        rf"\b({re.escape(given[0][0])}[a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*\.?)?\s+{re.escape(surname)})\b"
    )
    for match in name.finditer(text):
        if not start <= match.start() < end:
            return " ".join(match.group(1).split())
    return ""
