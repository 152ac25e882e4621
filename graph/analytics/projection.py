"""The graphs the network analytics run on, derived from the knowledge graph.

**Person projection** (undirected, simple): one node per person; two people are tied when they
  - work at the same organisation (WORKS_AT), or
  - attended the same workshop (ATTENDED), or
  - wrote the same piece of evidence (AUTHORED).
A tie's `weight` is the number of such shared contexts and `via` names them. Sharing only a
topic does *not* tie two people: interest in "peer support" is not a working relationship, and
it would join everyone interested in a popular topic into one clique.

**Topic scope**: with a topic (or challenge), only people linked to it are kept — interested in
it or a narrower topic, authors of evidence addressing it, attendees of a workshop addressing
it, contributors to a challenge about it — and the projection is the subgraph they induce.

**Organisation projection**: two organisations are tied when a person of one is tied to a
person of the other in the person projection (weight: how many such person ties).

**A node's sides of each boundary** are those of `graph.derive.sides`, the rule the
questions use: every side it has (someone in two nations is on both), none when unknown (ties
to that node are then left out of that boundary's figures).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Literal

import networkx as nx

from graph.derive.sides import BOUNDARIES as SIDE_BOUNDARIES
from graph.derive.sides import facets_of, sides_by_boundary
from graph.model import Label, Rel
from graph.privacy import NAME_MASK

Boundary = Literal["nation", "profession", "sector", "organisation"]
BOUNDARIES: tuple[Boundary, ...] = SIDE_BOUNDARIES  # type: ignore[assignment]
Sides = dict[str, frozenset[str]]  # node -> its sides of one boundary (unknown: absent)
CONTEXTS = {Rel.WORKS_AT: "organisation", Rel.ATTENDED: "workshop", Rel.AUTHORED: "evidence"}


@dataclass
class Projection:
    """A projected graph and each node's sides of each boundary."""

    graph: nx.Graph
    sides: dict[Boundary, Sides] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    consent: dict[str, bool] = field(default_factory=dict)


def topic_people(graph: nx.MultiDiGraph, scope: set[str]) -> set[str]:
    """People linked to any topic or challenge key in `scope` (see the module docstring)."""
    people: set[str] = set()
    for key in scope:
        if key not in graph:
            continue
        for source, _, rel in graph.in_edges(key, keys=True):
            label = graph.nodes[source]["label"]
            if label == Label.PERSON.value and rel in (Rel.INTERESTED_IN, Rel.CONTRIBUTED_TO):
                people.add(source)
            elif rel == Rel.ADDRESSES and label in (Label.EVIDENCE.value, Label.WORKSHOP.value):
                linking = Rel.AUTHORED if label == Label.EVIDENCE.value else Rel.ATTENDED
                people.update(
                    p
                    for p, _, k in graph.in_edges(source, keys=True)
                    if k == linking.value and graph.nodes[p]["label"] == Label.PERSON.value
                )
    return people


def person_projection(graph: nx.MultiDiGraph, scope: set[str] | None = None) -> Projection:
    """The person projection of the whole graph, or of the people linked to `scope`."""
    people = [k for k, d in graph.nodes(data=True) if d["label"] == Label.PERSON.value]
    if scope is not None:
        keep = topic_people(graph, scope)
        people = [p for p in people if p in keep]
    chosen = set(people)
    projected = nx.Graph()
    projected.add_nodes_from(sorted(people))
    members: dict[str, list[str]] = defaultdict(list)  # context node -> its people
    for person in people:
        for _, target, rel in graph.out_edges(person, keys=True):
            if rel in CONTEXTS:
                members[target].append(person)
    for context in sorted(members):
        kind = CONTEXTS[_context_rel(graph, context)]
        name = f"{kind}: {graph.nodes[context]['name']}"
        for a, b in combinations(sorted(set(members[context]) & chosen), 2):
            _tie(projected, a, b, name)
    result = Projection(projected)
    _describe(graph, result, facets_of(graph))
    return result


def _tie(projected: nx.Graph, a: str, b: str, via: str) -> None:
    """Tie a and b (or strengthen their tie) through `via`."""
    if projected.has_edge(a, b):
        projected[a][b]["weight"] += 1
        projected[a][b]["via"].append(via)
    else:
        projected.add_edge(a, b, weight=1, via=[via])


def _context_rel(graph: nx.MultiDiGraph, context: str) -> Rel:
    label = graph.nodes[context]["label"]
    if label == Label.ORGANISATION.value:
        return Rel.WORKS_AT
    return Rel.ATTENDED if label == Label.WORKSHOP.value else Rel.AUTHORED


def organisation_projection(graph: nx.MultiDiGraph, people: Projection) -> Projection:
    """Organisations tied when their people are tied (weight: how many person ties); a person
    who works at several organisations ties each of them to each of their contacts'."""
    orgs_of = people.sides["organisation"]
    keys = {d["name"]: k for k, d in graph.nodes(data=True) if d["label"] == Label.ORGANISATION}
    projected = nx.Graph()
    projected.add_nodes_from(sorted({keys[n] for names in orgs_of.values() for n in names}))

    def named(person: str) -> str:  # someone without consent is never named, nor pseudonymed
        return people.names[person] if people.consent[person] else NAME_MASK

    for a, b in people.graph.edges:
        for oa in sorted(orgs_of.get(a, ())):
            for ob in sorted(orgs_of.get(b, ())):
                if oa != ob:
                    u, v = sorted((keys[oa], keys[ob]))
                    _tie(projected, u, v, f"{named(a)} – {named(b)}")
    result = Projection(projected)
    _describe(graph, result, facets_of(graph))
    return result


def _describe(
    graph: nx.MultiDiGraph, projection: Projection, facets: dict[str, dict[str, object]]
) -> None:
    keys = list(projection.graph.nodes)
    projection.sides = sides_by_boundary(facets, keys)  # type: ignore[assignment]
    for key in keys:
        data = graph.nodes[key]
        projection.names[key] = str(data["name"])
        projection.consent[key] = data["label"] != Label.PERSON.value or data.get("consent") is True
