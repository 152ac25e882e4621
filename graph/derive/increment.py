"""One more document's part of the derived graph, merged into the nodes and relationships a
store already derived, exactly as `graph.derive.build.build_graph` over every document would
give them — or `Fallback`, and the store derives everything again.

How. The document's own part is built by the very code `build_graph` runs for each document
(`add_document`), with its names resolved against the store's (graph.derive.increment_resolve).
Then each node and relationship it touches is merged into the stored one by the rules
`build_graph` applies in doc_id order: a property is set by the first document (in doc_id
order) that gives it a value, the creator of a node also sets its empty ones, a
relationship's properties are set by its first document; aliases, documents and provenance
gather (provenance in doc_id order). The document's texts are then withheld and masked as
`graph.privacy.withhold` does, with the rewriter's name sets kept from the last full
derivation and grown by the document's names.

It falls back when a rule would make the document change what other documents contributed:
- a property of a node or relationship it shares with other documents conflicts with theirs
  (and it is neither first nor last of them in doc_id order);
- it names someone withheld by a name form (or a shown organisation or place by a name whose
  words a withheld name uses) that stored texts may contain — the rewriting of those texts
  would change (the store keeps which pairs of adjacent words stored texts have);
- it adds a single word to someone withheld whom other documents name;
- it renames a node onto a key another node holds, or makes a node only a later document
  names; it would be the subject of a document two nodes claim; curators accepted topics
  (they are matched against every passage).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import networkx as nx

from graph.derive.build import add_document, finish_node, link_reference_facts
from graph.derive.increment_resolve import Fallback, OneResolution
from graph.derive.open_topics import accepted
from graph.derive.passages import attach_passages
from graph.model import NATIONS, DocumentClaims, Label, ResolutionDecision, fold, node_key
from graph.privacy.names import is_pseudonym, pairs_of
from graph.privacy.withhold import (
    REFERENCE_LABELS,
    RENAMED_LABELS,
    SHOWN_LABELS,
    TEXT_PROPS,
    Rewriter,
    hide,
    show,
    show_edge,
    words_of,
)

EMPTY: tuple[Any, ...] = (None, "", [], {})
# what build_graph and withhold keep on a node beside the documents' properties
STRUCTURAL = frozenset(
    {"label", "name", "aliases", "docs", "provenance", "mentions", "consent", "passages"}
    | {"subject", "withheld", "status"}
)
Triple = tuple[str, str, str]  # (source key, relationship, target key)


class Derived(Protocol):
    """The derived rows a store holds, and what it kept of its last full derivation
    (graph.stores.increment_rows)."""

    def nodes(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]: ...
    def edges(self, triples: Iterable[Triple]) -> dict[Triple, dict[str, Any]]: ...
    def rekeyed(self, keys: Iterable[str]) -> dict[str, str]: ...
    def rekey_targets(self, keys: Iterable[str]) -> set[str]: ...
    def redaction(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]: ...
    def singles(self, keys: Iterable[str]) -> dict[str, frozenset[str]]: ...
    def pairs(self, pairs: Iterable[str]) -> set[str]: ...


@dataclass
class Delta:
    """The nodes and relationships a document adds or changes (their whole data), and what
    the store's derivation state gets."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    new_nodes: set[str] = field(default_factory=set)
    edges: dict[Triple, dict[str, Any]] = field(default_factory=dict)
    new_edges: set[Triple] = field(default_factory=set)
    full: set[str] = field(default_factory=set)  # name forms withheld now
    kept: set[str] = field(default_factory=set)  # names shown now
    singles: dict[str, frozenset[str]] = field(default_factory=dict)
    rekeyed: dict[str, str] = field(default_factory=dict)
    texts: set[str] = field(default_factory=set)  # texts read (their word pairs are kept)


def add_one(
    doc: DocumentClaims,
    resolved: OneResolution,
    decisions: Sequence[ResolutionDecision],
    gazetteer: Any,
    derived: Derived,
) -> Delta:
    """The document's part merged into the stored rows (see the module's docstring)."""
    if accepted(decisions):
        raise Fallback("curators accepted topics")
    if any(p.doc_id != doc.doc_id for e in doc.entities for p in e.provenance) or any(
        p.doc_id != doc.doc_id for r in doc.relations for p in r.provenance
    ):
        raise Fallback("provenance from another document")
    part = nx.MultiDiGraph()
    add_document(part, doc, resolved.resolution.name)
    own = {node_key(Label.DOCUMENT, doc.doc_id)} | {
        node_key(e.label, resolved.resolution.name(e.label, e.name, doc.doc_id))
        for e in doc.entities
    }
    stored = derived.nodes(part.nodes)
    rekeyed = derived.rekeyed(part.nodes)
    stored |= derived.nodes(rekeyed.values())
    merge = _Merge(doc, part, own, stored, rekeyed, gazetteer, derived)
    return merge.run()


class _Merge:
    def __init__(
        self,
        doc: DocumentClaims,
        part: nx.MultiDiGraph,
        own: set[str],
        stored: dict[str, dict[str, Any]],
        rekeyed: dict[str, str],
        gazetteer: Any,
        derived: Derived,
    ) -> None:
        self.doc, self.doc_id = doc, doc.doc_id
        self.part, self.own, self.stored = part, own, stored
        self.gazetteer, self.derived = gazetteer, derived
        self.delta = Delta()
        self.key: dict[str, str] = {}  # the part's key -> the stored (or new) key
        self.hidden: set[str] = set()  # the part's keys of people withheld
        taken = derived.rekey_targets(k for k in part.nodes if k in stored and k not in rekeyed)
        if taken:
            raise Fallback("the document names a node another node was renamed to")
        for key, data in part.nodes(data=True):
            if key in rekeyed:
                self.key[key] = rekeyed[key]
            elif key in stored:
                self.key[key] = key
            else:
                self.key[key] = ""  # new: keyed once its texts are rewritten
            found = stored.get(self.key[key])
            if data["label"] == Label.PERSON.value and (
                (found is not None and found.get("withheld")) or found is None
            ):
                if data.get("consent") is not None:
                    raise Fallback("the document states consent")
                self.hidden.add(key)

    def run(self) -> Delta:
        rewrite = self._rewriter()
        for key in sorted(self.part.nodes):
            if self.key[key]:
                self._merge_node(key, rewrite)
        self._new_nodes(rewrite)
        edges = sorted(self.part.edges(keys=True, data=True), key=lambda e: e[:3])
        wanted = [(self.key[u], rel, self.key[v]) for u, v, rel, _d in edges]
        wanted += [(self.key[u], rel, v) for u, v, rel in self.reference.edges(keys=True)]
        self.old_edges = self.derived.edges(wanted)
        for u, v, rel, data in edges:
            self._merge_edge((self.key[u], rel, self.key[v]), data, rewrite, u, v)
        self._reference_edges(rewrite)
        self.delta.singles = {self.key[k]: w for k, w in self.delta.singles.items()}
        self.delta.texts = rewrite.read
        return self.delta

    # -- the rewriter ----------------------------------------------------------------------

    def _rewriter(self) -> Rewriter:
        full, kept, singles = self.derived.redaction()
        delta = self.delta
        old_singles = self.derived.singles(self.key[k] for k in self.hidden if self.key[k])
        spans: list[tuple[int, int, str]] = []
        for key in self.hidden:
            data = self.part.nodes[key]
            names = [n for n in (data["name"], *data["aliases"]) if not is_pseudonym(n)]
            forms, words = words_of(names)
            delta.full |= forms - full
            before = old_singles.get(self.key[key], frozenset())
            if self.key[key] and not words <= before:
                raise Fallback("a withheld person other documents name gets another name")
            delta.singles[key] = before | words
            for prov in data["provenance"]:
                if prov.end > prov.start:
                    spans += [(prov.start, prov.end, w) for w in delta.singles[key]]
        for key, data in self.part.nodes(data=True):
            label = data["label"]
            names = [data["name"], *data["aliases"]]
            if label == Label.ORGANISATION.value and not self.key[key]:
                names.append(f"The {data['name']}")
            if label in SHOWN_LABELS:
                delta.kept |= {fold(n) for n in names} - kept
            elif label == Label.PERSON.value and key not in self.hidden:
                delta.kept |= {fold(n) for n in names if " " in fold(n)} - kept
        withheld_words = {w for f in full | delta.full for w in f.split()} | singles
        withheld_words |= {w for ws in delta.singles.values() for w in ws}
        if delta.full and self._in_texts(delta.full):
            raise Fallback("a new withheld name form may be in stored texts")
        risky = {k for k in delta.kept if not withheld_words.isdisjoint(k.split())}
        if any(" " not in k for k in risky) or self._in_texts(risky):
            raise Fallback("a new shown name shares words with withheld names")
        rewrite = Rewriter(full | delta.full, kept | delta.kept, {self.doc_id: spans}, True)
        return rewrite

    def _in_texts(self, forms: set[str]) -> bool:
        """May a stored text hold one of these forms (every pair of adjacent words of it is
        in some stored text)?"""
        wanted = {f: pairs_of(f.split()) for f in forms}
        found = self.derived.pairs({p for ps in wanted.values() for p in ps})
        return any(ps and ps <= found for ps in wanted.values())

    # -- nodes ----------------------------------------------------------------------------

    def _creator(self, docs: set[str], label: str, key: str) -> bool:
        """Would this document create the node (it comes before every other of its own)?"""
        if self._reference(label, key):
            return False
        if not docs:
            raise Fallback("a node no document names")
        return self.doc_id < min(docs)

    def _reference(self, label: str, key: str) -> bool:
        if label not in REFERENCE_LABELS:
            return False
        g = self.gazetteer
        names = {
            Label.NATION.value: NATIONS,
            Label.SECTOR.value: g.sectors,
            Label.TOPIC.value: [t.label for t in g.topics],
            Label.CHALLENGE.value: [c.title for c in g.challenges],
        }[label]
        return key in {node_key(label, n) for n in names}

    def _merge_node(self, key: str, rewrite: Rewriter) -> None:
        mine = self.part.nodes[key]
        new_key = self.key[key]
        old = self.stored[new_key]
        data = {k: _copy(v) for k, v in old.items()}
        label = data["label"]
        if key not in self.own:  # only a relationship's end here
            if self._creator(set(old["docs"]), label, new_key):
                raise Fallback("the document would make a node only later documents name")
            return
        creator = self._creator(set(old["docs"]), label, new_key)
        mine_provenance = mine["provenance"]
        if key in self.hidden:
            provenance = [p.quoting("") for p in mine_provenance]
        else:
            provenance = rewrite.all(mine_provenance)
            self._props(data, mine, creator, max(old["docs"], default=""), rewrite)
            texts = rewrite.text_rewrite()
            aliases = mine["aliases"]
            if label in RENAMED_LABELS:
                aliases = {texts(a) for a in aliases}
            data["aliases"] = set(data["aliases"]) | aliases
        data["docs"] = set(data["docs"]) | {self.doc_id}
        data["provenance"] = _insert(data["provenance"], provenance, self.doc_id)
        data["mentions"] = len(data["provenance"])
        self.delta.nodes[new_key] = data

    def _props(
        self,
        data: dict[str, Any],
        mine: dict[str, Any],
        creator: bool,
        last: str,
        rewrite: Rewriter,
    ) -> None:
        texts = rewrite.text_rewrite()
        given = {p for p in mine if p not in STRUCTURAL}
        for prop in given:
            value = mine[prop]
            if prop in TEXT_PROPS and isinstance(value, str):
                value = texts(value)
            if creator:
                if value or data.get(prop) in EMPTY:
                    data[prop] = value
            elif value in EMPTY or data.get(prop) == value:
                continue
            elif not data.get(prop) and value:
                data[prop] = value
            elif not data.get(prop) or self.doc_id < last:
                raise Fallback(f"the document's {prop!r} differs from another document's")
        if creator and any(
            p not in given and p not in STRUCTURAL and v in EMPTY for p, v in data.items()
        ):
            raise Fallback("the document would make a node whose maker gave empty properties")

    def _new_nodes(self, rewrite: Rewriter) -> None:
        new = [k for k in sorted(self.part.nodes) if not self.key[k]]
        scratch = nx.MultiDiGraph()
        for key in new:
            data = {k: _copy(v) for k, v in self.part.nodes[key].items()}
            if data["label"] in (Label.ORGANISATION.value, Label.PLACE.value):
                scratch.add_node(key, **data)
        link_reference_facts(scratch, self.gazetteer)  # kind, nation and sector, as build does
        self.reference = scratch
        docs = [k for k in new if self.part.nodes[k]["label"] == Label.DOCUMENT.value]
        for key in new:
            data = scratch.nodes[key] if key in scratch else dict(self.part.nodes[key])
            finish_node(data)
            if key in self.hidden:
                new_key = hide(key, data)
                if new_key in self.stored or self.derived.nodes([new_key]):
                    raise Fallback("a new withheld person's key is taken")
            else:
                if key in docs:
                    continue
                renamed = show(data, rewrite)
                new_key = node_key(data["label"], renamed) if renamed else key
            self._claim(key, new_key, data)
        subjects = [
            k
            for k, d in self.delta.nodes.items()
            if d["label"] in (Label.WORKSHOP.value, Label.EVIDENCE.value)
            and d.get("doc_id") == self.doc_id
        ]
        if len(subjects) > 1:
            raise Fallback("two nodes claim the document as theirs")
        for key in docs:
            data = dict(self.part.nodes[key])
            finish_node(data)
            attach = nx.MultiDiGraph()
            attach.add_nodes_from(self.part.nodes(data=True))
            attach.nodes[key].update(data)
            attach_passages(attach, [self.doc])
            data = dict(attach.nodes[key])
            show(data, rewrite)
            if data.get("passages"):
                data["subject"] = subjects[0] if subjects else ""
                data["passages"] = [
                    [s, e, t, _mapped(p, self.key), _mapped(ls, self.key), *rest]
                    for s, e, t, p, ls, *rest in data["passages"]
                ]
            self._claim(key, key, data)

    def _claim(self, key: str, new_key: str, data: dict[str, Any]) -> None:
        if new_key != key and (
            new_key in self.stored
            or self.derived.nodes([new_key])
            or self.derived.rekey_targets([new_key])
            or new_key in self.delta.nodes
        ):
            raise Fallback("a renamed node's key is taken")
        if new_key != key:
            self.delta.rekeyed[key] = new_key
        self.key[key] = new_key
        self.delta.nodes[new_key] = data
        self.delta.new_nodes.add(new_key)

    # -- relationships ---------------------------------------------------------------------

    def _merge_edge(
        self, triple: Triple, mine: dict[str, Any], rewrite: Rewriter, u: str, v: str
    ) -> None:
        theirs = u in self.hidden or v in self.hidden
        old = self.old_edges.get(triple)
        if old is None:
            data = {k: _copy(val) for k, val in mine.items()}
            show_edge(triple[1], data, rewrite, theirs)
            self.delta.edges[triple] = data
            self.delta.new_edges.add(triple)
            return
        data = {k: _copy(val) for k, val in old.items()}
        creator = not data["docs"] or self.doc_id < min(data["docs"])
        last = max(data["docs"], default="")
        for prop, value in mine.items():
            if prop in ("rel", "provenance", "docs"):
                continue
            if creator or prop not in data:
                data[prop] = value
            elif data[prop] != value and self.doc_id < last:
                raise Fallback(f"the document's {prop!r} of a relationship differs")
        if theirs and triple[1] == "WORKS_AT":
            data.pop("role", None)
        shown = {k: v for k, v in mine.items() if k == "provenance"}
        show_edge(triple[1], shown, rewrite, theirs)
        data["docs"] = set(data["docs"]) | {self.doc_id}
        data["provenance"] = _insert(data["provenance"], shown["provenance"], self.doc_id)
        self.delta.edges[triple] = data

    def _reference_edges(self, rewrite: Rewriter) -> None:
        """The gazetteer's relationships of the document's new organisations and places."""
        for u, v, rel, data in self.reference.edges(keys=True, data=True):
            triple = (self.key[u], rel, v)
            if triple in self.delta.edges:
                self.delta.edges[triple].setdefault("origin", data["origin"])
            else:
                self._merge_edge(triple, data, rewrite, u, v)


def _insert(provenance: list[Any], mine: list[Any], doc_id: str) -> list[Any]:
    """The document's provenance where build_graph puts it: in doc_id order."""
    at = bisect.bisect_right([p.doc_id for p in provenance], doc_id)
    return [*provenance[:at], *mine, *provenance[at:]]


def _mapped(keys: list[str], mapping: dict[str, str]) -> list[str]:
    return sorted(mapping.get(k) or k for k in keys)


def _copy(value: Any) -> Any:
    if isinstance(value, set):
        return set(value)
    if isinstance(value, list):
        return list(value)
    return value


__all__ = ["Delta", "Derived", "Fallback", "add_one"]
