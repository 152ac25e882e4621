"""Who is linked to each topic or challenge, and how: one rule for both stores, and the index
the people and organisations questions rank from.

A person is linked to a topic when they are INTERESTED_IN it ("said about": quoted or named
in a sentence about it), AUTHORED evidence or ATTENDED a workshop that ADDRESSES it ("wrote",
"attended"), are NAMED_IN evidence that ADDRESSES it with no part stated ("named in"; not when
they also wrote it), or CONTRIBUTED_TO a challenge ("contributed to", linked to the challenge
itself).
An organisation is linked to a topic when it PUBLISHED evidence that ADDRESSES it
("published"), and through each person linked to it who WORKS_AT it ("works with").

The ranking index holds, for each topic or challenge, every linked person with their consent,
each kind of link with the number of distinct evidence items or workshops behind it, the
person's side of every boundary (graph.derive.sides) and the organisations they work at; and every
organisation that published evidence on it (with how many items) or employs one of those
people, with its side of every boundary; and every evidence item that addresses it, with
its title, year and the nations it covers. That is all the ranking needs: a score counts each
distinct (kind, via, topic) once, so the number of vias per (kind, topic) stands in for the
vias themselves (an organisation's "works with" vias are its distinct people on the topic).
The embedded store ranks from it directly; the Neo4j store keeps it as one `QkgRanking` node
per topic or challenge, so a question reads a few nodes instead of walking every link of
thousands of people.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import networkx as nx

from graph.derive.sides import SIDE_FIELDS
from graph.model import ITEM_LINKS, Label
from graph.nogc import no_gc

FORMAT = "5"  # bump when the index's shape changes: stores rebuild it on open
# a person's link to an evidence item or workshop -> the kind of link it gives to the item's topics
ITEM_KINDS = tuple(zip(ITEM_LINKS, ("wrote", "attended", "named in"), strict=True))


def keys_of(graph: nx.MultiDiGraph, label: Label, keys: Iterable[str] | None = None) -> list[str]:
    """These keys (default: every node) that are nodes with `label`, in key order."""
    nodes = graph.nodes
    pool = nodes if keys is None else (k for k in set(keys) if k in nodes)
    return sorted(k for k in pool if nodes[k]["label"] == label.value)


def person_topic_links(
    graph: nx.MultiDiGraph, people: Iterable[str] | None = None
) -> Iterator[tuple[str, str, str, str, dict[str, Any], dict[str, Any] | None]]:
    """(person, topic or challenge, kind, via, data, second) for every link of these people
    (default: everyone), people in key order. `data` is the relationship that reaches the
    topic; `second` the person's own relationship to the evidence or workshop in between
    (None for direct links)."""
    succ = graph.succ  # {node: {neighbour: {rel: data}}}: out_edges without the view objects
    for person in keys_of(graph, Label.PERSON, people):
        out = [(v, k, d) for v, rels in succ[person].items() for k, d in rels.items()]
        for topic, rel, data in out:
            if rel == "INTERESTED_IN":
                kind = "listed expertise" if data.get("listed") else "said about"
                yield person, topic, kind, topic, data, None
        for wanted, kind in ITEM_KINDS:
            for item, rel, link in out:
                if rel != wanted or (kind == "named in" and "AUTHORED" in succ[person][item]):
                    continue
                how = "spoke at" if kind == "attended" and link.get("role") else kind
                for topic, rels in succ[item].items():
                    if "ADDRESSES" in rels:
                        yield person, topic, how, item, rels["ADDRESSES"], link
        for challenge, rel, data in out:
            if rel == "CONTRIBUTED_TO":
                yield person, challenge, "contributed to", challenge, data, None


def org_published(
    graph: nx.MultiDiGraph, orgs: Iterable[str] | None = None
) -> Iterator[tuple[str, str, str, dict[str, Any], dict[str, Any]]]:
    """(organisation, topic, evidence, ADDRESSES data, PUBLISHED data) for every evidence item
    these organisations (default: all) PUBLISHED that ADDRESSES a topic; in key order."""
    succ = graph.succ
    for org in keys_of(graph, Label.ORGANISATION, orgs):
        for item, rels in succ[org].items():
            if "PUBLISHED" not in rels:
                continue
            for topic, about in succ[item].items():
                if "ADDRESSES" in about:
                    yield org, topic, item, about["ADDRESSES"], rels["PUBLISHED"]


def ranking_index(
    graph: nx.MultiDiGraph,
    facets: Mapping[str, Mapping[str, Any]],
    coverage: Mapping[str, tuple[list[str], list[str]]],
) -> dict[str, dict[str, list[Any]]]:
    """{topic or challenge key: its index}, where an index holds
    - "people": [[person, consent, kind, vias, kind, vias, ...]], people in key order and
      kinds by name, "side_<boundary>": each person's side of it, and "works_at": the
      organisations each person WORKS_AT (key order), all three in the same order;
    - "organisations": [[organisation, evidence items it published on the topic]] for every
      organisation that published on it or employs one of its people, in key order, and
      "org_side_<boundary>": each one's side of it, in the same order;
    - "evidence": [[evidence item, title, year, nations it covers (graph.derive.sides.coverage_of)]]
      for every evidence item that ADDRESSES it, in key order."""
    with no_gc():
        return _ranking_index(graph, facets, coverage)


def _ranking_index(
    graph: nx.MultiDiGraph,
    facets: Mapping[str, Mapping[str, Any]],
    coverage: Mapping[str, tuple[list[str], list[str]]],
) -> dict[str, dict[str, list[Any]]]:
    vias: dict[str, dict[str, dict[str, set[str]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(set))
    )
    for person, topic, kind, via, _data, _second in person_topic_links(graph):
        vias[topic][person][kind].add(via)
    published: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for org, topic, item, _data, _published in org_published(graph):
        published[topic][org].add(item)
    succ = graph.succ
    evidence: dict[str, list[list[Any]]] = defaultdict(list)
    for item in keys_of(graph, Label.EVIDENCE):
        node = graph.nodes[item]
        title = str(node.get("title") or node["name"])
        brief = [item, title, node.get("year"), coverage.get(item, ([], []))[1]]
        for topic, rels in succ[item].items():
            if "ADDRESSES" in rels:
                evidence[topic].append(brief)
    works: dict[str, list[str]] = {}  # person -> the organisations they work at, key order
    for person in {p for people in vias.values() for p in people}:
        works[person] = sorted(v for v, rels in succ[person].items() if "WORKS_AT" in rels)
    index = {}
    for topic in sorted(vias.keys() | published.keys() | evidence.keys()):
        people: list[list[Any]] = []
        sides: dict[str, list[list[Any]]] = {b: [] for b in SIDE_FIELDS}
        works_at: list[list[str]] = []
        for person, kinds in sorted(vias[topic].items()):
            found = facets.get(person, {})
            row: list[Any] = [person, found.get("consent")]
            for kind in sorted(kinds):
                row += [kind, len(kinds[kind])]
            people.append(row)
            for boundary, name in SIDE_FIELDS.items():
                sides[boundary].append(list(found.get(name, [])))
            works_at.append(works[person])
        orgs = sorted(published[topic].keys() | {org for at in works_at for org in at})
        entry: dict[str, list[Any]] = {"people": people, "works_at": works_at}
        entry |= {f"side_{b}": s for b, s in sides.items()}
        entry["organisations"] = [[org, len(published[topic].get(org, ()))] for org in orgs]
        for boundary, name in SIDE_FIELDS.items():
            entry[f"org_side_{boundary}"] = [list(facets.get(o, {}).get(name, [])) for o in orgs]
        entry["evidence"] = evidence.get(topic, [])
        index[topic] = entry
    return index
