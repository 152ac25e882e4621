"""One more document's derived rows written into the embedded store's tables: its nodes and
relationships (graph.derive.increment's Delta), and the question indexes of only the keys
they can change, each computed by the very rule the full derivation uses (graph.derive.sides,
graph.derive.ranking) over a small graph of just the rows that key depends on.

Which keys. Facets (sides) of a person or organisation depend on its own relationships out
(BASED_IN, IN_SECTOR, HAS_PROFESSION, WORKS_AT), its places' nations, and (a person with
none of their own) their organisations' nations and sectors: so the people and organisations
the document touched, and then the people working at an organisation whose facets changed.
Coverage of an evidence item, workshop or learning source depends on what it COVERS, its
publishers' and (a workshop that says nowhere) its people's nations: so the items touched,
and those published or attended by someone whose facets changed. A topic's ranking entry
depends on the people and organisations linked to it, their facets and organisations, and
the evidence addressing it: so the topics the document's relationships reach, those of items
touched or whose coverage changed, and those of people whose facets or organisations changed.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from typing import Any

import networkx as nx
import orjson

from graph.derive.increment import Delta, Triple
from graph.derive.ranking import ranking_index
from graph.derive.sides import coverage_of, facets_of
from graph.derive.tfidf import evidence_text, fit
from graph.model import ITEM_LINKS, SOURCE_LINKS, Label
from graph.stores import sql
from graph.stores.derived_rows import decode, dumps, encode

FACET_RELS = ("BASED_IN", "IN_SECTOR", "HAS_PROFESSION", "WORKS_AT")
PEOPLE, ORGS = Label.PERSON.value, Label.ORGANISATION.value
ITEMS = (Label.EVIDENCE.value, Label.WORKSHOP.value)


def _keys(keys: Iterable[Any]) -> bytes:
    return orjson.dumps(sorted(set(keys)))


class _Rows:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def out(self, keys: Iterable[str], rels: Iterable[str]) -> list[Any]:
        return self.conn.execute(sql.OUT_EDGES_OF_RELS, (_keys(keys), _keys(rels))).fetchall()

    def into(self, keys: Iterable[str], rels: Iterable[str]) -> list[Any]:
        return self.conn.execute(sql.IN_EDGES_OF_RELS, (_keys(keys), _keys(rels))).fetchall()

    def labels(self, keys: Iterable[str]) -> dict[str, str]:
        return {k: label for k, label, _n in self.conn.execute(sql.NODES_BRIEF, (_keys(keys),))}

    def facets(self, keys: Iterable[str]) -> dict[str, Any]:
        return {k: orjson.loads(d) for k, d in self.conn.execute(sql.FACETS, (_keys(keys),))}

    def coverage(self, keys: Iterable[str]) -> dict[str, tuple[list[str], list[str]]]:
        rows = self.conn.execute(sql.COVERAGE, (_keys(keys),))
        return {k: (orjson.loads(p), orjson.loads(n)) for k, p, n in rows}

    def graph(self, edges: Iterable[Any], full: Iterable[str] = ()) -> nx.MultiDiGraph:
        """A small graph of these relationship rows and their ends (label and name; all the
        data of the `full` nodes), in stored order."""
        rows = {r[0]: r for r in edges}
        full = set(full)
        keys = {k for r in rows.values() for k in (r[1], r[3])} | full
        found = dict(self.conn.execute(sql.NODES_DATA, (_keys(full),)).fetchall())
        graph = nx.MultiDiGraph()
        for key, label, name in sorted(self.conn.execute(sql.NODES_BRIEF, (_keys(keys),))):
            graph.add_node(key, **(decode(found[key]) if key in found else {"label": label}))
            graph.nodes[key].setdefault("name", name)
        for _seq, u, rel, v, data in sorted(rows.values()):
            graph.add_edge(u, v, key=rel, **decode(data))
        return graph


def write_delta(conn: sqlite3.Connection, delta: Delta) -> dict[str, int]:
    """Write the document's nodes and relationships, then the indexes of the keys they can
    change (inside the caller's transaction). Returns how many rows of each kind it wrote."""
    rows = _Rows(conn)
    conn.executemany(
        sql.REPLACE_NODE,
        [
            (
                k,
                d["label"],
                str(d["name"]),
                int(bool(d.get("withheld"))),
                orjson.dumps(sorted(d.get("aliases") or ())).decode(),
            )
            for k, d in delta.nodes.items()
        ],
    )
    conn.executemany(sql.REPLACE_NODE_DATA, [(k, encode(d)) for k, d in delta.nodes.items()])
    changed = [t for t in delta.edges if t not in delta.new_edges]
    seqs = {t: conn.execute(sql.EDGE_AT, t).fetchone()[0] for t in changed}
    conn.executemany(sql.SET_EDGE, [(encode(delta.edges[t]), seqs[t]) for t in changed])
    conn.executemany(
        sql.PUT_EDGE,
        [(u, r, v, encode(delta.edges[(u, r, v)])) for u, r, v in sorted(delta.new_edges)],
    )
    _counts(conn, delta)
    facets = _facets(rows, delta)
    coverage = _coverage(rows, delta, facets)
    ranking = _ranking(rows, delta, facets, coverage)
    for key in sorted(delta.new_nodes):
        data = delta.nodes[key]
        if data["label"] == Label.DOCUMENT.value and data.get("passages"):
            passages = (
                key,
                str(data["name"]),
                str(data.get("subject") or ""),
                dumps(data["passages"]),
            )
            conn.execute(sql.REPLACE_PASSAGES, passages)
    _texts(conn, delta)
    return {
        "nodes": len(delta.nodes),
        "edges": len(delta.edges),
        "facets": len(facets),
        "coverage": len(coverage),
        "ranking": ranking,
    }


def _counts(conn: sqlite3.Connection, delta: Delta) -> None:
    found = conn.execute(sql.GET_META, ("counts",)).fetchone()
    counts = orjson.loads(found[0])
    nodes = Counter(counts["nodes"]) + Counter(delta.nodes[k]["label"] for k in delta.new_nodes)
    rels = Counter(counts["relationships"]) + Counter(r for _u, r, _v in delta.new_edges)
    value = {"nodes": dict(nodes), "relationships": dict(rels)}
    conn.execute(sql.SET_META, ("counts", dumps(value).decode()))


def _facets_of(rows: _Rows, keys: set[str]) -> dict[str, Any]:
    if not keys:
        return {}
    first = rows.out(keys, FACET_RELS)
    second = rows.out({r[3] for r in first}, ("BASED_IN", "IN_SECTOR", "LOCATED_IN"))
    third = rows.out({r[3] for r in second}, ("LOCATED_IN",))
    graph = rows.graph([*first, *second, *third], full=keys)
    found = facets_of(graph)
    return {k: found[k] for k in keys if k in found}


def _facets(rows: _Rows, delta: Delta) -> dict[str, Any]:
    """The facets that changed, written."""
    touched = set(delta.nodes) | {k for u, _r, v in delta.edges for k in (u, v)}
    located = {u for u, r, _v in delta.edges if r == "LOCATED_IN"}
    labels = rows.labels(touched | {r[1] for r in rows.into(located, ("BASED_IN",))})
    keys = {k for k, label in labels.items() if label in (PEOPLE, ORGS)}
    changed: dict[str, Any] = {}
    for _round in range(2):
        old = rows.facets(keys)
        new = _facets_of(rows, keys)
        now = {k: v for k, v in new.items() if old.get(k) != v}
        rows.conn.executemany(sql.REPLACE_FACETS, [(k, dumps(v)) for k, v in now.items()])
        changed |= now
        orgs = {k for k, v in now.items() if v["label"] == ORGS}
        keys = {r[1] for r in rows.into(orgs, ("WORKS_AT",))} - changed.keys()
    return changed


def _coverage(
    rows: _Rows, delta: Delta, facets: dict[str, Any]
) -> dict[str, tuple[list[str], list[str]]]:
    """The coverage rows that changed, written."""
    touched = set(delta.nodes) | {k for u, _r, v in delta.edges for k in (u, v)}
    located = {u for u, r, _v in delta.edges if r == "LOCATED_IN"}
    keys = {k for k, label in rows.labels(touched).items() if label in ITEMS}
    keys |= {r[3] for r in rows.into(touched, ("FROM",))}
    keys |= {r[1] for r in rows.into(located, ("COVERS",))}
    keys |= {r[3] for r in rows.out(facets, ("PUBLISHED", "ATTENDED"))}
    if not keys:
        return {}
    covers = rows.out(keys, ("COVERS",))
    located_in = rows.out({r[3] for r in covers}, ("LOCATED_IN",))
    sources = rows.into(keys, ("PUBLISHED", "ATTENDED"))
    graph = rows.graph([*covers, *located_in, *sources], full=())
    graph.add_nodes_from(k for k in keys if k not in graph)
    sourced = {r[3] for r in rows.into(keys, ("FROM",))}  # learning sources have coverage
    keys = {k for k, label in rows.labels(keys).items() if label in ITEMS or k in sourced}
    found = coverage_of(graph, rows.facets({r[1] for r in sources}), keys)
    old = rows.coverage(keys)
    now = {k: v for k, v in found.items() if old.get(k) != v}
    rows.conn.executemany(
        sql.REPLACE_COVERAGE,
        [(k, dumps(p).decode(), dumps(n).decode()) for k, (p, n) in now.items()],
    )
    return now


def _topics_of_people(rows: _Rows, people: set[str]) -> set[str]:
    if not people:
        return set()
    direct = rows.out(people, ("INTERESTED_IN", "CONTRIBUTED_TO"))
    items = {r[3] for r in rows.out(people, ITEM_LINKS)}
    return {r[3] for r in direct} | {r[3] for r in rows.out(items, ("ADDRESSES",))}


def _ranking(
    rows: _Rows,
    delta: Delta,
    facets: dict[str, Any],
    coverage: dict[str, Any],
) -> int:
    """Rank the topics whose entries may have changed again; returns how many."""
    edges: set[Triple] = set(delta.edges)
    topics = {v for _u, r, v in edges if r in ("INTERESTED_IN", "CONTRIBUTED_TO", "ADDRESSES")}
    items = {v for _u, r, v in edges if r in SOURCE_LINKS}
    items |= {k for k, d in delta.nodes.items() if d["label"] in ITEMS} | set(coverage)
    people = {u for u, r, _v in edges if r == "WORKS_AT"}
    people |= {k for k, v in facets.items() if v["label"] == PEOPLE}
    orgs = {k for k, v in facets.items() if v["label"] == ORGS}
    items |= {r[3] for r in rows.out(orgs, ("PUBLISHED",))}
    people |= {r[1] for r in rows.into(orgs, ("WORKS_AT",))}
    topics |= {r[3] for r in rows.out(items, ("ADDRESSES",))} | _topics_of_people(rows, people)
    if not topics:
        return 0
    links = rows.into(topics, ("INTERESTED_IN", "CONTRIBUTED_TO", "ADDRESSES"))
    addressing = {r[1] for r in links if r[2] == "ADDRESSES"}
    through = rows.into(addressing, SOURCE_LINKS)
    linked = {r[1] for r in links if r[2] != "ADDRESSES"} | {r[1] for r in through}
    works = rows.out(linked, ("WORKS_AT",))
    graph = rows.graph([*links, *through, *works], full=addressing)
    sides = rows.facets(k for k, d in graph.nodes(data=True) if d["label"] in (PEOPLE, ORGS))
    index = ranking_index(graph, sides, rows.coverage(addressing))
    for topic in sorted(topics):
        if topic in index:
            rows.conn.execute(sql.REPLACE_RANKING, (topic, dumps(index[topic])))
        else:
            rows.conn.execute(sql.DROP_RANKING, (topic,))
    return len(topics)


def _texts(conn: sqlite3.Connection, delta: Delta) -> None:
    """The evidence texts the document changed, and the TF-IDF model fitted again."""
    texts = {
        k: evidence_text(d) for k, d in delta.nodes.items() if d["label"] == Label.EVIDENCE.value
    }
    if not texts:
        return
    conn.executemany(sql.REPLACE_TEXT, sorted(texts.items()))
    every = dict(conn.execute(sql.TEXTS).fetchall())
    conn.execute(sql.REPLACE_INDEX, ("tfidf", fit(every).to_bytes()))
