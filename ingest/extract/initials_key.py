"""People a document names by their initials, and the key that spells them out.

Case notes and minutes often name people by their initials in the fields that say who took
which part ("Present | HB, KS, LF", "Chair: KM", "Apologies: FS (clinic overran)") and spell
each out once in a key: "KS = Kiran Sandhu, Community Nursery Nurse, Leeds Community
Healthcare NHS Trust; LF = …", "KM – Dr Kenneth Mathers, Consultant Cardiologist, NHS
Tayside.", "GMcA: Gerard McAlinden". A key entry is letters set against a person the entry
lists, and only where the letters are that person's initials (all of them, the first and
last, or each capital: "SEO" or "SE" for Siân Ellis-Owen, "GMcA" for Gerard McAlinden).

Each keyed initial in a part's field then stands for its person, who took that part there;
the key itself names them (with their role and organisation) but says no part of its own, so
someone keyed who sent apologies is not also counted present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from graph.reference.gazetteer import Gazetteer
from graph.reference.names import initials_fit
from ingest.extract.absence_words import says_apologies
from ingest.extract.front_page import value_of
from ingest.extract.listed import Listed, key_role, parse_lenient, shift
from ingest.extract.own_initials import KEY_SIGN, LETTERS
from ingest.extract.people_lines import PersonEntry
from ingest.extract.people_tables import SENTENCE_END, sentence_holding
from ingest.extract.sections import Role
from ingest.extract.took_part import speaking
from ingest.types import Block, BlockKind, RawDocument

KEY_MARK = re.compile(rf"(?<![\w&'’])({LETTERS})\s*{KEY_SIGN}\s+(?=\S)")
INITIALS = re.compile(rf"(?<![\w&'’-])({LETTERS})(?![\w'’-])")
_ENTRY_END = re.compile(r";|\.\s+(?=[A-Z])|$")
NAME_AFTER_MARK = 6  # characters between the mark and the name: "Dr ", "Prof "
KEYED_KINDS = frozenset(
    {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_ROW, BlockKind.METADATA}
)


@dataclass(frozen=True)
class Keyed:
    """One key entry: a person the document spells out, at their place in its text."""

    entry: PersonEntry  # offsets in the document's text
    block: int


def read_key(raw: RawDocument, gaz: Gazetteer) -> dict[str, Keyed]:
    """The document's key to initials: letters -> the person they stand for (the first entry
    for letters keyed twice)."""
    key: dict[str, Keyed] = {}
    for i, block in enumerate(raw.blocks):
        if block.kind not in KEYED_KINDS:
            continue
        text = raw.text[block.start : block.end]
        marks = list(KEY_MARK.finditer(text))
        for n, mark in enumerate(marks):
            letters = mark.group(1)
            if letters in key:
                continue
            stop = marks[n + 1].start() if n + 1 < len(marks) else len(text)
            end = _ENTRY_END.search(text, mark.end(), stop)
            segment = text[mark.end() : end.start() if end else stop]
            entries = parse_lenient(segment, gaz)
            if not entries or entries[0].start > NAME_AFTER_MARK:
                continue
            if initials_fit(letters, entries[0].name):
                key[letters] = Keyed(shift(entries[0], block.start + mark.end()), i)
    return key


def keyed_people(
    raw: RawDocument, gaz: Gazetteer, found: list[Listed], front: set[int]
) -> list[Listed]:
    """The people the document keys (see the module docstring): `found` with the entries of
    the key that a part's field uses made to name them only, and those people listed again
    at each initial of theirs in such a field, with that field's part."""
    key = read_key(raw, gaz)
    if not key:
        return found
    parts: list[Listed] = []
    for i, block in enumerate(raw.blocks):
        label, value_at = _field(raw, block)
        role = key_role(label) if label else None
        if role is None:
            continue
        value = raw.text[value_at : block.end]
        ends = SENTENCE_END.search(value)  # "At the meeting: EBR (chair), THO. GMH was on
        # leave.": the field's list is its first sentence; after it, only who was away
        for hit in INITIALS.finditer(value):
            keyed = key.get(hit.group(1))
            if keyed is None or keyed.block == i:
                continue
            said: Role | None = role
            if ends is not None and hit.start() > ends.start():  # in a sentence of its own
                own = sentence_holding(value, hit.start())
                said = Role.APOLOGIES if says_apologies(own) else None
            if said is None:
                continue
            entry = PersonEntry(keyed.entry.name)  # quoted by the field: "Present | HB, KS"
            parts.append(Listed(entry, said, block.start, block.end, i in front, speaking(label)))
    if not parts:
        return found
    used = {p.entry.name for p in parts}
    spans = {(k.entry.start, k.entry.end) for k in key.values() if k.entry.name in used}
    kept = [
        replace(item, meaning=Role.NAMED) if _overlaps(item.start, item.end, spans) else item
        for item in found
    ]
    listed_at = {(item.start, item.end) for item in kept}
    for keyed in key.values():  # the key names them, with their role and organisation
        entry = keyed.entry
        if entry.name in used and not _overlaps(entry.start, entry.end, listed_at):
            kept.append(Listed(entry, Role.NAMED, entry.start, entry.end, keyed.block in front))
    return kept + parts


def _field(raw: RawDocument, block: Block) -> tuple[str, int]:
    """A part's field: its label and where its value starts in the document's text ("Present:
    HB, KS", a table row "Present | HB, KS"); ("", 0) for any other block."""
    if block.kind == BlockKind.METADATA and block.key:
        return block.key, value_of(raw, block)[0]
    if block.kind == BlockKind.TABLE_ROW and len(block.cells) >= 2:
        text = raw.text[block.start : block.end]
        at = text.find(block.cells[1])
        return block.cells[0].strip(), block.start + (at if at >= 0 else len(text))
    return "", 0


def _overlaps(start: int, end: int, spans: set[tuple[int, int]]) -> bool:
    """Whether [start, end) shares characters with one of `spans`."""
    return any(start < e and s < end for s, e in spans)
