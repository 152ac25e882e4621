"""Shortest explained paths between two nodes of the embedded graph.

The walk is undirected and leaves out documents and learning statements. Paths are searched
first without the hubs (nations, sectors, professions, topics, challenges) — "both in
Scotland" explains little — and only through them when nothing else connects the two.
Unweighted breadth-first search keeps it fast on large graphs; the answer is every path of
the fewest hops, in the order of their node keys, so both stores give the same paths.
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


MAX_PATHS = 1000  # shortest paths gathered before sorting; both stores stop at this many


def build_walks(graph: nx.MultiDiGraph) -> tuple[nx.Graph, nx.Graph]:
    """(walk without hubs, walk with hubs): undirected, no documents or learning."""
    plain, full = nx.Graph(), nx.Graph()
    labels = {k: d["label"] for k, d in graph.nodes(data=True)}
    for u, v, k in graph.edges(keys=True):
        lu, lv = labels[u], labels[v]
        if k == "MENTIONS" or lu in UNNAMED or lv in UNNAMED:
            continue
        full.add_edge(u, v)
        if lu not in HUBS and lv not in HUBS:
            plain.add_edge(u, v)
    return plain, full


def find_paths(
    graph: nx.MultiDiGraph,
    walks: tuple[nx.Graph, nx.Graph],
    source: str,
    target: str,
    limit: int,
    quotes: Callable[[dict[str, Any]], list[Provenance]],
) -> list[list[Edge]]:
    """All shortest paths (fewest hops), in key order, the first `limit` of them."""
    for walk in walks:
        if source not in walk or target not in walk:
            continue
        try:
            found = list(islice(nx.all_shortest_paths(walk, source, target), MAX_PATHS))
        except nx.NetworkXNoPath:
            continue
        found.sort()
        return [_steps(graph, nodes, quotes) for nodes in found[:limit]]
    return []


def pick_edge(candidates: list[tuple[str, int, str, str]]) -> tuple[str, int, str, str]:
    """Of the relationships between two nodes, the one a path step shows: the first by type,
    forward before backward. candidates: (type, 0 forward | 1 backward, start, end)."""
    return min(candidates)


def _steps(
    graph: nx.MultiDiGraph,
    nodes: list[str],
    quotes: Callable[[dict[str, Any]], list[Provenance]],
) -> list[Edge]:
    steps = []
    for a, b in pairwise(nodes):
        candidates = [
            (k, 0, a, b) for k in graph.get_edge_data(a, b, default={}) if k != "MENTIONS"
        ]
        candidates += [
            (k, 1, b, a) for k in graph.get_edge_data(b, a, default={}) if k != "MENTIONS"
        ]
        rel, backward, u, v = pick_edge(candidates)
        found = quotes(graph.edges[u, v, rel])
        steps.append(Edge(a, f"~{rel}" if backward else rel, b, found[0] if found else None))
    return steps
