"""The query contract answered with parameterised Cypher on the Neo4j server.

Each method is one or two queries (graph.stores.cypher) that return just the rows a question
needs; the rows are shaped here exactly as query.backends.embedded shapes them from networkx, so
both stores give the same answers. Two things are cached per graph version, as search indexes
rather than copies of the graph: the names and aliases (for fuzzy search) and the evidence
titles and openings (for TF-IDF).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from typing import Any

import orjson

from graph.derive.sides import FIELDS as FACET_FIELDS
from graph.derive.tfidf import TfidfModel, fit
from graph.model import Label, Provenance
from graph.stores import cypher
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
)
from query.backends.embedded import (
    QUOTES_PER_LINK,
    best_quotes,
    distinct_quotes,
    passage_rows,
)
from query.backends.paths import pick_edge


def _provenance(value: Any) -> list[Provenance]:
    if not value:
        return []
    return [Provenance.from_dict(p) for p in orjson.loads(value)]


class Neo4jBackend:
    def __init__(self, store: Any) -> None:
        self.store = store
        self._version = store.version()
        self._cache: dict[str, Any] = {}

    def _read(self, query: str, **params: Any) -> list[Any]:
        return self.store._read(query, **params)  # the store owns the driver

    def _rows(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """The `rows` list of a query that collects its answer into one record."""
        found = self._read(query, **params)
        return list(found[0]["rows"]) if found else []

    def _cached(self, name: str, build: Any) -> Any:
        if name not in self._cache:
            self._cache[name] = build()
        return self._cache[name]

    # -- reference -------------------------------------------------------------------------------

    def topics(self) -> list[TopicInfo]:
        return self._cached(
            "topics",
            lambda: sorted(
                (
                    TopicInfo(
                        r["key"],
                        r["name"],
                        tuple(sorted(r["aliases"] or ())),
                        tuple(sorted(r["broader"])),
                        tuple(r["hidden"] or ()),
                    )
                    for r in self._read(cypher.TOPICS)
                ),
                key=lambda t: t.key,
            ),
        )

    def challenges(self) -> list[ChallengeInfo]:
        return sorted(
            (
                ChallengeInfo(
                    r["key"],
                    r["name"],
                    tuple(sorted(r["aliases"] or ())),
                    tuple(sorted(r["topics"])),
                )
                for r in self._read(cypher.CHALLENGES)
            ),
            key=lambda c: c.key,
        )

    # -- links -----------------------------------------------------------------------------------

    def _person_links(self, keys: list[str], entities: list[str]) -> list[TopicLink]:
        links = []
        for r in self._rows(cypher.PERSON_LINK_QUOTES, keys=keys, entities=entities):
            first = best_quotes(_provenance(r["first"]))
            if r["second"] is None:
                quotes = first[:QUOTES_PER_LINK]
            else:
                quotes = distinct_quotes(first + best_quotes(_provenance(r["second"])))
            links.append(
                TopicLink(r["entity"], r["topic"], r["kind"], r["via"], r["via_name"], quotes)
            )
        return links

    def topic_links(self, keys: list[str], label: str, entities: list[str]) -> list[TopicLink]:
        """Walks out from the few `entities` (the results shown), never from the topics."""
        if label == Label.PERSON.value:
            return self._person_links(keys, entities)
        links = [
            TopicLink(
                r["entity"],
                r["topic"],
                "published",
                r["via"],
                r["via_name"],
                distinct_quotes(
                    best_quotes(_provenance(r["first"])) + best_quotes(_provenance(r["second"]))
                ),
            )
            for r in self._rows(cypher.ORG_PUBLISHED_QUOTES, keys=keys, entities=entities)
        ]
        works: dict[str, list[tuple[str, list[Provenance]]]] = defaultdict(list)
        for r in self._rows(cypher.ORG_STAFF, entities=entities):
            works[r["person"]].append((r["org"], best_quotes(_provenance(r["provenance"]))))
        people = self._person_links(keys, sorted(works)) if works else []
        names = self._cached("name_of", lambda: {e.key: e.name for e in self.names()})
        for link in people:
            for org, quotes in works[link.entity]:
                links.append(
                    TopicLink(
                        org,
                        link.topic,
                        "works with",
                        link.entity,
                        names.get(link.entity, link.entity),
                        quotes[:1] + link.quotes[:1],
                    )
                )
        return links

    # -- facets ----------------------------------------------------------------------------------

    def facets(self, keys: list[str]) -> dict[str, Facets]:
        """Read from the `facet_*` properties the writer keeps (graph.derive.sides)."""
        out = {}
        for r in self._rows(cypher.FACETS, keys=keys):
            lists = {f: list(r[f] or []) for f in FACET_FIELDS}
            out[r["key"]] = Facets(
                r["key"],
                r["label"],
                r["name"],
                **lists,
                consent=r["consent"],
                email=str(r["email"] or ""),
            )
        return {key: out[key] for key in keys if key in out}

    def person_ranking(self, keys: list[str], boundary: str | None) -> list[RankRows]:
        """From the QkgRanking nodes of these topics: a few JSON strings, however many people
        they link."""
        rows: list[Any] = self._rows(cypher.PERSON_RANKING, keys=keys, boundary=boundary)
        return [
            (key, orjson.loads(people), orjson.loads(sides) if sides else None)
            for key, people, sides in sorted(rows)
        ]

    def org_ranking(self, keys: list[str], boundary: str | None) -> list[OrgRankRows]:
        rows: list[Any] = self._rows(cypher.ORG_RANKING, keys=keys, boundary=boundary)
        return [
            (key, orjson.loads(works), orjson.loads(orgs), orjson.loads(sides) if sides else None)
            for key, works, orgs, sides in sorted(rows)
        ]

    # -- evidence and learning -------------------------------------------------------------------

    def evidence(self, topic_keys: list[str]) -> list[EvidenceRow]:
        """From the QkgRanking nodes of these topics: each item once, with the topics in
        scope it addresses (the contract allows leaving out the rest, and its publisher,
        authors and document: the results shown are read again)."""
        found: dict[str, EvidenceRow] = {}
        rows: list[Any] = self._rows(cypher.EVIDENCE_RANKING, keys=topic_keys)
        for topic, items in sorted(rows):
            for key, title, year, nations in orjson.loads(items):
                row = found.get(key)
                if row is None:
                    row = found[key] = EvidenceRow(key, title, year, "", [], nations, "", {})
                row.topics[topic] = []
        return [found[key] for key in sorted(found)]

    def evidence_by_keys(self, keys: list[str], quotes: bool = True) -> list[EvidenceRow]:
        if not quotes:
            return self._brief_rows(cypher.EVIDENCE_BRIEF, keys)
        return self._evidence_rows(cypher.EVIDENCE_ROWS_QUOTES, keys)

    def _brief_rows(self, query: str, keys: list[str]) -> list[EvidenceRow]:
        """For ranking: key, title, year, nations and topics, without quotes, publisher,
        authors or document (the contract allows it: the results shown are read again)."""
        rows: list[Any] = self._rows(query, keys=keys)
        return [
            EvidenceRow(key, title, year, "", [], list(nations or []), "", {t: [] for t in topics})
            for key, title, year, nations, topics in sorted(rows)
        ]

    def _evidence_rows(self, query: str, keys: list[str]) -> list[EvidenceRow]:
        rows = []
        for r in sorted(self._rows(query, keys=keys), key=lambda r: r["key"]):
            topics = {
                t["topic"]: best_quotes(_provenance(t.get("provenance")))[:QUOTES_PER_LINK]
                for t in r["topics"]
                if t["topic"]
            }
            docs = sorted(r["docs"] or [])
            rows.append(
                EvidenceRow(
                    r["key"],
                    r["title"],
                    r["year"],
                    str(r["publisher"] or ""),
                    list(r["authors"] or []),
                    list(r["nations"] or []),
                    docs[0] if docs else "",
                    topics,
                )
            )
        return rows

    def evidence_texts(self) -> dict[str, str]:
        return self._cached(
            "texts",
            lambda: {
                r["key"]: f"{r['name']}. {r['summary'] or ''}"
                for r in self._rows(cypher.EVIDENCE_TEXTS)
            },
        )

    def evidence_model(self) -> TfidfModel:
        return self._cached("model", lambda: fit(self.evidence_texts()))

    def learning(self, topic_keys: list[str]) -> list[LearningRow]:
        return self._learning_rows(self._rows(cypher.LEARNING_FOR_TOPICS, keys=topic_keys))

    @staticmethod
    def _learning_rows(found: list[dict[str, Any]]) -> list[LearningRow]:
        rows = []
        for r in sorted(found, key=lambda r: r["key"]):
            places, nations = list(r["places"] or []), list(r["nations"] or [])
            date = str(r["recorded"] or "") or str(r["date"] or r["year"] or "")
            quotes = best_quotes(_provenance(r["provenance"]))
            rows.append(
                LearningRow(
                    r["key"],
                    r["statement"],
                    r["source"] or "",
                    r["source_kind"] or "",
                    date,
                    places,
                    nations,
                    sorted(r["topics"]),
                    quotes[0] if quotes else None,
                    sorted(r.get("inherited") or []),
                    float(r.get("strength") or 1.0),
                )
            )
        return rows

    def learning_of(self, keys: list[str], sources: list[str]) -> list[LearningRow]:
        return self._learning_rows(self._rows(cypher.LEARNING_OF, keys=keys, sources=sources))

    def passages(self) -> list[PassageRow]:
        return self._cached(
            "passages",
            lambda: passage_rows(
                (str(doc_id), str(subject or ""), orjson.loads(rows))
                for doc_id, subject, rows in sorted(
                    (list(r) for r in self._rows(cypher.PASSAGES)), key=lambda r: str(r[0])
                )
            ),
        )

    def subject_links(self, subjects: list[str]) -> list[tuple[str, str, str]]:
        found = self._rows(cypher.SUBJECT_LINKS, keys=subjects)
        return sorted((str(e), str(rel), str(s)) for e, rel, s in found)

    # -- names, neighbours, paths ----------------------------------------------------------------

    def names(self) -> list[NameEntry]:
        return self._cached(
            "names",
            lambda: sorted(
                (
                    NameEntry(r["key"], r["label"], r["name"], tuple(sorted(r["aliases"] or ())))
                    for r in self._rows(cypher.NAMES)
                ),
                key=lambda e: e.key,
            ),
        )

    def node(self, key: str) -> dict[str, Any] | None:
        found = self._read(cypher.NODE, key=key)
        if not found:
            return None
        props = dict(found[0]["props"])
        props["label"] = found[0]["label"]
        props["provenance"] = _provenance(props.get("provenance"))
        props["docs"] = set(props.get("docs") or [])
        props["aliases"] = set(props.get("aliases") or [])
        return props

    def neighbours(self, key: str) -> list[Edge]:
        return self.neighbours_of([key])[key]

    def neighbours_of(self, keys: list[str]) -> dict[str, list[Edge]]:
        found: dict[str, list[Edge]] = {key: [] for key in keys}
        for r in self._rows(cypher.NEIGHBOURS, keys=keys):
            quotes = best_quotes(_provenance(r["provenance"]))
            found[r["of"]].append(
                Edge(r["source"], r["rel"], r["target"], quotes[0] if quotes else None)
            )
        return {
            key: sorted(edges, key=lambda e: (e.rel, e.source, e.target))
            for key, edges in found.items()
        }

    def shortest_paths(self, source: str, target: str, limit: int) -> list[list[Edge]]:
        if source == target:
            return []
        for hubs in (False, True):
            found = {
                tuple(r["keys"])
                for r in self._read(cypher.SHORTEST_PATHS, source=source, target=target, hubs=hubs)
            }
            if found:
                paths = sorted(found)[:limit]
                pairs = sorted({(a, b) for p in paths for a, b in pairwise(p)})
                rels: dict[tuple[str, str], list[tuple[str, int, str, str, Any]]] = defaultdict(
                    list
                )
                for r in self._read(cypher.PAIR_RELS, pairs=[list(p) for p in pairs]):
                    a, b = r["a"], r["b"]
                    backward = 0 if r["source"] == a else 1
                    start, end = (a, b) if not backward else (b, a)
                    rels[(a, b)].append((r["rel"], backward, start, end, r["provenance"]))
                out = []
                for p in paths:
                    steps = []
                    for a, b in pairwise(p):
                        options = rels[(a, b)]
                        rel, backward, _s, _e = pick_edge([o[:4] for o in options])
                        prov = next(o[4] for o in options if o[0] == rel and o[1] == backward)
                        quotes = best_quotes(_provenance(prov))
                        steps.append(
                            Edge(
                                a, f"~{rel}" if backward else rel, b, quotes[0] if quotes else None
                            )
                        )
                    out.append(steps)
                return out
        return []

    def graph_version(self) -> str:
        return self._version
