"""Who is linked to each topic or challenge, and how: one rule for both stores, and the index
the people questions rank from.

A person is linked to a topic when they are INTERESTED_IN it ("said about": quoted or named
in a sentence about it), AUTHORED evidence or ATTENDED a workshop that ADDRESSES it ("wrote",
"attended"), or CONTRIBUTED_TO a challenge ("contributed to", linked to the challenge itself).

The ranking index holds, for each topic or challenge, every linked person with their consent,
each kind of link with the number of distinct evidence items or workshops behind it, and the
person's side of every boundary (graph.facets). That is all the ranking needs: the score
counts each distinct (kind, via, topic) once, so the number of vias per (kind, topic) stands
in for the vias themselves. The embedded store ranks from it directly; the Neo4j store keeps
it as one `QkgRanking` node per topic or challenge, so a question reads a few nodes instead
of walking every link of thousands of people.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

import networkx as nx

from graph.model import Label

# boundary -> the graph.facets field that holds a person's side of it
SIDE_FIELDS = {
    "nation": "nations",
    "profession": "professions",
    "organisation": "organisations",
    "sector": "sectors",
}
FORMAT = "1"  # bump when the index's shape changes: stores rebuild it on open


def person_topic_links(
    graph: nx.MultiDiGraph,
) -> Iterator[tuple[str, str, str, str, dict[str, Any], dict[str, Any] | None]]:
    """(person, topic or challenge, kind, via, data, second) for every link, people in key
    order. `data` is the relationship that reaches the topic; `second` the person's own
    relationship to the evidence or workshop in between (None for direct links)."""
    people = sorted(k for k, d in graph.nodes(data=True) if d["label"] == Label.PERSON.value)
    for person in people:
        out = [(v, k, d) for _u, v, k, d in graph.out_edges(person, keys=True, data=True)]
        for topic, rel, data in out:
            if rel == "INTERESTED_IN":
                yield person, topic, "said about", topic, data, None
        for wanted, kind in (("AUTHORED", "wrote"), ("ATTENDED", "attended")):
            for item, rel, link in out:
                if rel != wanted:
                    continue
                for _i, topic, rel2, data in graph.out_edges(item, keys=True, data=True):
                    if rel2 == "ADDRESSES":
                        yield person, topic, kind, item, data, link
        for challenge, rel, data in out:
            if rel == "CONTRIBUTED_TO":
                yield person, challenge, "contributed to", challenge, data, None


def ranking_index(
    graph: nx.MultiDiGraph, facets: Mapping[str, Mapping[str, Any]]
) -> dict[str, dict[str, list[list[Any]]]]:
    """{topic or challenge key: {"people": [[person, consent, kind, vias, kind, vias, ...]],
    "side_<boundary>": [the side of each person in "people", same order]}}; people in key
    order, kinds by name."""
    vias: dict[str, dict[str, dict[str, set[str]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(set))
    )
    for person, topic, kind, via, _data, _second in person_topic_links(graph):
        vias[topic][person][kind].add(via)
    index = {}
    for topic in sorted(vias):
        people: list[list[Any]] = []
        sides: dict[str, list[list[Any]]] = {b: [] for b in SIDE_FIELDS}
        for person, kinds in sorted(vias[topic].items()):
            found = facets.get(person, {})
            row: list[Any] = [person, found.get("consent")]
            for kind in sorted(kinds):
                row += [kind, len(kinds[kind])]
            people.append(row)
            for boundary, name in SIDE_FIELDS.items():
                sides[boundary].append(list(found.get(name, [])))
        index[topic] = {"people": people, **{f"side_{b}": s for b, s in sides.items()}}
    return index
