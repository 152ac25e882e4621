"""Shortest explained paths between two nodes of the embedded graph.

The walk is undirected and leaves out documents and learning statements. Paths are searched
first without the hubs (nations, sectors, professions, topics, challenges) — "both in
Scotland" explains little — and only through them when nothing else connects the two.
Unweighted breadth-first search (networkx's bidirectional BFS, Yen's algorithm for the next
paths) keeps it fast on large graphs.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice, pairwise
from typing import Any

import networkx as nx

from graph.model import Label, Provenance
from query.backend import Edge

HUBS = frozenset(
    {
        Label.NATION.value,
        Label.SECTOR.value,
        Label.TOPIC.value,
        Label.PROFESSION.value,
        Label.CHALLENGE.value,
    }
)
UNNAMED = frozenset({Label.DOCUMENT.value, Label.LEARNING.value})


def build_walks(graph: nx.MultiDiGraph) -> tuple[nx.Graph, nx.Graph]:
    """(walk without hubs, walk with hubs); each edge remembers its relationship and direction."""
    plain, full = nx.Graph(), nx.Graph()
    labels = {k: d["label"] for k, d in graph.nodes(data=True)}
    for u, v, k in graph.edges(keys=True):
        lu, lv = labels[u], labels[v]
        if k == "MENTIONS" or lu in UNNAMED or lv in UNNAMED:
            continue
        if not full.has_edge(u, v):
            full.add_edge(u, v, rel=k, source=u)
        if lu not in HUBS and lv not in HUBS and not plain.has_edge(u, v):
            plain.add_edge(u, v, rel=k, source=u)
    return plain, full


def find_paths(
    graph: nx.MultiDiGraph,
    walks: tuple[nx.Graph, nx.Graph],
    source: str,
    target: str,
    limit: int,
    quotes: Callable[[dict[str, Any]], list[Provenance]],
) -> list[list[Edge]]:
    for walk in walks:
        if source not in walk or target not in walk:
            continue
        try:
            found = list(islice(nx.shortest_simple_paths(walk, source, target), limit))
        except nx.NetworkXNoPath:
            continue
        return [_steps(graph, walk, nodes, quotes) for nodes in found]
    return []


def _steps(
    graph: nx.MultiDiGraph,
    walk: nx.Graph,
    nodes: list[str],
    quotes: Callable[[dict[str, Any]], list[Provenance]],
) -> list[Edge]:
    steps = []
    for a, b in pairwise(nodes):
        data = walk[a][b]
        forward = data["source"] == a
        u, v = (a, b) if forward else (b, a)
        found = quotes(graph.edges[u, v, data["rel"]])
        rel = data["rel"] if forward else f"~{data['rel']}"
        steps.append(Edge(a, rel, b, found[0] if found else None))
    return steps
