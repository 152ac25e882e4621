"""Resolving one more document's names against the names a store already resolved, without
reading any other document (graph.derive.increment uses it; graph.derive.resolve is the rule).

Why it is exact. FuzzyMatchResolver's clusters depend on the *set* of folded names of a
label, the decisions and (organisations) the acronyms' expansions; the counts only choose a
cluster's canonical name. So a document whose folded names the store knows already changes
no cluster, and changes a canonical name only when one of its forms now outnumbers it, which
is checked. A new folded name:
- of a label matched exactly (place, topic, workshop, ...) is a cluster of its own;
- of a person is resolved with the rest of its surname block (persons are only ever joined
  within one, unless a decision joins them): the block is resolved again, and every old name
  in it must keep its canonical name;
- of an organisation joins its gazetteer entry's cluster (which must be named by the entry)
  or stays alone; when it would fuzzy-match another name of its first-word block, expand an
  acronym, or be an acronym's expansion, the store derives everything again.
It falls back (raises `Fallback`) as well when a decision names the label, when the document
adds a name qualified as one of several namesakes (it changes how bare names resolve in other
documents), or when its acronyms change an expansion a name uses.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from rapidfuzz import fuzz

from graph.derive.resolve import (
    ORG_FUZZY_THRESHOLD,
    QUALIFIED,
    FuzzyMatchResolver,
    Resolution,
    _is_acronym,
)
from graph.model import DocumentClaims, Label, ResolutionDecision, fold
from graph.reference.names import PersonName

Surface = tuple[str, str, int, str, str]  # (surface, folded, count, canonical, block)


class Fallback(Exception):
    """This write cannot be derived alone: derive every document again (the reason says why)."""


class Resolved(Protocol):
    """What a store kept of its last resolution (graph.stores.increment_rows)."""

    def surfaces(self, label: str, folds: Iterable[str]) -> list[Surface]: ...
    def named(self, label: str, names: Iterable[str]) -> list[Surface]: ...
    def block(self, label: str, blocks: Iterable[str]) -> list[Surface]: ...
    def acronyms(
        self, shorts: Iterable[str], fulls: Iterable[str]
    ) -> list[tuple[str, str, int]]: ...
    def qualified(self) -> list[str]: ...


@dataclass
class OneResolution:
    """The document's names resolved, and the rows the store's resolution state gets."""

    resolution: Resolution
    surfaces: list[tuple[str, str, str, int, str, str]] = field(default_factory=list)
    acronyms: list[tuple[str, str, int]] = field(default_factory=list)


def resolve_one(
    doc: DocumentClaims,
    resolver: Any,
    decisions: Sequence[ResolutionDecision],
    known: Resolved,
) -> OneResolution:
    if type(resolver) is not FuzzyMatchResolver or not resolver.use_gazetteer:
        raise Fallback("a resolver other than the default")
    counts: dict[Label, Counter[str]] = defaultdict(Counter)
    for entity in doc.entities:
        counts[entity.label][entity.name] += max(1, len(entity.provenance))
    decided = {d.label for d in decisions if d.decision in ("same", "not-same")}
    out = OneResolution(Resolution())
    canon = out.resolution.canonical
    stated = _acronyms(doc, known, counts.get(Label.ORGANISATION, Counter()), out)
    for label, mine in counts.items():
        rows = known.surfaces(label.value, {fold(s) for s in mine})
        by_fold: dict[str, list[Surface]] = defaultdict(list)
        for row in rows:
            by_fold[row[1]].append(row)
        count = {row[0]: row[2] for row in rows}
        for surface, n in mine.items():
            count[surface] = count.get(surface, 0) + n
        new = sorted({fold(s) for s in mine} - by_fold.keys())
        if new and label in decided:
            raise Fallback(f"decisions name {label.value} names")
        for key, found in by_fold.items():
            canon[(label, key)] = _kept_name(label, key, found, mine, count, resolver, known)
        if label == Label.PERSON:
            _people(new, mine, count, resolver, known, out)
        elif label == Label.ORGANISATION:
            _organisations(new, mine, count, resolver, known, stated, canon)
        else:
            for key in new:
                canon[(label, key)] = _pick([s for s in mine if fold(s) == key], count)
        blocks = {key: found[0][4] for key, found in by_fold.items()}
        blocks |= _blocks(label, [s for s in mine if fold(s) in new], resolver, stated)
        out.surfaces += [
            (label.value, s, fold(s), count[s], canon[(label, fold(s))], blocks.get(fold(s), ""))
            for s in sorted(mine)
        ]
    # a relationship's end that no entity of the document names resolves as the store's
    ends: dict[Label, set[str]] = defaultdict(set)
    for relation in doc.relations:
        for label, raw in (relation.source, relation.target):
            if (label, fold(raw)) not in canon:
                ends[label].add(fold(raw))
    for label, folds in ends.items():
        for row in known.surfaces(label.value, folds):
            canon[(label, row[1])] = row[3]
    qualified = Counter(known.qualified())
    FuzzyMatchResolver._shared_names([doc], qualified, out.resolution)
    return out


def _pick(surfaces: list[str], count: dict[str, int]) -> str:
    return sorted(surfaces, key=lambda s: (-count[s], -len(s), s))[0]


def _kept_name(
    label: Label,
    key: str,
    found: list[Surface],
    mine: Counter[str],
    count: dict[str, int],
    resolver: Any,
    known: Resolved,
) -> str:
    """The canonical name of a known folded name, checked not to change with these counts."""
    name = found[0][3]
    if label == Label.ORGANISATION:
        entry = resolver.gazetteer.org_by_fold.get(fold(name))
        if entry is not None and entry.name == name:
            return name  # the gazetteer's name: counts do not choose it
    rivals = [s for s in mine if fold(s) == key and s != name]
    if not rivals:
        return name
    theirs = {r[0]: r[2] for r in known.named(label.value, [name])}.get(name, 0)
    theirs += mine.get(name, 0)
    for surface in rivals:
        if (-count[surface], -len(surface), surface) < (-theirs, -len(name), name):
            raise Fallback(f"a {label.value} name's most used form may change")
    return name


def _blocks(
    label: Label, surfaces: list[str], resolver: Any, expansion: dict[str, str]
) -> dict[str, str]:
    """The block of each new folded name (as FuzzyMatchResolver makes them)."""
    found: dict[str, str] = {}
    by_fold = resolver.gazetteer.org_by_fold
    for surface in surfaces:
        key = fold(surface)
        if label == Label.PERSON and not QUALIFIED.match(surface):
            found.setdefault(key, PersonName.parse(surface).surname or "")
        elif label == Label.ORGANISATION:
            known = key in by_fold or (key in expansion and expansion[key] in by_fold)
            found[key] = key.split()[0] if len(key) > 6 and not known else ""
    return found


def _people(
    new: list[str],
    mine: Counter[str],
    count: dict[str, int],
    resolver: Any,
    known: Resolved,
    out: OneResolution,
) -> None:
    """New folded person names: their surname blocks resolved again, old names unchanged."""
    if not new:
        return
    canon = out.resolution.canonical
    surfaces = {fold(s): s for s in sorted(mine, reverse=True)}
    blocks: set[str] = set()
    for key in new:
        if QUALIFIED.match(surfaces[key]) or re.search(r"[()]", surfaces[key]):
            raise Fallback("a new name qualified as one of several namesakes")
        surname = PersonName.parse(surfaces[key]).surname
        if surname:
            blocks.add(surname)
        else:
            canon[(Label.PERSON, key)] = _pick([s for s in mine if fold(s) == key], count)
    if not blocks:
        return
    rows = known.block(Label.PERSON.value, blocks)
    sub = Counter({row[0]: row[2] for row in rows})
    for surface in mine:
        if fold(surface) in new or fold(surface) in {r[1] for r in rows}:
            sub[surface] = count[surface]
    seen: dict[str, list[str]] = {}
    groups = resolver._people(sub, [], seen)
    names = {key: name for name, members in groups for key in members}
    for _surface, key, _n, name, _block in rows:
        if names.get(key) != name:
            raise Fallback("a new name changes how a known person's name resolves")
    for key in new:
        if (Label.PERSON, key) not in canon:
            canon[(Label.PERSON, key)] = names[key]


def _expansion(pairs: Iterable[tuple[str, str, int]]) -> dict[str, str]:
    """Each acronym's expansion, as FuzzyMatchResolver chooses it (most stated, then first)."""
    found: dict[str, str] = {}
    for short, full, _n in sorted(pairs, key=lambda p: (-p[2], p[0], p[1])):
        found.setdefault(fold(short), fold(full))
    return found


def _acronyms(
    doc: DocumentClaims, known: Resolved, orgs: Counter[str], out: OneResolution
) -> dict[str, str]:
    """The expansions the document's names may use, after its acronyms are counted; falls
    back when its acronyms change the expansion of a name the store knows or it names."""
    shorts = {fold(s) for s in doc.acronyms} | {fold(s) for s in orgs}
    fulls = {fold(s) for s in orgs}
    pairs = {(s, f): n for s, f, n in known.acronyms(shorts, fulls)}
    before = _expansion((s, f, n) for (s, f), n in pairs.items())
    for short, full in doc.acronyms.items():
        pairs[(short, full)] = pairs.get((short, full), 0) + 1
        out.acronyms.append((short, full, pairs[(short, full)]))
    after = _expansion((s, f, n) for (s, f), n in pairs.items())
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    # a known name's expansion changing may change its cluster; the document's new names are
    # resolved with the expansions as they are now (_organisations)
    if changed and known.surfaces(Label.ORGANISATION.value, changed):
        raise Fallback("the document's acronyms change an expansion a known name uses")
    return after


def _organisations(
    new: list[str],
    mine: Counter[str],
    count: dict[str, int],
    resolver: Any,
    known: Resolved,
    expansion: dict[str, str],
    canon: dict[tuple[Label, str], str],
) -> None:
    """New folded organisation names: a gazetteer entry's cluster, the cluster of the name
    their acronym expands to, or a cluster of their own (with a new acronym of theirs)."""
    label = Label.ORGANISATION
    by_fold = resolver.gazetteer.org_by_fold
    folds = {fold(s) for s in mine}
    stored = {r[1]: r for r in known.surfaces(label.value, set(expansion.values()) | set(new))}
    groups: dict[str, set[str]] = {}  # a new name -> the new names joined with it
    for key in new:
        groups.setdefault(key, {key})
        entry = by_fold.get(key)
        if entry is None and key in expansion:
            entry = by_fold.get(expansion[key])
        if entry is not None:
            forms = [k for k, e in by_fold.items() if e is entry]
            if any(r[3] != entry.name for r in known.surfaces(label.value, forms)):
                raise Fallback("a gazetteer organisation named otherwise")
            canon[(label, key)] = entry.name
            continue
        shorts = [k for k, full in expansion.items() if full == key and k in folds | stored.keys()]
        if any(k not in new for k in shorts):
            raise Fallback("a new name a known acronym expands to")
        full = expansion.get(key)
        if full in stored and full not in new:
            members = [s for s in mine if fold(s) == key]
            if not all(_is_acronym(s) for s in members) or _is_acronym(stored[full][3]):
                raise Fallback("a new acronym may name a known organisation")
            canon[(label, key)] = stored[full][3]
        elif full in new:
            joined = groups.setdefault(full, {full}) | groups[key]
            for k in joined:
                groups[k] = joined
    for key in new:
        if (label, key) in canon:
            continue
        if len(key) > 6:
            first = key.split()[0]
            others = {r[1] for r in known.block(label.value, [first])}
            others |= {k for k in new if k not in groups[key] and len(k) > 6}
            others = {k for k in others if k.split()[0] == first}
            if any(fuzz.token_sort_ratio(key, other) >= ORG_FUZZY_THRESHOLD for other in others):
                raise Fallback("a new organisation name close to another")
        surfaces = [s for s in mine if fold(s) in groups[key]]
        eligible = {fold(s) for s in surfaces if not _is_acronym(s)}
        canon[(label, key)] = _pick([s for s in surfaces if fold(s) in eligible] or surfaces, count)
