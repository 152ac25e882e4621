"""The graph for network tools: GEXF (Gephi, Gephi Lite) and GraphML (Gephi, yEd, Cytoscape,
Kumu-style importers), written by networkx.

The same consent rule as every other output (graph.privacy): a withheld person is left out
with their relationships (`withheld`), no e-mail address is written, not even a consenting
person's (a network file is passed around; the profile is where consent to be contacted
shows), and every text is masked of contact details (`mask_contacts`). Quotes, passages and
provenance are not written (a network tool draws structure; the quotes stay with the
questions), so nothing of a withheld person can ride along in a sentence.

Both formats hold only scalar attributes, so each node and relationship is flattened: a set
or list of plain values becomes one "; "-joined string, a number or truth value stays as it
is, None and nested values are dropped. Every node carries its `type` (Person, Topic, ...),
its `name` (GEXF's label) and, for people and organisations, the sides of each boundary
(`nations`, `professions`, `sectors`, `organisations`, from graph.derive.sides) to colour by;
every relationship its `relationship` (WORKS_AT, ...; GEXF keeps `type` for directedness).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from graph.derive.sides import SIDE_FIELDS, facets_of
from graph.errors import InputError
from graph.privacy import mask_contacts, withheld

NetworkFormat = Literal["gexf", "graphml"]
NETWORK_FORMATS: tuple[NetworkFormat, ...] = ("gexf", "graphml")
# never written: contact details, consent bookkeeping, quotes and provenance, derived indexes
LEFT_OUT = frozenset(
    {"email", "consent_source", "forms", "provenance", "passages", "docs", "label", "rel"}
)


def _flat(value: Any) -> str | int | float | bool | None:
    """A value GEXF and GraphML can hold, or None to leave it out.

    >>> _flat({"b", "a"}), _flat(3), _flat(None), _flat([{"x": 1}]), _flat("a@b.org")
    ('a; b', 3, None, None, '[e-mail withheld]')
    """
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return mask_contacts(value) if value else None
    if isinstance(value, set | frozenset | list | tuple):
        items = [v for v in value if isinstance(v, str | int | float) and not isinstance(v, bool)]
        if len(items) != len(value) or not items:
            return None
        return "; ".join(sorted(mask_contacts(str(v)) for v in items))
    return None


def _attributes(data: dict[str, Any]) -> dict[str, str | int | float | bool]:
    flat = {p: _flat(v) for p, v in data.items() if p not in LEFT_OUT}
    return {p: v for p, v in flat.items() if v is not None}


def network_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The derived graph as a network tool may have it: flat attributes, no one withheld."""
    facets = facets_of(graph)
    hidden = {k for k, data in graph.nodes(data=True) if withheld(data)}
    out = nx.MultiDiGraph()
    for key, data in graph.nodes(data=True):
        if key in hidden:
            continue
        attrs = _attributes(data)
        attrs["type"] = data["label"]
        attrs["name"] = mask_contacts(str(data["name"]))
        for field in SIDE_FIELDS.values():
            sides = facets.get(key, {}).get(field)
            if sides:
                attrs[field] = "; ".join(sorted(sides))
        out.add_node(key, **attrs)
    for source, target, rel, data in graph.edges(keys=True, data=True):
        if source in hidden or target in hidden:
            continue
        out.add_edge(source, target, relationship=rel, **_attributes(data))
    return out


def check_network_format(fmt: str) -> NetworkFormat:
    if fmt not in NETWORK_FORMATS:
        raise InputError(f"format {fmt!r}: expected one of {', '.join(NETWORK_FORMATS)}")
    return fmt


def write_network(graph: nx.MultiDiGraph, fmt: str, path: Path) -> tuple[int, int]:
    """Write the graph as GEXF or GraphML; returns (nodes, relationships) written."""
    fmt = check_network_format(fmt)
    net = network_graph(graph)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "gexf":
        gexf = nx.MultiDiGraph()  # GEXF's label is the drawn name; its edge ids must be unique
        gexf.add_nodes_from((k, {**d, "label": d["name"]}) for k, d in net.nodes(data=True))
        gexf.add_edges_from(_numbered(net.edges(data=True)))
        nx.write_gexf(gexf, path)
    else:
        nx.write_graphml(net, path)
    return net.number_of_nodes(), net.number_of_edges()


def _numbered(
    edges: Iterable[tuple[str, str, dict[str, Any]]],
) -> Iterable[tuple[str, str, int, dict[str, Any]]]:
    for number, (source, target, data) in enumerate(edges):
        yield source, target, number, {**data, "id": str(number), "label": data["relationship"]}
