"""The derived graph and its question indexes as rows of the embedded store's SQLite tables
(graph.stores.sql), and the codec that turns a node's or relationship's networkx attributes
into JSON and back exactly.

The codec: a set becomes {"~set": [sorted members]}, a list of Provenance
{"~prov": [their dicts]}; everything else is already JSON. Decoding gives the same attribute
dict the graph holds, so a question answered from the rows sees what one answered from the
graph sees.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any

import networkx as nx
import orjson

from graph.derive.ranking import ranking_index
from graph.derive.sides import coverage_of, facets_of
from graph.derive.tfidf import evidence_text, fit
from graph.model import Label, Provenance
from graph.nogc import no_gc
from graph.stores import sql

SET, PROV = "~set", "~prov"


def _value(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return {SET: sorted(value)}
    if isinstance(value, list) and value and isinstance(value[0], Provenance):
        return {PROV: value}  # orjson writes a dataclass as Provenance.to_dict does, faster
    return value


def _default(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted(value)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(type(value).__name__)


def encode(data: dict[str, Any]) -> bytes:
    """A node's or relationship's attributes as JSON (decode gives them back)."""
    return orjson.dumps({k: _value(v) for k, v in data.items()}, default=_default)


def _decoded(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        if SET in value:
            return set(value[SET])
        if PROV in value:
            return [Provenance.from_dict(p) for p in value[PROV]]
    return value


def decode(blob: bytes | str) -> dict[str, Any]:
    return {k: _decoded(v) for k, v in orjson.loads(blob).items()}


def dumps(value: Any) -> bytes:
    return orjson.dumps(value, default=_default)


def write_derived(conn: sqlite3.Connection, graph: nx.MultiDiGraph) -> dict[str, int]:
    """Replace the derived tables by the rows of `graph` and its indexes, and the node and
    relationship counts in `meta`, inside the caller's transaction. Returns how many rows of
    each table it wrote."""
    with no_gc():
        facets = facets_of(graph)
        coverage = coverage_of(graph, facets)
        ranking = ranking_index(graph, facets, coverage)
        for table in sql.DERIVED_TABLES:  # in a shape an older qkg may have left
            conn.execute(f"DROP TABLE IF EXISTS {table}")  # table names: constants
        for statement in sql.DERIVED_SCHEMA:
            conn.execute(statement)
        nodes = [
            (
                key,
                data["label"],
                str(data["name"]),
                int(bool(data.get("withheld"))),
                orjson.dumps(sorted(data.get("aliases") or ())).decode(),
            )
            for key, data in graph.nodes(data=True)
        ]
        conn.executemany(sql.PUT_NODE, nodes)
        conn.executemany(sql.PUT_NODE_DATA, [(k, encode(d)) for k, d in graph.nodes(data=True)])
        edges = [(u, k, v, encode(data)) for u, v, k, data in graph.edges(keys=True, data=True)]
        conn.executemany(sql.PUT_EDGE, edges)
        conn.executemany(sql.PUT_FACETS, [(k, dumps(v)) for k, v in facets.items()])
        conn.executemany(
            sql.PUT_COVERAGE,
            [(k, dumps(p).decode(), dumps(n).decode()) for k, (p, n) in coverage.items()],
        )
        conn.executemany(sql.PUT_RANKING, [(k, dumps(v)) for k, v in ranking.items()])
        passages = [
            (k, str(d["name"]), str(d.get("subject") or ""), dumps(d["passages"]))
            for k, d in graph.nodes(data=True)
            if d["label"] == Label.DOCUMENT.value and d.get("passages")
        ]
        conn.executemany(sql.PUT_PASSAGES, passages)
        texts = {
            k: evidence_text(d)
            for k, d in graph.nodes(data=True)
            if d["label"] == Label.EVIDENCE.value
        }
        conn.executemany(sql.PUT_TEXT, sorted(texts.items()))
        conn.execute(sql.PUT_INDEX, ("tfidf", fit(texts).to_bytes()))
        hidden = {  # the topics' labels for search only, read with the topics by every question
            k: d["hidden_labels"] for k, d in graph.nodes(data=True) if d.get("hidden_labels")
        }
        conn.execute(sql.PUT_INDEX, ("hidden_labels", dumps(hidden)))
        counts = {
            "nodes": Counter(row[1] for row in nodes),
            "relationships": Counter(row[1] for row in edges),
        }
        conn.execute(sql.SET_META, ("counts", dumps(counts).decode()))  # for stats()
    return {"nodes": len(nodes), "edges": len(edges), "ranking": len(ranking)}
