"""A person's, organisation's, topic's or challenge's neighbourhood, for the page to draw: the
entity, its direct neighbours (no documents, no MENTIONS links) and the relationships among
them, each node with its side of every boundary (nation, profession, organisation, sector;
graph.derive.sides) to colour by.

Consent (graph.privacy): a person who has not consented is neither the centre nor a
neighbour; the answer counts them (`withheld`) and never names them. When the neighbours are
more than `limit`, people and organisations come first, then challenges, topics, evidence,
workshops, places and the rest; the answer says how many were left out.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process

from graph.derive.sides import SIDE_FIELDS, coverage_of, facets_of
from graph.errors import NotFoundError
from graph.model import Label, Rel, fold
from graph.privacy import withheld

CENTRES = (Label.PERSON, Label.ORGANISATION, Label.TOPIC, Label.CHALLENGE)
SKIPPED_RELS = frozenset({Rel.MENTIONS.value, Rel.DESCRIBES.value})
ORDER = [
    Label.PERSON,
    Label.ORGANISATION,
    Label.CHALLENGE,
    Label.TOPIC,
    Label.EVIDENCE,
    Label.WORKSHOP,
    Label.NATION,
    Label.PLACE,
    Label.PROFESSION,
    Label.SECTOR,
    Label.LEARNING,
]


class HoodNode(BaseModel):
    key: str
    name: str
    type: str
    sides: dict[str, list[str]] = Field(description="boundary -> this node's sides of it")


class HoodEdge(BaseModel):
    source: str
    target: str
    relationship: str


class Neighbourhood(BaseModel):
    centre: HoodNode
    nodes: list[HoodNode]  # the centre first
    edges: list[HoodEdge]
    left_out: int = Field(description="neighbours not shown (over the limit)")
    withheld: int = Field(description="neighbours without consent: counted, never shown")


def find_centre(graph: nx.MultiDiGraph, name: str) -> str:
    """The key of the person, organisation, topic or challenge `name` names (its name, an
    alias, or its key), else NotFoundError with suggestions."""
    wanted = fold(name)
    names: dict[str, str] = {}
    for key, data in graph.nodes(data=True):
        if Label(data["label"]) not in CENTRES or withheld(data):
            continue
        if key == name:
            return key
        for form in (data["name"], *data.get("aliases", ())):
            names.setdefault(fold(form), key)
        if data.get("challenge_id"):
            names.setdefault(fold(data["challenge_id"]), key)
    if wanted in names:
        return names[wanted]
    shown = sorted({graph.nodes[k]["name"] for k in names.values()}, key=lambda n: (len(n), n))
    hits = process.extract(name, shown, scorer=fuzz.WRatio, limit=3, score_cutoff=70)
    raise NotFoundError(
        f"no person, organisation, topic or challenge named {name!r}", [h[0] for h in hits]
    )


def _sides(
    key: str,
    data: dict[str, Any],
    facets: dict[str, dict[str, Any]],
    coverage: dict[str, tuple[list[str], list[str]]],
) -> dict[str, list[str]]:
    if key in facets:
        return {b: list(facets[key][field]) for b, field in SIDE_FIELDS.items()}
    own = {
        Label.NATION.value: "nation",
        Label.PROFESSION.value: "profession",
        Label.SECTOR.value: "sector",
    }.get(data["label"])
    sides: dict[str, list[str]] = {b: [] for b in SIDE_FIELDS}
    if own:
        sides[own] = [data["name"]]
    if key in coverage:
        sides["nation"] = list(coverage[key][1])
    return sides


def neighbourhood(graph: nx.MultiDiGraph, name: str, limit: int = 40) -> Neighbourhood:
    """The centre `name` names, its neighbours (up to `limit`) and the ties among them."""
    centre = find_centre(graph, name)
    facets = facets_of(graph)
    coverage = coverage_of(graph, facets)
    around: set[str] = set()
    hidden: set[str] = set()
    edges = [
        *((centre, v, k) for _u, v, k in graph.out_edges(centre, keys=True)),
        *((u, centre, k) for u, _v, k in graph.in_edges(centre, keys=True)),
    ]
    for u, v, k in edges:
        other = v if u == centre else u
        data = graph.nodes[other]
        if k in SKIPPED_RELS or data["label"] == Label.DOCUMENT.value or other == centre:
            continue
        (hidden if withheld(data) else around).add(other)
    rank = {label.value: i for i, label in enumerate(ORDER)}
    chosen = sorted(
        around,
        key=lambda k: (rank.get(graph.nodes[k]["label"], len(ORDER)), graph.nodes[k]["name"]),
    )[:limit]
    shown = [centre, *chosen]
    keep = set(shown)
    ties = sorted(
        {
            (u, v, k)
            for u, v, k in graph.subgraph(shown).edges(keys=True)
            if k not in SKIPPED_RELS and u in keep and v in keep and u != v
        }
    )
    nodes = [
        HoodNode(
            key=k,
            name=graph.nodes[k]["name"],
            type=graph.nodes[k]["label"],
            sides=_sides(k, graph.nodes[k], facets, coverage),
        )
        for k in shown
    ]
    return Neighbourhood(
        centre=nodes[0],
        nodes=nodes,
        edges=[HoodEdge(source=u, target=v, relationship=k) for u, v, k in ties],
        left_out=len(around) - len(chosen),
        withheld=len(hidden),
    )
