"""Which side of each boundary a person or organisation is on: one rule for both stores.

A person's nations and sectors are their own (BASED_IN, IN_SECTOR) or, when they have none,
those of the organisations they work at; professions come from HAS_PROFESSION; roles from the
WORKS_AT relationships and the person's own `role`. An organisation's are its own. The
embedded store answers from this directly; the Neo4j store keeps the result on each node as
`facet_*` properties, so a question reads them in one look-up instead of five traversals.
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
