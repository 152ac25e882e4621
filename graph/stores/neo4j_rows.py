"""The rows the Neo4j writer sends: the derived graph's nodes and relationships as property
maps (primitives and lists of primitives; anything nested as JSON), each with a content hash
`_h` so a sync writes only what changed; and the ranking index's QkgRanking nodes.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx
import orjson

from graph.derive.ranking import ranking_index
from graph.derive.sides import FIELDS as FACET_FIELDS
from graph.derive.sides import coverage_of, facets_of


def _jsonable(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted(value)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(type(value).__name__)


def _props(data: dict[str, Any], skip: Iterable[str] = ()) -> dict[str, Any]:
    """networkx attributes -> Neo4j properties (primitives and lists of primitives)."""
    out: dict[str, Any] = {}
    for name, value in data.items():
        if name in skip or value is None:
            continue
        if name == "provenance":
            out[name] = orjson.dumps([p.to_dict() for p in value]).decode()
        elif isinstance(value, set | frozenset):
            out[name] = sorted(value)
        elif isinstance(value, dict) or (
            isinstance(value, list) and any(isinstance(v, dict | list) for v in value)
        ):
            out[name] = orjson.dumps(value, default=_jsonable).decode()
        else:
            out[name] = value
    if "aliases" in out:
        out["alias_text"] = " | ".join(out["aliases"])
    out["_h"] = hashlib.blake2b(
        orjson.dumps(out, option=orjson.OPT_SORT_KEYS, default=_jsonable), digest_size=10
    ).hexdigest()
    return out


def graph_rows(
    graph: nx.MultiDiGraph,
    facets: dict[str, dict[str, Any]] | None = None,
    coverage: dict[str, tuple[list[str], list[str]]] | None = None,
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any]]:
    """({label: node rows}, {rel: rel rows}) for the writer."""
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    facets = facets_of(graph) if facets is None else facets
    coverage = coverage_of(graph, facets) if coverage is None else coverage
    for key, data in graph.nodes(data=True):
        if key in facets:
            data = {**data, **{f"facet_{f}": facets[key][f] for f in FACET_FIELDS}}
        if key in coverage:
            data = {**data, "facet_places": coverage[key][0], "facet_nations": coverage[key][1]}
        nodes[data["label"]].append({"key": key, "props": _props(data, skip=("label",))})
    rels: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u, v, k, data in graph.edges(keys=True, data=True):
        rels[k].append(
            {"source": u, "target": v, "key": f"{u}|{k}|{v}", "props": _props(data, skip=("rel",))}
        )
    return dict(nodes), dict(rels)


def ranking_rows(
    graph: nx.MultiDiGraph,
    facets: dict[str, dict[str, Any]],
    coverage: dict[str, tuple[list[str], list[str]]],
) -> list[dict[str, Any]]:
    """The QkgRanking node rows: each part of a topic's index as a JSON string (empty ones
    too: Neo4j keeps no type for an empty list)."""
    index = ranking_index(graph, facets, coverage)
    return [
        {"key": key, "props": _props({part: orjson.dumps(v).decode() for part, v in parts.items()})}
        for key, parts in index.items()
    ]
