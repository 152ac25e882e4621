"""Brokerage, betweenness, Burt's structural holes and crossing shares on a projection.

Brokerage (after Gould and Fernandez, 1989, for an undirected graph): a node *i* brokers every
pair of its neighbours *j*, *k* that are not tied to each other. Each brokered pair is
classified by the sides of the boundary that *j*, *i* and *k* are on:

- coordinator: all three on one side;
- itinerant: *j* and *k* on one side, *i* on another;
- gatekeeper: *i* shares a side with one of *j*, *k* (the directed measure's gatekeeper and
  representative roles are the same thing once ties have no direction);
- liaison: all three on different sides.

A node may be on several sides of a boundary (graph.derive.sides): two nodes are "on one side"
when they share a side and "on different sides" when they share none, which is the classic
rule when everyone has one side. A pair *crosses* the boundary when *j* and *k* are on
different sides: those pairs (gatekeeper plus liaison) are what makes *i* a boundary spanner.
Betweenness is networkx's normalised shortest-path betweenness on the unweighted projection
(estimated from 500 sampled sources, with a fixed seed, above 1,000 nodes); constraint and
effective size are Burt's, also unweighted (low constraint, high effective size: contacts who
do not know each other).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from graph.derive.sides import crosses, same_side

Sides = dict[str, frozenset[str]]  # node -> its sides of one boundary (unknown: absent)

ROLES = ("coordinator", "itinerant", "gatekeeper", "liaison")


@dataclass
class Brokerage:
    roles: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))
    crossing_pairs: int = 0
    reaches: Counter[str] = field(default_factory=Counter)  # side -> neighbours in crossing pairs
    partners: set[str] = field(default_factory=set)  # those neighbours


def brokerage(graph: nx.Graph, side: Sides) -> dict[str, Brokerage]:
    """Each node's brokered pairs by role, and the pairs it brokers across the boundary.

    >>> g = nx.Graph([("a", "b"), ("b", "c")])
    >>> one = {"a": frozenset({"Wales"}), "b": frozenset({"Wales"}), "c": frozenset({"Scotland"})}
    >>> brokerage(g, one)["b"].roles["gatekeeper"]
    1
    """
    result: dict[str, Brokerage] = {}
    for node in graph.nodes:
        found = Brokerage()
        mine = side.get(node)
        for j, k in combinations(sorted(graph.neighbors(node)), 2):
            if graph.has_edge(j, k):
                continue
            sj, sk = side.get(j), side.get(k)
            if sj is None or sk is None:
                continue
            if crosses(sj, sk):
                found.crossing_pairs += 1
                found.partners.update((j, k))
            if mine is None:
                continue
            if same_side(sj, sk):
                both = same_side(mine, sj) and same_side(mine, sk)
                found.roles["coordinator" if both else "itinerant"] += 1
            elif same_side(mine, sj) or same_side(mine, sk):
                found.roles["gatekeeper"] += 1
            else:
                found.roles["liaison"] += 1
        found.reaches = Counter(s for p in found.partners for s in side[p])
        result[node] = found
    return result


def structural_holes(graph: nx.Graph) -> tuple[dict[str, float | None], dict[str, float | None]]:
    """(Burt's constraint, effective size) per node; None where undefined (no contacts)."""

    def clean(values: dict[str, float]) -> dict[str, float | None]:
        return {k: (None if math.isnan(v) else round(v, 6)) for k, v in values.items()}

    if graph.number_of_nodes() == 0:  # a topic nobody is linked to: nothing to measure
        return {}, {}
    return clean(nx.constraint(graph)), clean(nx.effective_size(graph))


EXACT_UP_TO = 1_000  # nodes; above this, betweenness is estimated from sampled sources
SAMPLED_SOURCES = 500


def betweenness_sources(graph: nx.Graph) -> int | None:
    """How many sources betweenness is estimated from; None when it is exact."""
    n = graph.number_of_nodes()
    return None if n <= EXACT_UP_TO else SAMPLED_SOURCES


def betweenness(graph: nx.Graph, seed: int = 42) -> dict[str, float]:
    """Normalised betweenness: exact up to EXACT_UP_TO nodes (O(nodes × ties)), else networkx's
    estimate from SAMPLED_SOURCES sources drawn with a fixed seed (same graph, same figures)."""
    k = betweenness_sources(graph)
    values = nx.betweenness_centrality(graph, k=k, normalized=True, seed=seed if k else None)
    return {key: round(v, 6) for key, v in values.items()}


@dataclass
class Crossing:
    ties: int  # all ties
    known: int  # ties whose two ends are on a known side
    crossing: int  # of those, ties between different sides

    @property
    def share(self) -> float | None:
        return round(self.crossing / self.known, 4) if self.known else None


def crossing(graph: nx.Graph, side: Sides) -> Crossing:
    """How many ties join people on different sides of the boundary (sharing no side)."""
    known = crossing_ties = 0
    for a, b in graph.edges:
        if a in side and b in side:
            known += 1
            crossing_ties += crosses(side[a], side[b])
    return Crossing(graph.number_of_edges(), known, crossing_ties)


def communities(graph: nx.Graph, seed: int = 42, resolution: float = 1.0) -> list[set[str]]:
    """Louvain communities (weighted by shared contexts), largest first, then by first member."""
    if graph.number_of_edges() == 0:
        return [{n} for n in sorted(graph.nodes)]
    found = nx.community.louvain_communities(
        graph, weight="weight", seed=seed, resolution=resolution
    )
    return sorted(found, key=lambda c: (-len(c), min(c)))


def modularity(graph: nx.Graph, parts: list[set[str]]) -> float | None:
    if graph.number_of_edges() == 0:
        return None
    return round(nx.community.modularity(graph, parts, weight="weight"), 6)
