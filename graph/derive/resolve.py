"""Entity resolution across documents: which names denote the same entity.

Rules, in order, within one label only (never across labels):
1. A person's decisions: "same" pairs are joined first; "not the same" pairs are never joined.
2. Exact match on the folded name (case, accents, punctuation, "the", "&").
3. Organisations: gazetteer names, aliases and acronyms; acronyms a document defines;
   then fuzzy matching (rapidfuzz token-sort ratio) inside blocks sharing a first word.
4. Persons: blocked by surname; same or fuzzy-equal given names join; an initial ("A. Murray")
   or a bare surname joins only when exactly one full name in the block fits.
The canonical name of a cluster is the gazetteer name, else its most frequent full form.
Decisions are applied on every build, so they survive re-ingest.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from graph.model import Decision, DocumentClaims, Label, ResolutionDecision, fold
from graph.reference.gazetteer import Gazetteer, load_gazetteer
from graph.reference.names import PersonName

ORG_FUZZY_THRESHOLD = 93.0
GIVEN_FUZZY_THRESHOLD = 85.0


class _UnionFind:
    """Union-find that refuses unions joining names a person said are different."""

    def __init__(self, items: Iterable[str], apart: set[frozenset[str]]) -> None:
        self.parent = {item: item for item in items}
        self.members = {item: {item} for item in self.parent}
        self.apart = apart

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        for x in self.members[ra]:
            for y in self.members[rb]:
                if frozenset((x, y)) in self.apart:
                    return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True

    def clusters(self) -> list[set[str]]:
        return [set(m) for r, m in sorted(self.members.items()) if self.find(r) == r]


QUALIFIED = re.compile(r"^(?P<base>.+?) \((?P<qualifier>[^()]+)\)$")


@dataclass
class Resolution:
    """Maps every (label, folded name) seen to its canonical name; `within` overrides that
    for one document (a bare name there meaning one of several people who share it)."""

    canonical: dict[tuple[Label, str], str] = field(default_factory=dict)
    within: dict[tuple[str, Label, str], str] = field(default_factory=dict)
    # what it was resolved from, kept by the embedded store to resolve one more document alone
    # (graph.derive.increment): every surface form's count, the acronyms, and the block
    # (surname, first word) each folded person or organisation name was compared within
    surfaces: dict[Label, Counter[str]] = field(default_factory=dict)
    acronyms: Counter[tuple[str, str]] = field(default_factory=Counter)
    blocks: dict[tuple[Label, str], str] = field(default_factory=dict)

    def name(self, label: Label, name: str, doc_id: str = "") -> str:
        if doc_id and self.within:
            found = self.within.get((doc_id, label, fold(name)))
            if found is not None:
                return found
        return self.canonical.get((label, fold(name)), name)


class EntityResolver:
    """Decides which names denote the same entity. Subclasses choose the strategy."""

    def resolve(
        self, claims: Sequence[DocumentClaims], decisions: Sequence[ResolutionDecision] = ()
    ) -> Resolution:
        raise NotImplementedError


class FuzzyMatchResolver(EntityResolver):
    def __init__(self, gazetteer: Gazetteer | None = None, use_gazetteer: bool = True) -> None:
        """`use_gazetteer=False` keeps names as documents give them (for `qkg extract`)."""
        self.gazetteer = gazetteer or load_gazetteer()
        self.use_gazetteer = use_gazetteer

    def resolve(
        self, claims: Sequence[DocumentClaims], decisions: Sequence[ResolutionDecision] = ()
    ) -> Resolution:
        decisions = [d for d in decisions if d.decision in (Decision.SAME, Decision.NOT_SAME)]
        surfaces: dict[Label, Counter[str]] = defaultdict(Counter)
        acronyms: Counter[tuple[str, str]] = Counter()
        for doc in sorted(claims, key=lambda d: d.doc_id):
            for entity in doc.entities:
                surfaces[entity.label][entity.name] += max(1, len(entity.provenance))
            for short, full in doc.acronyms.items():
                acronyms[(short, full)] += 1
        for decision in decisions:  # decided names exist even before a document mentions them
            surfaces[decision.label][decision.a] += 0
            surfaces[decision.label][decision.b] += 0
        resolution = Resolution(surfaces=dict(surfaces), acronyms=acronyms)
        for label, counts in surfaces.items():
            label_decisions = [d for d in decisions if d.label == label]
            blocks: dict[str, list[str]] = {}
            if label == Label.PERSON:
                groups = self._people(counts, label_decisions, blocks)
            elif label == Label.ORGANISATION:
                groups = self._organisations(counts, label_decisions, acronyms, blocks)
            else:
                groups = self._exact(counts, label_decisions)
            for canonical, members in groups:
                for member in members:
                    resolution.canonical[(label, member)] = canonical
            for block, keys in blocks.items():
                resolution.blocks.update(((label, key), block) for key in keys)
        self._shared_names(claims, surfaces[Label.PERSON], resolution)
        return resolution

    @staticmethod
    def _shared_names(
        claims: Sequence[DocumentClaims], people: Counter[str], resolution: Resolution
    ) -> None:
        """People who share a name are kept apart by a qualifier ("Anne Morrison (NHS Fife)",
        as a directory with two of them names them); a document that names one of them bare
        means the one whose organisation it names or says they work at, else neither."""
        variants: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for surface in people:
            match = QUALIFIED.match(surface)
            if match:
                variants[fold(match["base"])].append((surface, fold(match["qualifier"])))
        if not variants:
            return
        for doc in claims:
            orgs = {fold(e.name) for e in doc.entities if e.label == Label.ORGANISATION}
            works: dict[str, set[str]] = defaultdict(set)
            for r in doc.relations:
                if r.source[0] == Label.PERSON and r.rel.value == "WORKS_AT":
                    works[fold(r.source[1])].add(fold(r.target[1]))
            for entity in doc.entities:
                key = fold(entity.name)
                if entity.label != Label.PERSON or key not in variants:
                    continue
                context = works.get(key) or orgs
                fits = [s for s, q in variants[key] if q in context]
                if len(fits) == 1:
                    resolution.within[(doc.doc_id, Label.PERSON, key)] = fits[0]

    # -- shared ---------------------------------------------------------------------------

    @staticmethod
    def _start(
        counts: Counter[str], decisions: Sequence[ResolutionDecision]
    ) -> tuple[_UnionFind, dict[str, list[str]]]:
        """Union-find over folded names, with decisions applied; folded -> surface forms."""
        forms: dict[str, list[str]] = defaultdict(list)
        for surface in counts:
            forms[fold(surface)].append(surface)
        apart = {frozenset((fold(d.a), fold(d.b))) for d in decisions if d.decision == "not-same"}
        uf = _UnionFind(sorted(forms), apart)
        for d in decisions:
            if d.decision == "same":
                uf.union(fold(d.a), fold(d.b))
        return uf, forms

    @staticmethod
    def _groups(
        uf: _UnionFind,
        forms: dict[str, list[str]],
        counts: Counter[str],
        preferred: dict[str, str] | None = None,
        eligible: set[str] | None = None,
    ) -> list[tuple[str, set[str]]]:
        out = []
        for cluster in uf.clusters():
            surfaces = [s for key in cluster for s in forms[key]]
            pick = next(
                (preferred[k] for k in sorted(cluster) if preferred and k in preferred), None
            )
            if pick is None:
                pool = [s for s in surfaces if eligible is None or fold(s) in eligible] or surfaces
                pick = sorted(pool, key=lambda s: (-counts[s], -len(s), s))[0]
            out.append((pick, set(cluster)))
        return out

    def _exact(
        self, counts: Counter[str], decisions: Sequence[ResolutionDecision]
    ) -> list[tuple[str, set[str]]]:
        uf, forms = self._start(counts, decisions)
        return self._groups(uf, forms, counts)

    # -- organisations ------------------------------------------------------------------------

    def _organisations(
        self,
        counts: Counter[str],
        decisions: Sequence[ResolutionDecision],
        acronyms: Counter[tuple[str, str]],
        seen: dict[str, list[str]] | None = None,
    ) -> list[tuple[str, set[str]]]:
        """`seen`, when given, gets the fuzzy-matching blocks."""
        uf, forms = self._start(counts, decisions)
        preferred: dict[str, str] = {}
        expansion: dict[str, str] = {}
        for (short, full), _n in sorted(acronyms.items(), key=lambda kv: (-kv[1], kv[0])):
            expansion.setdefault(fold(short), fold(full))
        by_gazetteer: dict[str, list[str]] = defaultdict(list)
        for key in sorted(forms):
            entry = self.gazetteer.org_by_fold.get(key)
            if entry is None and key in expansion and self.use_gazetteer:
                entry = self.gazetteer.org_by_fold.get(expansion[key])
            if entry is not None:
                # without the gazetteer's names, two forms of one body still join
                # ("Pennine Care" and "Pennine Care NHS Foundation Trust"), named as written
                by_gazetteer[entry.name].append(key)
                if self.use_gazetteer:
                    preferred[key] = entry.name
            elif key in expansion and expansion[key] in forms:
                uf.union(expansion[key], key)
        gazetteer_keys = {k for members in by_gazetteer.values() for k in members}
        for members in by_gazetteer.values():
            for other in members[1:]:
                uf.union(members[0], other)
        blocks: dict[str, list[str]] = defaultdict(list)
        for key in sorted(forms):
            known = not self.use_gazetteer and key in gazetteer_keys
            if key not in preferred and len(key) > 6 and not known:
                blocks[key.split()[0]].append(key)
        if seen is not None:
            seen.update(blocks)
        for block in blocks.values():
            for i, a in enumerate(block):
                for b in block[i + 1 :]:
                    if fuzz.token_sort_ratio(a, b) >= ORG_FUZZY_THRESHOLD:
                        uf.union(a, b)
        eligible = {k for k, ss in forms.items() if any(not _is_acronym(s) for s in ss)}
        return self._groups(uf, forms, counts, preferred, eligible)

    # -- persons ------------------------------------------------------------------------------

    def _people(
        self,
        counts: Counter[str],
        decisions: Sequence[ResolutionDecision],
        seen: dict[str, list[str]] | None = None,
    ) -> list[tuple[str, set[str]]]:
        """`seen`, when given, gets the surname blocks."""
        uf, forms = self._start(counts, decisions)
        parsed = {key: PersonName.parse(forms[key][0]) for key in forms}
        blocks: dict[str, list[str]] = defaultdict(list)
        for key in sorted(forms):
            if QUALIFIED.match(forms[key][0]):
                continue  # one of several people who share a name: only a decision joins it
            if parsed[key].surname:
                blocks[parsed[key].surname].append(key)
        if seen is not None:
            seen.update(blocks)
        for block in blocks.values():
            full = [k for k in block if parsed[k].is_full]
            for i, a in enumerate(full):
                for b in full[i + 1 :]:
                    if _same_given(parsed[a], parsed[b]):
                        uf.union(a, b)
            # initials and bare surnames join only an unambiguous full-name cluster
            for key in block:
                if parsed[key].is_full:
                    continue
                roots = {
                    uf.find(k)
                    for k in full
                    if not parsed[key].given or parsed[k].first_initial == parsed[key].first_initial
                }
                if len(roots) == 1:
                    uf.union(roots.pop(), key)
        eligible = {k for k in forms if parsed[k].is_full}
        return self._groups(uf, forms, counts, eligible=eligible)


def _is_acronym(surface: str) -> bool:
    return " " not in surface and sum(ch.isupper() for ch in surface) >= 2


def _same_given(a: PersonName, b: PersonName) -> bool:
    first_a, first_b = a.given[0], b.given[0]
    if first_a == first_b:
        return True
    if first_a[0] != first_b[0]:
        return False
    return fuzz.ratio(first_a, first_b) >= GIVEN_FUZZY_THRESHOLD
