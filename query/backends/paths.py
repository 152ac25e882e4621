"""Shortest explained paths between two nodes of the embedded graph.

The walk is undirected and leaves out documents and learning statements. Paths are searched
first without the hubs (nations, sectors, professions, topics, challenges) — "both in
Scotland" explains little — and only through them when nothing else connects the two.
An unweighted breadth-first search from both ends keeps it fast on large graphs; the answer
is the first paths of the fewest hops in the order of their node keys, so both stores give
the same paths (the Neo4j store gathers at most 1,000 before sorting).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import Any, Protocol

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
WITHHELD = "withheld"  # a person without consent (graph.privacy): never named, never walked
UNNAMED = frozenset({Label.DOCUMENT.value, Label.LEARNING.value, WITHHELD})


class Walk(Protocol):
    """What the search reads of a walk: a node's neighbours (an nx.Graph is one)."""

    def __getitem__(self, key: str, /) -> Iterable[str]: ...


def build_walks(graph: nx.MultiDiGraph) -> tuple[nx.Graph, nx.Graph]:
    """(walk without hubs, walk with hubs): undirected, no documents or learning, and no one
    withheld (graph.privacy: a path never passes through a person without consent)."""
    plain, full = nx.Graph(), nx.Graph()
    labels = {k: WITHHELD if d.get("withheld") else d["label"] for k, d in graph.nodes(data=True)}
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
        found = shortest_in_key_order(walk, source, target, limit)
        if found:
            return [path_steps(graph, nodes, quotes) for nodes in found]
    return []


def shortest_in_key_order(walk: Walk, source: str, target: str, limit: int) -> list[list[str]]:
    """The first `limit` shortest paths from `source` to `target`, in the order of their node
    keys. A breadth-first search from both ends meets in the middle, so it touches only the
    nodes near the two (not the whole graph, as a search from one end does); then a
    depth-first walk, neighbours in key order, follows only nodes that lie at the right
    distance from both ends."""
    if source == target:
        return [[source]]
    near = ({source: 0}, {target: 0})  # distance from the source, from the target
    fronts = ([source], [target])
    meet: list[str] = []
    while fronts[0] and fronts[1] and not meet:
        side = 0 if len(fronts[0]) <= len(fronts[1]) else 1
        mine, other = near[side], near[1 - side]
        grown = []
        for u in fronts[side]:
            for w in walk[u]:
                if w not in mine:
                    mine[w] = mine[u] + 1
                    grown.append(w)
        fronts[side][:] = grown
        meet = [w for w in grown if w in other]
    if not meet:
        return []
    hops = min(near[0][w] + near[1][w] for w in meet)
    reach = (max(near[0].values()), max(near[1].values()))  # how far each search went

    def fits(node: str, at: int) -> bool:
        """Could `node` be the at-th step of a shortest path, as far as the searches know?"""
        if at <= reach[0] and near[0].get(node) != at:
            return False
        return not (hops - at <= reach[1] and near[1].get(node) != hops - at)

    paths: list[list[str]] = []
    dead: set[str] = set()

    def extend(path: list[str]) -> bool:
        """Depth first from the end of `path`; False if no shortest path goes on from it."""
        at = len(path)
        if at - 1 == hops:
            paths.append(list(path))
            return True
        found = False
        for w in sorted(w for w in walk[path[-1]] if w not in dead and fits(w, at)):
            path.append(w)
            if extend(path):
                found = True
            else:
                dead.add(w)
            path.pop()
            if len(paths) >= limit:
                break
        return found

    extend([source])
    return paths


def pick_edge(candidates: list[tuple[str, int, str, str]]) -> tuple[str, int, str, str]:
    """Of the relationships between two nodes, the one a path step shows: the first by type,
    forward before backward. candidates: (type, 0 forward | 1 backward, start, end)."""
    return min(candidates)


def path_steps(
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
