"""Boundary spanners, communities and network health: the answers `qkg bridges` and
`qkg communities` print. Every answer is a pydantic model (JSON for the API as it is).

Consent: the measures are computed over everyone (the structure needs them), but only people
whose directory entry says they consent to be contacted are named; the others are counted.
"""

from __future__ import annotations

from collections import Counter

import networkx as nx
from pydantic import BaseModel

from graph.analytics.measures import (
    betweenness,
    betweenness_sources,
    brokerage,
    communities,
    crossing,
    modularity,
    structural_holes,
)
from graph.analytics.projection import (
    BOUNDARIES,
    Boundary,
    Projection,
    organisation_projection,
    person_projection,
)
from graph.model import Label, Rel

PROJECTION = (
    "people tied when they work at the same organisation, attended the same workshop or wrote "
    "the same evidence; organisations tied when their people are"
)
PHRASE = {
    "nation": "in {}",
    "profession": "working as {}",
    "sector": "in {}",
    "organisation": "at {}",
}


class Bridge(BaseModel):
    name: str
    label: str  # Person or Organisation
    sides: list[str]  # its own sides of the boundary (none: unknown)
    crossing_pairs: int  # pairs of its contacts on different sides, not tied to each other
    roles: dict[str, int]  # Gould–Fernandez: coordinator, itinerant, gatekeeper, liaison
    betweenness: float
    constraint: float | None
    effective_size: float | None
    reaches: dict[str, int]  # side -> contacts it links across the boundary
    through: list[str]  # the shared contexts of those ties, most common first
    explanation: str


class CrossingShare(BaseModel):
    boundary: str
    ties: int
    known: int
    crossing: int
    share: float | None  # crossing / known


class BridgesAnswer(BaseModel):
    scope: list[str]
    across: str
    projection: str
    people: int
    ties: int
    betweenness_sources: int | None  # None: exact; else estimated from this many sources
    bridges: list[Bridge]
    organisations: list[Bridge]
    withheld: int  # people who would be listed but have not consented to be contacted
    health: list[CrossingShare]


class Community(BaseModel):
    number: int
    size: int
    members: list[str]  # consenting people, by name
    withheld: int
    ties_inside: int
    nations: dict[str, int]
    professions: dict[str, int]
    sectors: dict[str, int]
    topics: list[str]  # most shared interests first


class CommunitiesAnswer(BaseModel):
    scope: list[str]
    projection: str
    people: int
    ties: int
    modularity: float | None
    seed: int
    communities: list[Community]
    isolated: int  # people with no tie in the projection


def _ranked(
    projection: Projection, across: Boundary, label: str, limit: int
) -> tuple[list[Bridge], int]:
    """The top `limit` consenting bridges, and how many non-consenting ones were left out."""
    graph = projection.graph
    side = projection.sides[across]
    broker = brokerage(graph, side)
    between = betweenness(graph)
    constraint, effective = structural_holes(graph)
    order = sorted(
        graph.nodes, key=lambda n: (-broker[n].crossing_pairs, -between[n], projection.names[n])
    )
    found: list[Bridge] = []
    withheld = sum(1 for n in order if broker[n].crossing_pairs and not projection.consent[n])
    for node in order:
        if broker[node].crossing_pairs == 0 or not projection.consent[node]:
            continue
        if len(found) == limit:
            break
        b = broker[node]
        through = Counter(via for p in b.partners for via in graph[node][p]["via"])
        found.append(
            Bridge(
                name=projection.names[node],
                label=label,
                sides=sorted(side.get(node, ())),
                crossing_pairs=b.crossing_pairs,
                roles=b.roles,
                betweenness=between[node],
                constraint=constraint[node],
                effective_size=effective[node],
                reaches=dict(sorted(b.reaches.items(), key=lambda kv: (-kv[1], kv[0]))),
                through=[v for v, _ in sorted(through.items(), key=lambda kv: (-kv[1], kv[0]))],
                explanation=_explain(projection.names[node], across, b.reaches, through),
            )
        )
    return found, withheld


def _explain(name: str, across: Boundary, reaches: Counter[str], through: Counter[str]) -> str:
    groups = sorted(reaches.items(), key=lambda kv: (-kv[1], kv[0]))
    parts = [
        f"{n} {'person' if n == 1 else 'people'} {PHRASE[across].format(s)}" for s, n in groups
    ]
    if len(parts) > 4:  # the three largest groups, then the rest together
        rest = sum(n for _, n in groups[3:])
        parts = [*parts[:3], f"{rest} more on {len(groups) - 3} other sides"]
    joined = ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]
    via = [v for v, _ in sorted(through.items(), key=lambda kv: (-kv[1], kv[0]))][:3]
    return f"{name} connects {joined} who are not otherwise tied, through {'; '.join(via)}"


def _scope_names(graph: nx.MultiDiGraph, scope: set[str] | None) -> list[str]:
    return sorted(graph.nodes[k]["name"] for k in scope or () if k in graph)


def bridges(
    graph: nx.MultiDiGraph,
    across: Boundary = "nation",
    scope: set[str] | None = None,
    limit: int = 10,
) -> BridgesAnswer:
    """The people and organisations that bridge `across`, and the share of crossing ties."""
    people = person_projection(graph, scope)
    orgs = organisation_projection(graph, people)
    listed, withheld = _ranked(people, across, Label.PERSON.value, limit)
    by_org = across in ("nation", "sector")  # an organisation has no profession or organisation
    organisations = _ranked(orgs, across, Label.ORGANISATION.value, limit)[0] if by_org else []
    health = []
    for boundary in BOUNDARIES:
        c = crossing(people.graph, people.sides[boundary])
        health.append(CrossingShare(boundary=boundary, **vars(c), share=c.share))
    return BridgesAnswer(
        scope=_scope_names(graph, scope),
        across=across,
        projection=PROJECTION,
        people=people.graph.number_of_nodes(),
        ties=people.graph.number_of_edges(),
        betweenness_sources=betweenness_sources(people.graph),
        bridges=listed,
        organisations=organisations,
        withheld=withheld,
        health=health,
    )


def _interests(graph: nx.MultiDiGraph, members: set[str]) -> list[str]:
    counts: Counter[str] = Counter()
    for person in members:
        for _, topic, rel in graph.out_edges(person, keys=True):
            if rel == Rel.INTERESTED_IN.value:
                counts[graph.nodes[topic]["name"]] += 1
    return [t for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n > 1][:5]


def _sides(people: Projection, boundary: Boundary, part: set[str]) -> dict[str, int]:
    known = people.sides[boundary]
    counts = Counter(s for n in part for s in known.get(n, ()))
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def find_communities(
    graph: nx.MultiDiGraph, scope: set[str] | None = None, seed: int = 42
) -> CommunitiesAnswer:
    """Louvain communities of the person projection, described by nation, profession, sector."""
    people = person_projection(graph, scope)
    projected = people.graph
    parts = communities(projected, seed=seed)
    found: list[Community] = []
    for part in (p for p in parts if len(p) > 1):
        found.append(
            Community(
                number=len(found) + 1,
                size=len(part),
                members=sorted(people.names[n] for n in part if people.consent[n]),
                withheld=sum(not people.consent[n] for n in part),
                ties_inside=projected.subgraph(part).number_of_edges(),
                nations=_sides(people, "nation", part),
                professions=_sides(people, "profession", part),
                sectors=_sides(people, "sector", part),
                topics=_interests(graph, part),
            )
        )
    return CommunitiesAnswer(
        scope=_scope_names(graph, scope),
        projection=PROJECTION.split(";")[0],
        people=projected.number_of_nodes(),
        ties=projected.number_of_edges(),
        modularity=modularity(projected, parts),
        seed=seed,
        communities=found,
        isolated=sum(1 for p in parts if len(p) == 1),
    )
