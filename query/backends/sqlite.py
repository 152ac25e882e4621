"""The query contract answered from the embedded store's SQLite tables (graph.stores.sql).

A question in a new process reads only the rows it needs: the ranking index rows of the
topics in scope, the facets of the people it shows, the relationships of a few nodes. Where
an answer is shaped from relationships (links with their quotes, evidence and learning rows,
path steps), the few relationships are read into a small networkx graph and shaped by the
very functions query.backends.embedded uses on the whole graph, so both give the same
answers (tests/test_parity.py checks it). Kept per backend, as search indexes rather than
copies of the graph: the names and aliases (fuzzy search), the evidence titles and openings
(TF-IDF), and the passages.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from itertools import pairwise
from typing import Any

import networkx as nx
import orjson

from graph.derive.tfidf import TfidfModel
from graph.model import ITEM_LINKS, Label
from graph.stores import sql
from graph.stores.derived_rows import decode
from query.backend import (
    ChallengeInfo,
    Edge,
    EvidenceRow,
    Facets,
    LearningRow,
    NameEntry,
    PassageRow,
    TopicInfo,
    TopicLink,
    spoke,
)
from query.backends.embedded import (
    EmbeddedBackend,
    IndexedRanking,
    best_quotes,
    evidence_row,
    learning_row,
    passage_rows,
)
from query.backends.paths import HUBS, UNNAMED, WITHHELD, path_steps, shortest_in_key_order


def _keys(keys: Iterable[str]) -> bytes:
    return orjson.dumps(sorted(set(keys)))


class SqliteBackend(IndexedRanking):
    def __init__(self, store: Any) -> None:
        self.store = store  # graph.stores.embedded.EmbeddedStore, its derived rows current
        self._version = store.version()

    def _read(self, query: str, *params: Any) -> list[Any]:
        return self.store.read(query, *params)

    def _graph_of(self, edges: Iterable[Any], full: Iterable[str] = ()) -> nx.MultiDiGraph:
        """A small graph of these relationship rows (in stored order) and the nodes at their
        ends (label and name), with all the data of the `full` nodes."""
        rows = {r[0]: r for r in edges}
        keys = {k for r in rows.values() for k in (r[1], r[3])} | set(full)
        found = {k: decode(d) for k, d in self._read(sql.NODES_DATA, _keys(full))} if full else {}
        graph = nx.MultiDiGraph()
        for key, label, name in sorted(self._read(sql.NODES_BRIEF, _keys(keys))):
            graph.add_node(key, **(found.get(key) or {"label": label, "name": name}))
        for _seq, u, rel, v, data in sorted(rows.values()):
            graph.add_edge(u, v, key=rel, **decode(data))
        return graph

    def _out(self, keys: Iterable[str], rel: str | None = None) -> list[Any]:
        if rel is None:
            return self._read(sql.OUT_EDGES, _keys(keys))
        return self._read(sql.OUT_EDGES_OF, _keys(keys), rel)

    def _sources(self, keys: Iterable[str], rel: str, label: Label) -> set[str]:
        """Nodes labelled `label` with a `rel` relationship into any of `keys`."""
        found = [r[0] for r in self._read(sql.SOURCES_OF_REL, _keys(keys), rel)]
        return self._labelled(found, label)

    def _labelled(self, keys: Iterable[str], label: Label) -> set[str]:
        return {r[0] for r in self._read(sql.LABELLED, _keys(keys), label.value)}

    # -- reference -------------------------------------------------------------------------------

    def _infos(self, label: Label, rel: str) -> list[tuple[str, str, tuple[str, ...], Any]]:
        linked: dict[str, set[str]] = {}
        for src, dst in self._read(sql.EDGES_OF_LABEL, rel, label.value):
            linked.setdefault(src, set()).add(dst)
        return [
            (key, name, tuple(orjson.loads(aliases)), tuple(sorted(linked.get(key, ()))))
            for key, name, aliases in self._read(sql.NODES_OF_LABEL, label.value)
        ]

    def topics(self) -> list[TopicInfo]:
        return self._topics

    @cached_property
    def _topics(self) -> list[TopicInfo]:
        found = self._read(sql.INDEX, "hidden_labels")
        hidden = orjson.loads(found[0][0]) if found else {}
        return [
            TopicInfo(*row, tuple(hidden.get(row[0], ())))
            for row in self._infos(Label.TOPIC, "BROADER")
        ]

    def challenges(self) -> list[ChallengeInfo]:
        return [ChallengeInfo(*row) for row in self._infos(Label.CHALLENGE, "ABOUT")]

    # -- links to topics -------------------------------------------------------------------------

    def _person_edges(self, people: Iterable[str]) -> list[Any]:
        """People's relationships, and the ADDRESSES of what they wrote or attended."""
        edges = self._out(people)
        items = {r[3] for r in edges if r[2] in ITEM_LINKS}
        return edges + (self._out(items, "ADDRESSES") if items else [])

    def topic_links(self, keys: list[str], label: str, entities: list[str]) -> list[TopicLink]:
        if label == Label.PERSON.value:
            edges = self._person_edges(entities)
        else:
            edges = self._out(entities, "PUBLISHED")
            edges += self._out({r[3] for r in edges}, "ADDRESSES")
            staff = self._read(sql.IN_EDGES_OF, _keys(entities), "WORKS_AT")
            edges += staff + self._person_edges({r[1] for r in staff})
        return EmbeddedBackend(self._graph_of(edges)).topic_links(keys, label, entities)

    # -- facets and ranking ----------------------------------------------------------------------

    def facets(self, keys: list[str]) -> dict[str, Facets]:
        found = {k: Facets(k, **orjson.loads(d)) for k, d in self._read(sql.FACETS, _keys(keys))}
        return {k: found[k] for k in keys if k in found}

    def _indexes(self, keys: list[str]) -> list[tuple[str, dict[str, Any]]]:
        found = {k: orjson.loads(d) for k, d in self._read(sql.RANKING, _keys(keys))}
        return [(key, found[key]) for key in sorted(keys) if key in found]

    # -- evidence and learning -------------------------------------------------------------------

    def _coverage(self, keys: Iterable[str]) -> dict[str, tuple[list[str], list[str]]]:
        return {
            k: (orjson.loads(places), orjson.loads(nations))
            for k, places, nations in self._read(sql.COVERAGE, _keys(keys))
        }

    def evidence(self, topic_keys: list[str]) -> list[EvidenceRow]:
        return self.evidence_by_keys(sorted(self._sources(topic_keys, "ADDRESSES", Label.EVIDENCE)))

    def evidence_by_keys(self, keys: list[str], quotes: bool = True) -> list[EvidenceRow]:
        items = self._labelled(keys, Label.EVIDENCE)
        if not items:
            return []
        graph = self._graph_of(self._out(items, "ADDRESSES"), full=items)
        coverage = self._coverage(items)
        return [evidence_row(graph, k, coverage) for k in sorted(keys) if k in items]

    def evidence_texts(self) -> dict[str, str]:
        return self._texts

    @cached_property
    def _texts(self) -> dict[str, str]:
        return dict(self._read(sql.TEXTS))

    def evidence_model(self) -> TfidfModel:
        return self._model

    @cached_property
    def _model(self) -> TfidfModel:
        return TfidfModel.from_bytes(self._read(sql.INDEX, "tfidf")[0][0])

    def learning(self, topic_keys: list[str]) -> list[LearningRow]:
        return self._learning_rows(self._sources(topic_keys, "ABOUT", Label.LEARNING))

    def learning_of(self, keys: list[str], sources: list[str]) -> list[LearningRow]:
        found = self._labelled(keys, Label.LEARNING)
        return self._learning_rows(found | self._sources(sources, "FROM", Label.LEARNING))

    def _learning_rows(self, keys: set[str]) -> list[LearningRow]:
        if not keys:
            return []
        edges = self._out(keys)
        sources = {r[3] for r in edges if r[2] == "FROM"}
        graph = self._graph_of(edges, full=keys | sources)
        coverage = self._coverage(sources)
        return [learning_row(graph, k, coverage) for k in sorted(keys)]

    def passages(self) -> list[PassageRow]:
        return self._passages

    @cached_property
    def _passages(self) -> list[PassageRow]:
        return passage_rows(
            (doc_id, subject, orjson.loads(rows))
            for doc_id, subject, rows in self._read(sql.PASSAGES)
        )

    def subject_links(self, subjects: list[str]) -> list[tuple[str, str, str]]:
        return sorted(
            (src, spoke(rel, orjson.loads(data)), dst)
            for src, rel, dst, data in self._read(sql.SUBJECT_LINKS, _keys(subjects))
        )

    # -- names, neighbours, paths ----------------------------------------------------------------

    def names(self) -> list[NameEntry]:
        return self._names

    @cached_property
    def _names(self) -> list[NameEntry]:
        return [
            NameEntry(key, label, name, () if aliases == "[]" else tuple(orjson.loads(aliases)))
            for key, label, name, aliases in self._read(sql.NAMES)
        ]

    def node(self, key: str) -> dict[str, Any] | None:
        found = self._read(sql.NODE, key)
        return decode(found[0][0]) if found else None

    def neighbours(self, key: str) -> list[Edge]:
        edges = []
        for _seq, u, rel, v, data, _label, withheld in self._read(sql.NEIGHBOURS, key, key):
            if not withheld:
                quotes = best_quotes(decode(data).get("provenance", []))
                edges.append(Edge(u, rel, v, quotes[0] if quotes else None))
        return sorted(edges, key=lambda e: (e.rel, e.source, e.target))

    def neighbours_of(self, keys: list[str]) -> dict[str, list[Edge]]:
        return {key: self.neighbours(key) for key in keys}

    def shortest_paths(self, source: str, target: str, limit: int) -> list[list[Edge]]:
        for walk in (_Walk(self, hubs=False), _Walk(self, hubs=True)):
            if source not in walk or target not in walk:
                continue
            found = shortest_in_key_order(walk, source, target, limit)
            if found:
                pairs = {(a, b) for nodes in found for a, b in pairwise(nodes)}
                graph = self._graph_of(
                    r for a, b in pairs for r in self._read(sql.BETWEEN, a, b, b, a)
                )
                quotes = lambda data: best_quotes(data.get("provenance", []))  # noqa: E731
                return [path_steps(graph, nodes, quotes) for nodes in found]
        return []

    def graph_version(self) -> str:
        return str(self._version)


def _quotes(data: dict[str, Any]) -> list[Any]:
    return best_quotes(data.get("provenance", []))


class _Walk:
    """query.backends.paths.build_walks' walk (without or with the hubs), its neighbours read
    from the relationships as the search reaches each node."""

    def __init__(self, backend: SqliteBackend, hubs: bool) -> None:
        self.backend, self.hubs = backend, hubs
        self.found: dict[str, list[str]] = {}

    def _walked(self, label: str, withheld: int) -> bool:
        kind = WITHHELD if withheld else label
        return kind not in UNNAMED and (self.hubs or kind not in HUBS)

    def __getitem__(self, key: str) -> list[str]:
        if key not in self.found:
            me = self.backend._read(sql.NODE_LABEL, key)
            near: list[str] = []
            if me and self._walked(*me[0]):
                rows = self.backend._read(sql.WALK, key, key)
                near = list(dict.fromkeys(w for w, label, hid in rows if self._walked(label, hid)))
            self.found[key] = near
        return self.found[key]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(self[key])
