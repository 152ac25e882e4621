"""Which side of each boundary a person or organisation is on, and which places and nations an
evidence item, workshop or learning source covers: the one rule every consumer uses (the
questions of both stores, the ranking index, evidence coverage, the gap map, analytics).

**Sides.** A boundary is nation, profession, organisation or sector. An entity is on *every*
side it has, not one picked from them: someone based in Wales who works for a Scotland-wide
body is on the Welsh side for their own nation, and counted there wherever nations are counted.
- nations: a person's or organisation's own BASED_IN (a nation, or a place's nation); a person
  with none takes those of the organisations they work at;
- sectors: their own IN_SECTOR, else (people) their organisations';
- professions: HAS_PROFESSION (people): the professions a directory lists for them when it
  lists any (a researcher whose notes say "Trial Manager" is not also a manager), else those
  their roles in documents name; organisations: where a person WORKS_AT (an organisation is on
  its own side);
- roles (not a boundary): the WORKS_AT roles and the person's own `role`.
Two entities are on the **same side** of a boundary when they share a side, and on **different
sides** when both sides are known and share nothing (`same_side`, `crosses`). Unknown is
neither: it is left out of that boundary's figures.

**Coverage.** What an item COVERS (a nation itself, or a place and the nations it is
LOCATED_IN), else, when it names none, its publishers' nations (every one of them); a workshop
that says nowhere where it was is in the nation of most of its people (more than half of those
with one known nation), else nowhere known.

The embedded store answers from `facets_of` directly; the Neo4j store keeps the result on each
node as `facet_*` properties, so a question reads them in one look-up instead of five
traversals.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from graph.model import Label

FIELDS = ("roles", "organisations", "nations", "professions", "sectors")
BOUNDARIES = ("nation", "profession", "sector", "organisation")
# boundary -> the facets field that holds an entity's sides of it
SIDE_FIELDS = {
    "nation": "nations",
    "profession": "professions",
    "organisation": "organisations",
    "sector": "sectors",
}


def same_side(a: Iterable[str], b: Iterable[str]) -> bool:
    """Two entities with these sides of one boundary share one.

    >>> same_side(["Scotland", "Wales"], ["Wales"]), same_side(["Wales"], [])
    (True, False)
    """
    return not set(a).isdisjoint(b)


def crosses(a: Iterable[str], b: Iterable[str]) -> bool:
    """Both sides are known and they share none: a tie or a pair across the boundary.

    >>> crosses(["Scotland"], ["Wales"]), crosses(["Scotland", "Wales"], ["Wales"])
    (True, False)
    >>> crosses([], ["Wales"])
    False
    """
    a, b = set(a), set(b)
    return bool(a) and bool(b) and a.isdisjoint(b)


def sides_by_boundary(
    facets: Mapping[str, Mapping[str, Any]], keys: Iterable[str] | None = None
) -> dict[str, dict[str, frozenset[str]]]:
    """{boundary: {key: its sides}} for `keys` (default all), leaving out unknown sides."""
    chosen = facets.keys() if keys is None else keys
    return {
        boundary: {
            key: frozenset(facets[key][field])
            for key in chosen
            if key in facets and facets[key][field]
        }
        for boundary, field in SIDE_FIELDS.items()
    }


def facets_of(graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """{key: {label, name, roles, organisations, nations, professions, sectors, consent, email}}
    for every person and organisation; lists are sorted, organisations in key order."""

    def out(key: str, rel: str) -> Iterable[tuple[str, dict[str, Any]]]:
        for _u, v, k, data in graph.out_edges(key, keys=True, data=True):
            if k == rel:
                yield v, data

    def names(key: str, rel: str, label: Label | None = None) -> set[str]:
        return {
            graph.nodes[v]["name"]
            for v, _ in out(key, rel)
            if label is None or graph.nodes[v]["label"] == label.value
        }

    def nations(key: str) -> set[str]:
        """BASED_IN a nation, or a place located in one."""
        found = set()
        for v, _ in out(key, "BASED_IN"):
            if graph.nodes[v]["label"] == Label.NATION.value:
                found.add(graph.nodes[v]["name"])
            elif graph.nodes[v]["label"] == Label.PLACE.value:
                found |= names(v, "LOCATED_IN", Label.NATION)
        return found

    def professions(key: str) -> set[str]:
        """A directory's (`listed`), else every one a document's role names."""
        links = [
            (graph.nodes[v]["name"], bool(d.get("listed"))) for v, d in out(key, "HAS_PROFESSION")
        ]
        return {name for name, listed in links if listed} or {name for name, _ in links}

    found: dict[str, dict[str, Any]] = {}
    people = []
    for key, node in graph.nodes(data=True):
        if node["label"] == Label.ORGANISATION.value:
            found[key] = {
                "label": Label.ORGANISATION.value,
                "name": node["name"],
                "roles": [],
                "organisations": [node["name"]],
                "nations": sorted(nations(key)),
                "professions": [],
                "sectors": sorted(names(key, "IN_SECTOR")),
                "consent": None,
                "email": "",
            }
        elif node["label"] == Label.PERSON.value:
            people.append((key, node))
    for key, node in people:
        works = sorted(out(key, "WORKS_AT"), key=lambda w: w[0])
        orgs = sorted({org for org, _ in works})
        roles = {data.get("role", "") for _org, data in works} | {node.get("role", "")}
        home = nations(key) or {n for org in orgs for n in found[org]["nations"]}
        sectors = names(key, "IN_SECTOR") or {s for org in orgs for s in found[org]["sectors"]}
        found[key] = {
            "label": Label.PERSON.value,
            "name": node["name"],
            "roles": sorted(r for r in roles if r),
            "organisations": [graph.nodes[org]["name"] for org in orgs],
            "nations": sorted(home),
            "professions": sorted(professions(key)),
            "sectors": sorted(sectors),
            "consent": node.get("consent"),
            "email": str(node.get("email") or ""),
        }
    return found


def covered(
    covers: list[dict[str, Any]], publisher_nations: list[str]
) -> tuple[list[str], list[str]]:
    """(places, nations) from rows {label, name, located} of what an item COVERS.

    >>> covered([{"label": "Place", "name": "Cardiff", "located": ["Wales"]}], ["England"])
    (['Cardiff'], ['Wales'])
    >>> covered([], ["England"])
    ([], ['England'])
    """
    places, nations = set(), set()
    for row in covers:
        if not row.get("name"):
            continue
        if row["label"] == Label.NATION.value:
            nations.add(row["name"])
        else:
            places.add(row["name"])
            nations |= set(row.get("located") or [])
    if not nations:
        nations = set(publisher_nations)
    return sorted(places), sorted(nations)


def coverage_of(
    graph: nx.MultiDiGraph,
    facets: Mapping[str, Mapping[str, Any]],
    keys: Iterable[str] | None = None,
) -> dict[str, tuple[list[str], list[str]]]:
    """{key: (places, nations)} for every evidence item, workshop and learning source (or
    for these `keys` of them, when the graph holds all they depend on)."""
    if keys is None:
        wanted = {
            k
            for k, d in graph.nodes(data=True)
            if d["label"] in (Label.EVIDENCE.value, Label.WORKSHOP.value)
        }
        wanted |= {v for _u, v, k in graph.edges(keys=True) if k == "FROM"}
    else:
        wanted = set(keys)
    found = {}
    for key in wanted:
        covers = [
            {
                "label": graph.nodes[v]["label"],
                "name": graph.nodes[v]["name"],
                "located": [
                    graph.nodes[n]["name"]
                    for _v, n, k in graph.out_edges(v, keys=True)
                    if k == "LOCATED_IN"
                ],
            }
            for _u, v, k in graph.out_edges(key, keys=True)
            if k == "COVERS"
        ]
        publishers = [
            n
            for org, _k, k in graph.in_edges(key, keys=True)
            if k == "PUBLISHED" and org in facets
            for n in facets[org]["nations"]
        ]
        if not covers and not publishers:
            publishers = _most_attended(graph, facets, key)
        found[key] = covered(covers, publishers)
    return found


def _most_attended(
    graph: nx.MultiDiGraph, facets: Mapping[str, Mapping[str, Any]], key: str
) -> list[str]:
    """A workshop that says nowhere where it was: the nation most of its people are in, when
    more than half of those whose nation is known are in it."""
    nations = Counter(
        n
        for person, _k, k in graph.in_edges(key, keys=True)
        if k == "ATTENDED" and person in facets and len(facets[person]["nations"]) == 1
        for n in facets[person]["nations"]
    )
    if not nations:
        return []
    nation, count = nations.most_common(1)[0]
    return [nation] if count * 2 > sum(nations.values()) else []
