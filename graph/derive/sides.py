"""Which side of each boundary a person or organisation is on, and which places and nations
an evidence item or workshop covers: one rule for both stores.

A person's nations and sectors are their own (BASED_IN, IN_SECTOR) or, when they have none,
those of the organisations they work at; professions come from HAS_PROFESSION; roles from the
WORKS_AT relationships and the person's own `role`. An organisation's are its own. The
embedded store answers from this directly; the Neo4j store keeps the result on each node as
`facet_*` properties, so a question reads them in one look-up instead of five traversals.

Coverage: what an item COVERS — a nation itself, or a place and the nations it is LOCATED_IN —
with its publishers' nations when it names none.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from graph.model import Label

FIELDS = ("roles", "organisations", "nations", "professions", "sectors")


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

    found: dict[str, dict[str, Any]] = {}
    people = []
    for key, node in graph.nodes(data=True):
        if node["label"] == Label.ORGANISATION.value:
            found[key] = {
                "label": Label.ORGANISATION.value,
                "name": node["name"],
                "roles": [],
                "organisations": [node["name"]],
                "nations": sorted(names(key, "BASED_IN", Label.NATION)),
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
        nations = names(key, "BASED_IN", Label.NATION) or {
            n for org in orgs for n in found[org]["nations"]
        }
        sectors = names(key, "IN_SECTOR") or {s for org in orgs for s in found[org]["sectors"]}
        found[key] = {
            "label": Label.PERSON.value,
            "name": node["name"],
            "roles": sorted(r for r in roles if r),
            "organisations": [graph.nodes[org]["name"] for org in orgs],
            "nations": sorted(nations),
            "professions": sorted(names(key, "HAS_PROFESSION")),
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
    graph: nx.MultiDiGraph, facets: dict[str, dict[str, Any]]
) -> dict[str, tuple[list[str], list[str]]]:
    """{key: (places, nations)} for every evidence item, workshop and learning source."""
    wanted = {
        k
        for k, d in graph.nodes(data=True)
        if d["label"] in (Label.EVIDENCE.value, Label.WORKSHOP.value)
    }
    wanted |= {v for _u, v, k in graph.edges(keys=True) if k == "FROM"}
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
        found[key] = covered(covers, publishers)
    return found
