"""Builds the graph from every document's claims, a resolution and the reference vocabularies.

The graph is a pure function of its inputs: claims are visited in doc_id order, so ingesting the
same files in any order gives the same graph, and removing a document's claims removes exactly
the facts no other document supports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import networkx as nx

from graph.derive.open_topics import add_accepted
from graph.derive.passages import attach_passages
from graph.derive.resolve import QUALIFIED
from graph.model import (
    NATIONS,
    DocumentClaims,
    Label,
    Provenance,
    Rel,
    ResolutionDecision,
    fold,
    node_key,
)
from graph.privacy.withhold import Withholding, withhold

Resolve = Callable[[Label, str, str], str]  # (label, name, document) -> canonical name

REFERENCE = "reference"  # provenance doc_id for facts from the gazetteers and vocabulary


def _add_node(graph: nx.MultiDiGraph, label: Label, name: str, **props: Any) -> str:
    key = node_key(label, name)
    if key not in graph:
        graph.add_node(
            key, label=label.value, name=name, aliases=set(), docs=set(), provenance=[], **props
        )
    else:
        for prop, value in props.items():
            if value not in (None, "", [], {}) and not graph.nodes[key].get(prop):
                graph.nodes[key][prop] = value
    return key


def _add_edge(
    graph: nx.MultiDiGraph,
    source: str,
    rel: Rel,
    target: str,
    provenance: Sequence[Provenance] = (),
    **props: Any,
) -> None:
    data = graph.get_edge_data(source, target, rel.value)  # the edge's own dict, or None
    if data is not None:
        for prop, value in props.items():
            data.setdefault(prop, value)
    else:
        graph.add_edge(
            source, target, key=rel.value, rel=rel.value, provenance=[], docs=set(), **props
        )
        data = graph.edges[source, target, rel.value]
    for prov in provenance:
        data["provenance"].append(prov)
        data["docs"].add(prov.doc_id)


def add_reference(graph: nx.MultiDiGraph, gazetteer: Any) -> None:
    """Nations, sectors, the topic vocabulary (with BROADER) and the Lab's challenges."""
    for nation in NATIONS:
        _add_node(graph, Label.NATION, nation)
    for nation in NATIONS[:4]:
        _add_edge(
            graph, node_key(Label.NATION, nation), Rel.LOCATED_IN, node_key(Label.NATION, "UK")
        )
    for sector in sorted(gazetteer.sectors):
        _add_node(graph, Label.SECTOR, sector)
    for topic in gazetteer.topics:
        _add_node(  # hidden labels are for search, never shown (SKOS): "e-cigarette" is vaping
            graph,
            Label.TOPIC,
            topic.label,
            iri=topic.iri,
            definition=topic.definition,
            hidden_labels=sorted(topic.hidden_labels),
        )
        graph.nodes[node_key(Label.TOPIC, topic.label)]["aliases"].update(topic.alt_labels)
    for topic in gazetteer.topics:
        for parent in topic.broader:
            if parent in gazetteer.topic_by_iri:
                parent_label = gazetteer.topic_by_iri[parent].label
                _add_edge(
                    graph,
                    node_key(Label.TOPIC, topic.label),
                    Rel.BROADER,
                    node_key(Label.TOPIC, parent_label),
                )
    for challenge in gazetteer.challenges:
        key = _add_node(graph, Label.CHALLENGE, challenge.title, challenge_id=challenge.id)
        graph.nodes[key]["aliases"].update((challenge.id, *challenge.aliases))
        for label in challenge.topics:
            if gazetteer.topic(label):
                _add_edge(
                    graph, key, Rel.ABOUT, node_key(Label.TOPIC, gazetteer.topic(label).label)
                )


def _link_reference_facts(graph: nx.MultiDiGraph, gazetteer: Any) -> None:
    """Organisations and places the gazetteer knows get their nation and sector."""
    for key, data in list(graph.nodes(data=True)):
        label = data["label"]
        if label == Label.ORGANISATION:
            entry = gazetteer.org(data["name"])
            if entry is None:
                continue
            data.setdefault("kind", entry.kind)
            if entry.nation in NATIONS:
                nation = node_key(Label.NATION, entry.nation)
                _add_edge(graph, key, Rel.BASED_IN, nation, origin=REFERENCE)
            sector = gazetteer.sector(entry.sector) if entry.sector else None
            if sector:
                _add_edge(
                    graph, key, Rel.IN_SECTOR, node_key(Label.SECTOR, sector), origin=REFERENCE
                )
        elif label == Label.PLACE:
            entry = gazetteer.place(data["name"])
            if entry is not None and entry.nation in NATIONS:
                nation = node_key(Label.NATION, entry.nation)
                _add_edge(graph, key, Rel.LOCATED_IN, nation, origin=REFERENCE)


def build_graph(
    claims: Sequence[DocumentClaims],
    resolve: Resolve,
    gazetteer: Any,
    decisions: Sequence[ResolutionDecision] = (),
) -> nx.MultiDiGraph:
    """Derive the whole graph: reference data, then every document's claims in doc_id order,
    then the topics curators accepted from the documents' text (graph.derive.open_topics); last,
    what may not be shown of people is withheld (graph.privacy)."""
    return derive_graph(claims, resolve, gazetteer, decisions)[0]


def derive_graph(
    claims: Sequence[DocumentClaims],
    resolve: Resolve,
    gazetteer: Any,
    decisions: Sequence[ResolutionDecision] = (),
) -> tuple[nx.MultiDiGraph, Withholding]:
    """`build_graph`, and what withholding decided (for graph.derive.increment)."""
    graph = nx.MultiDiGraph()
    add_reference(graph, gazetteer)
    for doc in sorted(claims, key=lambda d: d.doc_id):
        add_document(graph, doc, resolve)
    _link_reference_facts(graph, gazetteer)
    for _key, data in graph.nodes(data=True):
        finish_node(data)
    attach_passages(graph, claims)
    add_accepted(graph, decisions)
    # people without consent made opaque, contact details masked: graph.privacy
    return graph, withhold(graph)


def finish_node(data: dict[str, Any]) -> None:
    """What a node gets once every document is in: its count of mentions, and an
    organisation its name with "The"."""
    data["mentions"] = len(data["provenance"])
    if data["label"] == Label.ORGANISATION.value and not fold(data["name"]).startswith("the "):
        data["aliases"].add(f"The {data['name']}")  # "The King's Fund" is the King's Fund


def link_reference_facts(graph: nx.MultiDiGraph, gazetteer: Any) -> None:
    """The gazetteer's nation and sector of the graph's organisations and places."""
    _link_reference_facts(graph, gazetteer)


def add_document(graph: nx.MultiDiGraph, doc: DocumentClaims, resolve: Resolve) -> None:
    """One document's nodes and relationships (in build order: after those of every document
    with a smaller doc_id)."""
    doc_key = _add_node(
        graph,
        Label.DOCUMENT,
        doc.doc_id,
        path=doc.path,
        content_hash=doc.content_hash,
        fmt=doc.fmt,
        kind=doc.kind,
        kind_source=doc.kind_source,
        title=doc.title,
        ingested_at=doc.ingested_at,
        words=doc.words,
    )
    graph.nodes[doc_key]["docs"].add(doc.doc_id)
    for entity in doc.entities:
        name = resolve(entity.label, entity.name, doc.doc_id)
        props = dict(entity.props)
        consent = props.pop("consent", None)
        aliases = props.pop("aliases", ())  # stated aliases (a SKOS vocabulary, an RDF import)
        key = _add_node(graph, entity.label, name, **props)
        node = graph.nodes[key]
        node["aliases"].update(aliases)
        _shared_name(node, name)
        if consent is not None:  # any "no" wins: never recommend someone who declined
            node["consent"] = consent and node.get("consent", True) is not False
        if entity.name != name:
            node["aliases"].add(entity.name)
        node["docs"].add(doc.doc_id)
        node["provenance"].extend(entity.provenance)
        if entity.label != Label.DOCUMENT:
            _add_edge(graph, doc_key, Rel.MENTIONS, key, entity.provenance[:1])
    for relation in doc.relations:
        source = node_key(relation.source[0], resolve(*relation.source, doc.doc_id))
        target = node_key(relation.target[0], resolve(*relation.target, doc.doc_id))
        for end, (label, raw) in ((source, relation.source), (target, relation.target)):
            if end not in graph:
                _add_node(graph, label, resolve(label, raw, doc.doc_id))
                graph.nodes[end]["docs"].add(doc.doc_id)
        if source != target:
            _add_edge(graph, source, relation.rel, target, relation.provenance, **relation.props)


def _shared_name(node: dict[str, Any], name: str) -> None:
    """A person who shares a name with another ("Anne Morrison (NHS Fife)": graph.derive.
    resolve) is shown by the name; the qualified form, which keys the node, is an alias."""
    match = QUALIFIED.match(name)
    if match and node["label"] == Label.PERSON.value:
        node["name"] = match["base"]
        node["aliases"].add(name)


def sorted_view(value: Any) -> Any:
    """Sets become sorted lists: for JSON and for comparing graphs."""
    if isinstance(value, set):
        return sorted(value)
    return value
