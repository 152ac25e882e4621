"""Where a document is set: the places and nations it COVERS.

- **Stated**: a place or nation named in the title (its first line, or the line it was taken
  from under banners or a letterhead; or the nation of a body of one nation the title names:
  "Endometriosis care in NHS Scotland"), in the cover lines of its front page
  (ingest.extract.front_page: "Setting:", a review's "Population") or, for workshop notes,
  where it was held. A report's publisher's address (a line with a postcode) or where it is
  registered ("Registered charity in England and Wales") is not where its study was done.
- **Told by its prose**: evidence that states none, and whose publisher's nation is not known,
  covers the nations its prose is set in: each named in `DOMINANT` sentences or more, where a
  sentence counts for a nation when it names the nation, a place in it, or a local service of
  it ("across the Western Trust area", "a clinic at the South West Acute Hospital", "Ysbyty
  Gwynedd": a trust, health board, partnership, council or hospital of the gazetteer, which
  serves one area).
  National bodies ("NHS England guidance") say whose policy it is, not where a study was done.
  Prose that names no nation so often but names several places of one nation, and none of
  another, is set in that nation; prose set in all four nations that names the UK is UK-wide
  and covers the UK only.
- **An item of a collection** (ingest.extract.items: one abstract of an abstract book) is
  short: its heading, or one sentence of its own prose, says where it was done.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from graph.model import NATIONS, Label, Provenance, Rel, fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import nation_by_shape
from ingest.extract.claims import ClaimSet, Ref
from ingest.extract.front_page import Header
from ingest.extract.layout import Layout
from ingest.extract.sentences import ents_of, provenance, sentence_of
from ingest.types import BlockKind, DocumentKind

DOMINANT = 2  # sentences set in a nation for evidence to cover it
ITEM_DOMINANT = 1  # the same for one item of a collection
ONE_NATION_PLACES = 2  # places of one nation, and none of another, that set a document there
LOCAL_KINDS = frozenset({"trust", "icb", "hscp", "health-board", "hsc-trust", "council"})
_SITE = re.compile(  # a local service named after its place: a hospital, a council
    r"\b(?:hospital|infirmary|hospice|ysbyty|council|cyngor)\b", re.IGNORECASE
)


_REGISTERED = re.compile(  # where a publisher is registered is not where a study was done
    r"\bregistered\s+(?:as\s+a\s+)?(?:charity|company|office|society)\b"
    r"|\b(?:charity|company|scottish\s+charity)\s+(?:no|number|reg(?:istration)?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    """A place, nation or local service named in the prose or a heading of a document."""

    target: Ref  # what the document covers: the Place or Nation
    nation: str  # the nation it is in ("" when not known: then the place stands for itself)
    sentence: int  # where its sentence starts
    heading: bool  # named in a heading (an item's heading says where the item was done)
    prov: Provenance
    field: bool = False  # named in a "Key: value" line of the front page, not in prose

    @property
    def key(self) -> str:
        return self.nation or f"{self.target[0].value}:{self.target[1]}"


class Coverage:
    """Claims what a document covers, and hands the mentions to its items."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz

    def read(
        self,
        doc: Doc,
        claims: ClaimSet,
        layout: Layout,
        refs: dict[tuple[int, int], Ref | None],
        subject: Ref,
        header: Header,
    ) -> list[Mention]:
        """Claim the document's COVERS; the mentions of its prose and headings (for items)."""
        held = header.venue if layout.raw.kind == DocumentKind.WORKSHOP else []
        spans = header.cover + held  # where a report was published is not what it studied
        lines = {0, *layout.title_blocks()} if layout.raw.blocks else set()  # the first line
        title = [(layout.block(i).start, layout.block(i).end) for i in sorted(lines)]  # too
        mentions: list[Mention] = []
        registered: dict[int, bool] = {}  # by sentence start: asked once per sentence
        for ent in ents_of(doc):
            ref = refs.get((ent.start, ent.end))
            if not ref:
                continue
            sent = sentence_of(ent)
            if sent.start not in registered:
                registered[sent.start] = _REGISTERED.search(sent.text) is not None
            if registered[sent.start]:
                continue  # "Registered charity in England and Wales (326730), Scotland …"
            if ref[0] in (Label.NATION, Label.PLACE):
                stated = any(s <= ent.start_char < e for s, e in title + spans)
                if stated:
                    prov = _provenance(claims, layout, ent)
                    claims.relation(subject, Rel.COVERS, ref, prov)
                    continue
            if ref[0] == Label.ORGANISATION and any(s <= ent.start_char < e for s, e in title):
                nation = self._body_nation(ref, ent)  # "Endometriosis care in NHS Scotland: …"
                if nation:  # (the nation itself is not named there: no mention of it)
                    prov = _provenance(claims, layout, ent)
                    claims.relation(subject, Rel.COVERS, (Label.NATION, nation), prov)
            mention = self._mention(claims, layout, ent, ref)
            if mention is not None:
                mentions.append(mention)
        publisher = self.gaz.org(header.publisher) if not header.hosted else None
        if (
            layout.raw.kind == DocumentKind.EVIDENCE
            and not claims.targets(subject, Rel.COVERS)
            and not (publisher and publisher.nation)
        ):
            prose = [m for m in mentions if not m.heading and not m.field]
            front = [
                m for m in mentions if not m.field and layout.block_at(m.prov.start) in layout.front
            ]
            # else the places its front page names ("Gloucestershire Royal Hospital · 2025"),
            # else those its front page's fields name ("Practices: 16 (Northern Ireland)")
            found = _set_in(prose, DOMINANT) or _set_in(front, ITEM_DOMINANT)
            fields = [m for m in mentions if m.field]
            for target in _uk_wide(found or _one_nation(prose) or _one_nation(fields), prose):
                prov = claims.provenance(0, 0, "rule:covers", quote="")
                claims.relation(subject, Rel.COVERS, target, prov)
        return mentions

    def _mention(self, claims: ClaimSet, layout: Layout, ent: Span, ref: Ref) -> Mention | None:
        i = layout.block_at(ent.start_char)
        heading = i >= 0 and layout.block(i).kind == BlockKind.HEADING
        quotable = layout.quotable(i)
        field = not quotable and i in layout.front and layout.block(i).kind == BlockKind.METADATA
        if not heading and not field and not quotable:
            return None
        if ref[0] == Label.NATION:
            nation = str(ref[1])
        elif ref[0] == Label.PLACE:
            entry = self.gaz.place(str(ref[1]))
            nation = entry.nation if entry else ""
        elif ref[0] == Label.ORGANISATION:
            org = self.gaz.org(str(ref[1])) or self.gaz.org(ent.text)
            local = org is not None and (org.kind in LOCAL_KINDS or _SITE.search(org.name))
            nation = org.nation if org and local else ""
            if org is None:  # a trust or hospital no list knows: its name may say its nation
                nation = nation_by_shape(str(ref[1])) or self._site_nation(str(ref[1]))
            if not nation:
                return None
            ref = (Label.NATION, nation)
        else:
            return None
        prov = _provenance(claims, layout, ent)
        return Mention(ref, nation, sentence_of(ent).start, heading, prov, field)

    def _body_nation(self, ref: Ref, ent: Span) -> str:
        """The one nation of a body its name or the gazetteer gives ("NHS Scotland", "Public
        Health Wales", "Western Health and Social Care Trust"); "" for a UK-wide or unknown one."""
        org = self.gaz.org(str(ref[1])) or self.gaz.org(ent.text)
        nation = org.nation if org is not None else nation_by_shape(str(ref[1]))
        return nation if nation in NATIONS[:4] else ""

    def _site_nation(self, name: str) -> str:
        """The nation of a hospital, hospice or council named after its place ("Gloucestershire
        Royal Hospital", "North Yorkshire Council"): the place's, when the place is not one of
        several of that name."""
        if not _SITE.search(name):
            return ""
        words = name.split()
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                text = " ".join(words[i : i + size])
                entry = self.gaz.place(text)
                if entry and entry.nation and fold(text) not in self.gaz.ambiguous_places:
                    return str(entry.nation)
        return ""


def item_covers(
    claims: ClaimSet, item: Ref, mentions: Sequence[Mention], start: int, end: int
) -> None:
    """An item covers the places and nations its heading names, and those its own prose is
    set in (one sentence is enough: an item is an abstract, not a report)."""
    inside = [m for m in mentions if start <= m.prov.start < end]
    for m in inside:
        if m.heading:
            claims.relation(item, Rel.COVERS, m.target, m.prov)
    prose = [m for m in inside if not m.heading and not m.field]
    for target in _set_in(prose, ITEM_DOMINANT):
        first = next(m for m in prose if m.target == target)
        claims.relation(item, Rel.COVERS, target, first.prov)


def _set_in(mentions: Sequence[Mention], least: int) -> list[Ref]:
    """The places and nations of the nations named in at least `least` sentences."""
    sentences: dict[str, set[int]] = defaultdict(set)
    for m in mentions:
        sentences[m.key].add(m.sentence)
    found: list[Ref] = []
    for m in mentions:
        if len(sentences[m.key]) >= least and m.target not in found:
            found.append(m.target)
    return found


FOUR_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})


def _uk_wide(found: list[Ref], mentions: Sequence[Mention]) -> list[Ref]:
    """Prose set in all four nations that names the UK too ("open to adults anywhere in the
    United Kingdom: 948 in England, 131 in Scotland, …") is UK-wide: it covers the UK, not
    each nation."""
    nations = {m.nation for m in mentions if m.target in found}
    uk = next((m.target for m in mentions if m.nation == "UK"), None)
    return [uk] if uk is not None and nations >= FOUR_NATIONS else found


def _one_nation(mentions: Sequence[Mention]) -> list[Ref]:
    """Where prose that names no nation twice is set, when it names several places of one
    nation and none of another ("14 wards at Wansbeck, North Tyneside and Hexham hospitals"),
    or that nation itself and no place of any other ("NHS trusts in England must publish
    …" in a trust's report that names nowhere else)."""
    places = {m.target for m in mentions}
    nations = {m.key for m in mentions}
    named = any(m.target == (Label.NATION, m.nation) for m in mentions)
    if len(nations) == 1 and (len(places) >= ONE_NATION_PLACES or named):
        return sorted(places, key=str)
    return []


def _provenance(claims: ClaimSet, layout: Layout, span: Span) -> Any:
    return provenance(claims, layout, span, "rule:covers")
