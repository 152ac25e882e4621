"""The items of a collection: an abstract book, a bulletin, a digest of several studies.

Evidence whose parts each have a subject of their own (ingest.extract.section_topics: two or
more top-level parts about different topics, each with prose of its own) holds one evidence
item per part, as a reader would cite them: "UK public health science conference 2024: B12
Befriending by phone in Derry". Each item has its part's topics, and takes from the document
what was said inside its part: the places and nations it covers, who wrote it, what was
learned in it. The document's own item keeps the rest (its title's topics, its front page's
people and places), so a nation named in one item's setting no longer counts for every other
item's topic.
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.model import Label, Provenance, Rel
from ingest.extract.claims import ClaimSet, Ref
from ingest.extract.coverage import Mention, item_covers
from ingest.extract.layout import Layout
from ingest.extract.section_topics import SectionTopics
from ingest.extract.structure import identity
from ingest.types import BlockKind

MIN_ITEMS = 2
MOVED = frozenset({Rel.COVERS.value, Rel.AUTHORED.value, Rel.FROM.value, Rel.ADDRESSES.value})
SUMMARY_CHARS = 1500


def _spans(layout: Layout, items: list[int]) -> list[tuple[int, int]]:
    """Each item's character span: from its heading to the next heading of its level or
    higher (or the end of the text)."""
    blocks = layout.raw.blocks
    out = []
    for h in items:
        level = blocks[h].level or 1
        end = len(layout.raw.text)
        for block in blocks[h + 1 :]:
            if block.kind in (BlockKind.HEADING, BlockKind.TITLE) and (block.level or 1) <= level:
                end = block.start
                break
        out.append((blocks[h].start, end))
    return out


def split_items(
    claims: ClaimSet,
    layout: Layout,
    subject: Ref | None,
    parts: SectionTopics,
    mentions: Sequence[Mention] = (),
) -> list[Ref]:
    """Evidence items for the parts of a collection, with what was said inside each; the
    items made."""
    if subject is None or subject[0] != Label.EVIDENCE or len(parts.items) < MIN_ITEMS:
        return []
    if len({tuple(parts.of_block(layout, h)) for h in parts.items}) < MIN_ITEMS:
        return []  # parts all about the same thing: one report with chapters
    base = claims.props(subject)
    title = str(base.get("title") or subject[1])
    publisher = str(base.get("publisher") or "")
    year = base.get("year")
    raw = layout.raw
    made: list[Ref] = []
    spans = _spans(layout, parts.items)
    signed = _signed_at_the_end(claims, subject, layout)
    for h, (start, end) in zip(parts.items, spans, strict=True):
        heading = " ".join(layout.text(h).split())
        name = f"{title}: {heading}"
        prov = claims.provenance(raw.blocks[h].start, raw.blocks[h].end, "rule:item", quote="")
        item = claims.entity(
            Label.EVIDENCE,
            identity(name, publisher, str(year or "")),
            prov,
            title=name,
            year=year,
            publisher=publisher,
            evidence_type=base.get("evidence_type") or "",
            summary=" ".join(raw.text[start:end].split())[:SUMMARY_CHARS],
            part_of=subject[1],
        )
        if item is None:
            continue
        if publisher:
            claims.relation(
                claims.entity(Label.ORGANISATION, publisher, prov), Rel.PUBLISHED, item, prov
            )
        for topic in parts.of_block(layout, h):
            claims.relation(item, Rel.ADDRESSES, topic, prov)

        def inside(p: Provenance, start: int = start, end: int = end) -> bool:
            return p.end > p.start and start <= p.start < end

        claims.move(subject, item, inside, MOVED - {Rel.AUTHORED.value} if signed else MOVED)
        item_covers(claims, item, mentions, start, end)
        made.append(item)
    return made


def _signed_at_the_end(claims: ClaimSet, subject: Ref, layout: Layout) -> bool:
    """Whether the document's authors are all named in its last block ("Written by A, …,
    with figures from the data team. Published 18 June 2025."): a sign-off at the foot of a
    page of parts is the whole page's, not its last part's. (A collection whose parts each
    name their authors has authors in other blocks too.)"""
    blocks = [b for b in layout.raw.blocks if b.end > b.start]
    wrote = [
        p
        for claim in claims.claims_to(Rel.AUTHORED, subject).values()
        for p in claim.provenance
        if p.end > p.start
    ]
    if not blocks or not wrote:
        return False
    last = blocks[-1]
    return all(last.start <= p.start < last.end for p in wrote)
