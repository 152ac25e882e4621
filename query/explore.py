"""Profiles, explained paths between two entities, and search by name."""

from __future__ import annotations

import networkx as nx

from graph.errors import NotFoundError
from graph.model import Label, Provenance
from query.backend import Edge
from query.scope import Context, quote
from query.types import Neighbour, PathAnswer, PersonCard, Profile, SearchAnswer, SearchHit, Step

PROFILE_LABELS = (Label.PERSON.value, Label.ORGANISATION.value)
PATH_LABELS = (
    Label.PERSON.value,
    Label.ORGANISATION.value,
    Label.PLACE.value,
    Label.TOPIC.value,
    Label.EVIDENCE.value,
    Label.WORKSHOP.value,
)
TOPIC_RELS = {"INTERESTED_IN", "ADDRESSES"}
MAX_CONNECTIONS = 60


def profile(ctx: Context, name: str) -> Profile:
    entry = ctx.find(name, PROFILE_LABELS)
    node = ctx.backend.node(entry.key) or {}
    facets = ctx.backend.facets([entry.key]).get(entry.key)
    edges = ctx.backend.neighbours(entry.key)
    topics: set[str] = set()
    connections = []
    for edge in edges:
        out = edge.source == entry.key
        other = edge.target if out else edge.source
        label, other_name = ctx.label_of(other) or "Document", ctx.name_of(other)
        if label == Label.TOPIC.value:
            topics.add(other_name)
        connections.append(
            Neighbour(
                relationship=edge.rel,
                direction="out" if out else "in",
                label=label,
                name=other_name,
                documents=[edge.quote.doc_id] if edge.quote else [],
            )
        )
    # topics through what they wrote, attended or published
    for edge in edges:
        other = edge.target if edge.source == entry.key else edge.source
        if edge.rel in {"AUTHORED", "ATTENDED", "PUBLISHED"}:
            for inner in ctx.backend.neighbours(other):
                if inner.rel in TOPIC_RELS and inner.source == other:
                    topics.add(ctx.name_of(inner.target))
    card = None
    email = None
    if facets is not None and entry.label == Label.PERSON.value:
        card = PersonCard(
            name=facets.name,
            roles=facets.roles,
            organisations=facets.organisations,
            nations=facets.nations,
            professions=facets.professions,
            sectors=facets.sectors,
            consent=facets.consent,
        )
        email = facets.email if facets.consent is True and facets.email else None
    held: list[Provenance] = list(node.get("provenance", []))  # type: ignore[call-overload]
    provenance = sorted(held, key=lambda p: (-p.confidence, p.doc_id))
    return Profile(
        label=entry.label,
        name=entry.name,
        aliases=list(entry.aliases),
        card=card,
        email=email,
        topics=sorted(topics),
        nations=facets.nations if facets else [],
        sectors=facets.sectors if facets else [],
        documents=sorted(node.get("docs", [])),  # type: ignore[call-overload]
        connections=sorted(connections, key=lambda c: (c.relationship, c.name))[:MAX_CONNECTIONS],
        quotes=[q for q in map(quote, provenance[:5]) if q is not None],
    )


def path(ctx: Context, a: str, b: str, limit: int = 3) -> PathAnswer:
    source = ctx.find(a, PATH_LABELS)
    target = ctx.find(b, PATH_LABELS)
    found = ctx.backend.shortest_paths(source.key, target.key, limit)
    if source.key == target.key:
        found = []
    elif not found:
        raise NotFoundError(f"{source.name} and {target.name} are not connected in the graph")
    return PathAnswer(
        source=source.name, target=target.name, paths=[[_step(e, ctx) for e in p] for p in found]
    )


def _step(edge: Edge, ctx: Context) -> Step:
    return Step(
        source=ctx.name_of(edge.source),
        relationship=edge.rel,
        target=ctx.name_of(edge.target),
        quote=quote(edge.quote),
    )


def search(ctx: Context, text: str, limit: int = 10) -> SearchAnswer:
    hits = ctx.search(text, limit=limit)
    return SearchAnswer(
        text=text,
        results=[
            SearchHit(label=entry.label, name=entry.name, score=round(score, 1), matched=matched)
            for entry, score, matched in hits
        ],
    )


def document_quotes(graph: nx.MultiDiGraph, doc_id: str) -> list[Provenance]:
    """The distinct sentences the graph quotes from one document, in document order."""
    seen: dict[tuple[int, int, str], Provenance] = {}
    held = [d["provenance"] for _k, d in graph.nodes(data=True) if doc_id in d.get("docs", ())]
    held += [d["provenance"] for _u, _v, d in graph.edges(data=True) if doc_id in d.get("docs", ())]
    for provenance in held:
        for prov in provenance:
            if prov.doc_id == doc_id and prov.quote:
                seen.setdefault((prov.start, prov.end, prov.quote), prov)
    return [seen[k] for k in sorted(seen)]
