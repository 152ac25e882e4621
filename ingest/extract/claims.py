"""ClaimSet: collects one document's entity and relation claims, merging repeats.

Extraction steps add claims here; each (label, name) entity and each (source, rel, target)
relation is kept once, with every piece of provenance that supports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from graph.model import DocumentClaims, EntityClaim, Label, Provenance, RelationClaim, fold
from graph.privacy import mask_contacts
from graph.reference.names import names_a_person, names_an_organisation
from ingest.types import RawDocument

# How much each extractor is trusted, recorded on every fact it yields (0..1).
CONFIDENCE: dict[str, float] = {
    "front-matter": 1.0,
    "directory": 1.0,
    "metadata": 0.95,
    "gazetteer": 0.95,
    "rule:attendee": 0.9,
    "rule:evidence-meta": 0.85,
    "rule:learning": 0.85,
    "rule:person-(org)": 0.85,
    "rule:person,org": 0.8,
    "rule:person-role-org": 0.8,
    "rule:org's-person": 0.8,
    "rule:org-role-person": 0.75,
    "rule:role-of-org,person": 0.75,
    "rule:profession": 0.7,
    "ner": 0.75,
    "rule:given-name": 0.6,
    "rule:sentence": 0.5,
}
QUOTE_LIMIT = 400
MIN_PASSAGE_WORDS = 3

Ref = tuple[Label, str]


def confidence(extractor: str) -> float:
    return CONFIDENCE.get(extractor, CONFIDENCE.get(extractor.split("+")[0], 0.6))


class ClaimSet:
    """Everything one document says, deduplicated by folded name."""

    def __init__(self, raw: RawDocument) -> None:
        self.raw = raw
        self._entities: dict[tuple[Label, str], EntityClaim] = {}
        self._relations: dict[tuple[Ref, str, Ref], RelationClaim] = {}
        self.acronyms: dict[str, str] = {}
        self.passages: list[tuple[int, int, str]] = []
        self.untied: list[int] = []  # passages tying no one (DocumentClaims.untied)
        self.headed: list[int] = []  # passages that are headings (DocumentClaims.headed)
        self.away: dict[Ref, list[int]] = {}  # person -> where a list says they did not come
        self._provenance: dict[tuple[int, int, str, str | None], Provenance] = {}
        self._seen: set[tuple[object, Provenance]] = set()  # (claim key, provenance) already kept

    def provenance(
        self, start: int, end: int, extractor: str, quote: str | None = None
    ) -> Provenance:
        """Provenance for text[start:end] of the document (or an explicit quote, e.g. metadata)."""
        cache_key = (start, end, extractor, quote)
        cached = self._provenance.get(cache_key)
        if cached is not None:
            return cached
        if quote is None:
            quote = self.raw.text[start:end]
            if len(quote) > QUOTE_LIMIT:  # masked first: the cut must not halve an address
                quote = mask_contacts(quote)[: QUOTE_LIMIT - 1].rstrip() + "…"
        prov = Provenance(
            doc_id=self.raw.doc_id,
            quote=mask_contacts(" ".join(quote.split())),
            start=start,
            end=end,
            extractor=extractor,
            confidence=confidence(extractor),
        )
        self._provenance[cache_key] = prov
        return prov

    def passage(self, start: int, end: int, ties: bool = True, heading: bool = False) -> None:
        """Keep text[start:end] (a sentence of prose, or a `heading`) for matching questions
        against; one that `ties` no one (it says who could not come) names no one who said
        it, and a heading ties no one and is never quoted."""
        text = mask_contacts(" ".join(self.raw.text[start:end].split()))
        if len(text.split()) >= (1 if heading else MIN_PASSAGE_WORDS):
            self.passages.append((start, end, text[:QUOTE_LIMIT]))
            if not ties or heading:
                self.untied.append(start)
            if heading:
                self.headed.append(start)

    def entity(
        self, label: Label, name: str, provenance: Provenance | None = None, **props: Any
    ) -> Ref | None:
        name = " ".join(name.split())
        if (
            not fold(name)
            or (label == Label.ORGANISATION and not names_an_organisation(name))
            or (label == Label.PERSON and not names_a_person(name))
        ):
            return None
        key = (label, fold(name))
        claim = self._entities.get(key)
        if claim is None:
            claim = self._entities[key] = EntityClaim(label, name)
        self._support(claim, key, props, provenance)
        return claim.ref

    def relation(
        self,
        source: Ref | None,
        rel: Any,
        target: Ref | None,
        provenance: Provenance | None = None,
        **props: Any,
    ) -> None:
        if source is None or target is None or source == target:
            return
        key = (source, rel.value, target)
        claim = self._relations.get(key)
        if claim is None:
            claim = self._relations[key] = RelationClaim(source, rel, target)
        self._support(claim, key, props, provenance)

    def _support(
        self, claim: Any, key: object, props: dict[str, Any], provenance: Provenance | None
    ) -> None:
        """Add props the claim lacks (first value wins) and a new piece of provenance."""
        for prop, value in props.items():
            if value not in (None, "", [], {}):
                claim.props.setdefault(prop, value)
        if provenance is not None and (key, provenance) not in self._seen:
            self._seen.add((key, provenance))
            claim.provenance.append(provenance)

    def merge(self, label: Label, name: str, into: str) -> None:
        """The entity `name` is another form of `into` (both claimed): its provenance and its
        relations move to `into`."""
        gone = self._entities.pop((label, fold(name)), None)
        kept = self._entities.get((label, fold(into)))
        if gone is None or kept is None:
            if gone is not None:
                self._entities[(label, fold(name))] = gone
            return
        for prov in gone.provenance:
            self._support(kept, (label, fold(into)), gone.props, prov)
        for key, claim in list(self._relations.items()):
            source, rel, target = key
            if gone.ref not in (source, target):
                continue
            del self._relations[key]
            new_source = kept.ref if source == gone.ref else source
            new_target = kept.ref if target == gone.ref else target
            if new_source == new_target:
                continue
            new_key = (new_source, rel, new_target)
            moved = self._relations.get(new_key)
            if moved is None:
                moved = self._relations[new_key] = RelationClaim(new_source, claim.rel, new_target)
            for prov in claim.provenance:
                self._support(moved, new_key, claim.props, prov)

    def move(
        self, old: Ref, new: Ref, inside: Callable[[Provenance], bool], rels: frozenset[str]
    ) -> None:
        """Relations (of kinds `rels`) of `old` whose provenance is `inside` become `new`'s;
        a relation left with no provenance of its own is dropped."""
        for key, claim in list(self._relations.items()):
            source, rel, target = key
            if rel not in rels or old not in (source, target):
                continue
            moving = [p for p in claim.provenance if inside(p)]
            if not moving:
                continue
            new_key = (new if source == old else source, rel, new if target == old else target)
            dest = self._relations.get(new_key)
            if dest is None:
                dest = self._relations[new_key] = RelationClaim(new_key[0], claim.rel, new_key[2])
            for prov in moving:
                self._support(dest, new_key, claim.props, prov)
            claim.provenance = [p for p in claim.provenance if not inside(p)]
            if not claim.provenance:
                del self._relations[key]

    def props(self, ref: Ref) -> dict[str, Any]:
        """The properties claimed for an entity."""
        claim = self._entities.get((ref[0], fold(ref[1])))
        return dict(claim.props) if claim is not None else {}

    def targets(self, source: Ref, rel: Any) -> list[Ref]:
        """What `source` is claimed to have `rel` to so far."""
        return [
            r.target
            for key, r in self._relations.items()
            if key[0] == source and key[1] == rel.value
        ]

    def entities(self, label: Label) -> list[EntityClaim]:
        return [e for e in self._entities.values() if e.label == label]

    def linked(self, rel: Any, target: Ref) -> bool:
        """Whether anything is claimed to stand in `rel` to `target`."""
        return any(k[1] == rel.value and k[2] == target for k in self._relations)

    def sources(self, rel: Any, target: Ref) -> set[Ref]:
        """Everything claimed to stand in `rel` to `target`."""
        return {k[0] for k in self.claims_to(rel, target)}

    def claims_to(self, rel: Any, target: Ref) -> dict[tuple[Any, str, Any], RelationClaim]:
        """The `rel` claims into `target`, by key."""
        return {k: c for k, c in self._relations.items() if k[1] == rel.value and k[2] == target}

    def away_in(self, person: Ref, start: int, end: int) -> bool:
        """Whether a list of the document says, between these offsets, that the person did
        not come (a register's row "Aisling Magee | NHSCT | Apols")."""
        return any(start <= at < end for at in self.away.get(person, ()))

    def drop(self, rel: Any, sources: set[Ref]) -> None:
        """Withdraw every `rel` claim from these entities (someone the document also says
        could not come did not attend)."""
        for key in [k for k in self._relations if k[1] == rel.value and k[0] in sources]:
            del self._relations[key]

    def result(self) -> DocumentClaims:
        raw = self.raw
        entities = sorted(self._entities.values(), key=lambda e: (e.label.value, fold(e.name)))
        relations = sorted(
            self._relations.values(),
            key=lambda r: (r.rel.value, r.source[0].value, fold(r.source[1]), fold(r.target[1])),
        )
        return DocumentClaims(
            doc_id=raw.doc_id,
            path=str(raw.path),
            content_hash=raw.content_hash,
            fmt=raw.fmt,
            kind=raw.kind.value,
            kind_source=raw.kind_source.value,
            title=raw.title,
            ingested_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            metadata=_jsonable(raw.metadata),
            entities=entities,
            relations=relations,
            acronyms=dict(sorted(self.acronyms.items())),
            words=len(raw.text.split()),
            passages=sorted(set(self.passages)),
            untied=sorted(set(self.untied)),
            headed=sorted(set(self.headed)),
        )


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)
