"""The query contract answered from the embedded store's networkx graph.

Indexes (topic -> links, facets of every person and organisation, topic -> evidence and
learning) are built once per graph, so each question is a few dictionary look-ups.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property
from typing import Any

import networkx as nx

from graph.derive.ranking import keys_of, org_published, person_topic_links, ranking_index
from graph.derive.sides import coverage_of, facets_of
from graph.derive.tfidf import TfidfModel, evidence_text, fit
from graph.model import SOURCE_LINKS, Label, Provenance
from query.backend import (
    ChallengeInfo,
    Edge,
    EvidenceRow,
    Facets,
    LearningRow,
    NameEntry,
    OrgRankRows,
    PassageRow,
    RankRows,
    TopicInfo,
    TopicLink,
    spoke,
)
from query.backends.paths import UNNAMED, build_walks, find_paths

QUOTES_PER_LINK = 2


class IndexedRanking:
    """person_ranking and org_ranking read from the ranking index's rows of each topic
    (graph.derive.ranking), however a backend keeps them (`_indexes`)."""

    def _indexes(self, keys: list[str]) -> list[tuple[str, dict[str, Any]]]:
        raise NotImplementedError

    def person_ranking(self, keys: list[str], boundary: str | None) -> list[RankRows]:
        return [
            (key, index["people"], index[f"side_{boundary}"] if boundary else None)
            for key, index in self._indexes(keys)
        ]

    def org_ranking(self, keys: list[str], boundary: str | None) -> list[OrgRankRows]:
        return [
            (
                key,
                index["works_at"],
                index["organisations"],
                index[f"org_side_{boundary}"] if boundary else None,
            )
            for key, index in self._indexes(keys)
        ]


class EmbeddedBackend(IndexedRanking):
    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.g = graph

    # -- helpers ---------------------------------------------------------------------------------

    def _label(self, key: str) -> str:
        return str(self.g.nodes[key]["label"])

    def _name(self, key: str) -> str:
        return str(self.g.nodes[key]["name"])

    def _out(self, key: str, rel: str) -> Iterable[tuple[str, dict[str, Any]]]:
        for _u, v, k, data in self.g.out_edges(key, keys=True, data=True):
            if k == rel:
                yield v, data

    def _in(self, key: str, rel: str) -> Iterable[tuple[str, dict[str, Any]]]:
        for u, _v, k, data in self.g.in_edges(key, keys=True, data=True):
            if k == rel:
                yield u, data

    def _of_label(self, label: Label) -> list[str]:
        return keys_of(self.g, label)

    @staticmethod
    def _quotes(data: dict[str, Any]) -> list[Provenance]:
        return best_quotes(data.get("provenance", []))

    # -- reference -------------------------------------------------------------------------------

    def topics(self) -> list[TopicInfo]:
        return self._topics

    @cached_property
    def _topics(self) -> list[TopicInfo]:
        return [
            TopicInfo(
                key,
                self._name(key),
                tuple(sorted(self.g.nodes[key].get("aliases", ()))),
                tuple(sorted(v for v, _ in self._out(key, "BROADER"))),
                tuple(self.g.nodes[key].get("hidden_labels") or ()),
            )
            for key in self._of_label(Label.TOPIC)
        ]

    def challenges(self) -> list[ChallengeInfo]:
        return [
            ChallengeInfo(
                key,
                self._name(key),
                tuple(sorted(self.g.nodes[key].get("aliases", ()))),
                tuple(sorted(v for v, _ in self._out(key, "ABOUT"))),
            )
            for key in self._of_label(Label.CHALLENGE)
        ]

    # -- links to topics -------------------------------------------------------------------------

    def _person_links(self, keys: list[str], people: Iterable[str]) -> list[TopicLink]:
        wanted, links = set(keys), []
        for person, topic, kind, via, data, second in person_topic_links(self.g, people):
            if topic not in wanted:
                continue
            quotes = self._quotes(data)
            if second is None:
                quotes = quotes[:QUOTES_PER_LINK]
            else:
                quotes = distinct_quotes(quotes + self._quotes(second))
            links.append(TopicLink(person, topic, kind, via, self._name(via), quotes))
        return links

    def topic_links(self, keys: list[str], label: str, entities: list[str]) -> list[TopicLink]:
        """Walks out from the few `entities` (the results shown), as the Neo4j store does."""
        if label == Label.PERSON.value:
            return self._person_links(keys, entities)
        wanted, links = set(keys), []
        for org, topic, item, data, published in org_published(self.g, entities):
            if topic in wanted:
                quotes = distinct_quotes(self._quotes(data) + self._quotes(published))
                links.append(TopicLink(org, topic, "published", item, self._name(item), quotes))
        works: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        for org in entities:
            for person, data in self._in(org, "WORKS_AT"):
                works[person].append((org, data))
        for link in self._person_links(keys, works):
            for org, data in works[link.entity]:
                quotes = self._quotes(data)[:1] + link.quotes[:1]
                name = self._name(link.entity)
                links.append(TopicLink(org, link.topic, "works with", link.entity, name, quotes))
        return links

    # -- facets ----------------------------------------------------------------------------------

    @cached_property
    def _facet_dicts(self) -> dict[str, dict[str, Any]]:
        return facets_of(self.g)

    @cached_property
    def _facets(self) -> dict[str, Facets]:
        return {key: Facets(key, **found) for key, found in self._facet_dicts.items()}

    def facets(self, keys: list[str]) -> dict[str, Facets]:
        return {k: self._facets[k] for k in keys if k in self._facets}

    @cached_property
    def _ranking(self) -> dict[str, dict[str, list[Any]]]:
        return ranking_index(self.g, self._facet_dicts, self._coverage)

    def _indexes(self, keys: list[str]) -> list[tuple[str, dict[str, Any]]]:
        return [(key, self._ranking[key]) for key in sorted(keys) if key in self._ranking]

    # -- evidence and learning -------------------------------------------------------------------

    @cached_property
    def _coverage(self) -> dict[str, tuple[list[str], list[str]]]:
        return coverage_of(self.g, self._facet_dicts)

    @cached_property
    def _evidence(self) -> dict[str, EvidenceRow]:
        return {
            key: evidence_row(self.g, key, self._coverage) for key in self._of_label(Label.EVIDENCE)
        }

    @cached_property
    def _evidence_by_topic(self) -> dict[str, list[str]]:
        return _by_topic(self._evidence)

    def evidence(self, topic_keys: list[str]) -> list[EvidenceRow]:
        keys = sorted({e for t in topic_keys for e in self._evidence_by_topic.get(t, ())})
        return [self._evidence[k] for k in keys]

    def evidence_by_keys(self, keys: list[str], quotes: bool = True) -> list[EvidenceRow]:
        return [self._evidence[k] for k in sorted(keys) if k in self._evidence]

    def evidence_texts(self) -> dict[str, str]:
        return {
            k: evidence_text(d)
            for k, d in self.g.nodes(data=True)
            if d["label"] == Label.EVIDENCE.value
        }

    def evidence_model(self) -> TfidfModel:
        return self._model

    @cached_property
    def _model(self) -> TfidfModel:
        return fit(self.evidence_texts())

    @cached_property
    def _learning(self) -> dict[str, LearningRow]:
        return {
            key: learning_row(self.g, key, self._coverage) for key in self._of_label(Label.LEARNING)
        }

    @cached_property
    def _learning_by_topic(self) -> dict[str, list[str]]:
        return _by_topic(self._learning)

    def learning_of(self, keys: list[str], sources: list[str]) -> list[LearningRow]:
        wanted = set(keys) | {k for s in sources if s in self.g for k, _ in self._in(s, "FROM")}
        return [self._learning[k] for k in sorted(wanted) if k in self._learning]

    def passages(self) -> list[PassageRow]:
        return self._passages

    @cached_property
    def _passages(self) -> list[PassageRow]:
        return passage_rows(
            (str(d["name"]), str(d.get("subject") or ""), d["passages"])
            for _k, d in sorted(self.g.nodes(data=True))
            if d["label"] == Label.DOCUMENT.value and d.get("passages")
        )

    def subject_links(self, subjects: list[str]) -> list[tuple[str, str, str]]:
        return sorted(
            (u, spoke(k, d), s)
            for s in subjects
            if s in self.g
            for u, _v, k, d in self.g.in_edges(s, keys=True, data=True)
            if k in SOURCE_LINKS
        )

    def learning(self, topic_keys: list[str]) -> list[LearningRow]:
        keys = sorted({k for t in topic_keys for k in self._learning_by_topic.get(t, ())})
        return [self._learning[k] for k in keys]

    # -- names, neighbours, paths ----------------------------------------------------------------

    def names(self) -> list[NameEntry]:
        return self._names

    @cached_property
    def _names(self) -> list[NameEntry]:
        return [
            NameEntry(k, d["label"], d["name"], tuple(sorted(d.get("aliases", ()))))
            for k, d in sorted(self.g.nodes(data=True))
            if d["label"] not in UNNAMED and not d.get("withheld")
        ]

    def node(self, key: str) -> dict[str, Any] | None:
        return dict(self.g.nodes[key]) if key in self.g else None

    def neighbours_of(self, keys: list[str]) -> dict[str, list[Edge]]:
        return {key: self.neighbours(key) for key in keys}

    def neighbours(self, key: str) -> list[Edge]:
        edges = []
        for u, v, k, data in [
            *self.g.out_edges(key, keys=True, data=True),
            *self.g.in_edges(key, keys=True, data=True),
        ]:
            if k != "MENTIONS" and not self.g.nodes[v if u == key else u].get("withheld"):
                quotes = self._quotes(data)
                edges.append(Edge(u, k, v, quotes[0] if quotes else None))
        return sorted(edges, key=lambda e: (e.rel, e.source, e.target))

    @cached_property
    def _walks(self) -> tuple[nx.Graph, nx.Graph]:
        return build_walks(self.g)

    def shortest_paths(self, source: str, target: str, limit: int) -> list[list[Edge]]:
        return find_paths(self.g, self._walks, source, target, limit, self._quotes)

    def graph_version(self) -> str:
        return str(id(self.g))


def _out(graph: nx.MultiDiGraph, key: str, rel: str) -> Iterable[tuple[str, dict[str, Any]]]:
    for _u, v, k, data in graph.out_edges(key, keys=True, data=True):
        if k == rel:
            yield v, data


def evidence_row(
    graph: nx.MultiDiGraph, key: str, coverage: dict[str, tuple[list[str], list[str]]]
) -> EvidenceRow:
    """The row of one evidence item: its node, its ADDRESSES relationships and its coverage
    (graph.derive.sides.coverage_of)."""
    node = graph.nodes[key]
    topics = {
        t: best_quotes(d.get("provenance", []))[:QUOTES_PER_LINK]
        for t, d in _out(graph, key, "ADDRESSES")
    }
    documents = sorted(node.get("docs", ()))
    return EvidenceRow(
        key,
        str(node.get("title") or node["name"]),
        node.get("year"),
        str(node.get("publisher") or ""),
        list(node.get("authors") or []),
        coverage.get(key, ([], []))[1],
        documents[0] if documents else "",
        topics,
    )


def learning_row(
    graph: nx.MultiDiGraph, key: str, coverage: dict[str, tuple[list[str], list[str]]]
) -> LearningRow:
    """The row of one learning statement: its node, its FROM and ABOUT relationships, its
    source's node and the source's coverage."""
    node = graph.nodes[key]
    source = min((s for s, _ in _out(graph, key, "FROM")), default=None)
    places, nations = coverage.get(source, ([], [])) if source else ([], [])
    date = str(node.get("recorded") or "")
    if source and not date:
        src = graph.nodes[source]
        date = str(src.get("date") or src.get("year") or "")
    quotes = best_quotes(node.get("provenance", []))
    about = list(_out(graph, key, "ABOUT"))
    return LearningRow(
        key,
        str(node["name"]),
        str(graph.nodes[source]["name"]) if source else "",
        str(graph.nodes[source]["label"]) if source else "",
        date,
        places,
        nations,
        sorted(t for t, _ in about),
        quotes[0] if quotes else None,
        sorted(t for t, d in about if d.get("inherited")),
        float(node.get("strength") or 1.0),
    )


def passage_rows(documents: Iterable[tuple[str, str, list[list[Any]]]]) -> list[PassageRow]:
    """PassageRows from (doc_id, subject, the Document node's `passages`), in that order."""
    return [
        PassageRow(
            doc_id, subject, int(s), int(e), str(text), tuple(people), tuple(learning), bool(rest)
        )
        for doc_id, subject, rows in documents
        for s, e, text, people, learning, *rest in rows  # rest: ["heading"] for a heading
    ]


def _unique(quotes: list[Provenance]) -> list[Provenance]:
    """The quotes in order, each (document, sentence) once."""
    seen: set[tuple[str, str]] = set()
    out = []
    for prov in quotes:
        if (prov.doc_id, prov.quote) not in seen:
            seen.add((prov.doc_id, prov.quote))
            out.append(prov)
    return out


def best_quotes(provenance: list[Provenance]) -> list[Provenance]:
    """Distinct source sentences, most trusted first (then by document and position)."""
    return _unique(sorted(provenance, key=lambda p: (-p.confidence, p.doc_id, p.start)))


def distinct_quotes(quotes: list[Provenance]) -> list[Provenance]:
    """The first QUOTES_PER_LINK distinct quotes, keeping their order."""
    return _unique(quotes)[:QUOTES_PER_LINK]


def _by_topic(rows: dict[str, EvidenceRow] | dict[str, LearningRow]) -> dict[str, list[str]]:
    """topic key -> keys of the rows (evidence or learning) about it."""
    index: dict[str, list[str]] = defaultdict(list)
    for key, row in rows.items():
        for topic in row.topics:
            index[topic].append(key)
    return dict(index)
