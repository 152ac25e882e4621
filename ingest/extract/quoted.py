"""Quotations set with who said them ('"If it isn't written down, the next person starts
again." — Gerallt Moelwyn, Cluster Pharmacist', or '"…" [Ken Bell, Age UK North
Staffordshire]'): a quote is no statement of the document's own (ingest.extract.learning
weighs it so), and in workshop notes the person it is attributed
to, named with their role or organisation, said it there and so took part (the attribution
after the quote, or on a line of its own under it: a pull quote's cite). An attribution
to a name alone ("— Aneurin Bevan") may quote anyone, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.reference.gazetteer import Gazetteer
from ingest.extract.layout import Layout
from ingest.extract.listed import Listed, listed, shift, text_of
from ingest.extract.people_lists import parse_people
from ingest.extract.sections import Role

ATTRIBUTED = re.compile(  # '"We need the room for free." — a member in Sunderland', '"…"
    # [Dean Bell — Technical Officer, …]': the attribution after a dash, or in square brackets
    r"^\s*[\"“‘'][^\"“”]{8,}[\"”’']\s*(?:(?:[—–]|--?)\s*(?=\S)|\[(?=[^\[\]]{3,}\]\s*$))"
)
QUOTATION = re.compile(r"^\s*[\"“‘'][^\"“”]{8,}[\"”’']\s*$")  # a block that is one quotation
CITE = re.compile(r"^\s*(?:[—–]|--?)\s*(?=\S)")  # the line under it saying who: "— A, GP"
_CLAUSE = re.compile(r",\s+(?:who|whose|which)\b")
NOT_SAID_THERE = frozenset({Role.REFERENCES})


def quoted_speakers(layout: Layout, gaz: Gazetteer) -> Iterator[Listed]:
    """The people a workshop's quotations are attributed to, with role or organisation."""
    raw = layout.raw
    for section in layout.sections:
        if section.role in NOT_SAID_THERE:
            continue
        for i in section.blocks:
            block = raw.blocks[i]
            text = text_of(raw, block)
            said = ATTRIBUTED.match(text)
            if said is None and i > 0 and QUOTATION.match(text_of(raw, raw.blocks[i - 1])):
                said = CITE.match(text)  # a pull quote's cite line, set as a block of its own
            if said is None:
                continue
            who = text[said.end() :].rstrip().removesuffix("]")
            who = _CLAUSE.split(who, maxsplit=1)[0]  # "A, Nurse, who joined the afternoon"
            for entry in parse_people(who, gaz)[:1]:
                if entry.role or entry.organisations:
                    found = shift(entry, said.end())
                    yield listed(raw, block, found, Role.ATTENDANCE, layout.front, i)
