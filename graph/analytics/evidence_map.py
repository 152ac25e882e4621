"""The evidence and gap map: Lab challenges and topics (rows, grouped by the vocabulary's
broadest topics) × the four nations and UK-wide (columns). Each cell lists the evidence on
that row covering that nation, with the learning statements and workshops as a second layer;
a cell with no evidence is a gap. The answer carries every item's year, type and publishers'
sectors, so a page (or the standalone file, api/map_html.py) filters and counts without asking
again.

The counting rules are the gap map's (graph.analytics.gaps), so a topic's evidence in a nation
is the coverage `qkg evidence TOPIC` reports: a topic's row takes in its narrower topics; an
item counts in each nation it covers (graph.derive.sides); learning counts where its source
took place or is about. A challenge's row takes in the challenge and its own topics, as the
questions scope a challenge. Workshops count where they took place (their COVERS, else their
publishers' or most attendees' nation).

Every text comes from the derived graph, so a person without consent is never named (their
names are "[name withheld]" in quotes and learning, graph.privacy.withhold); quotes are masked
of contact details again on the way out. Authors are not listed (the questions name people).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Literal

import networkx as nx
from pydantic import BaseModel, Field

from graph.analytics.gaps import Where, targets, topic_rows
from graph.model import NATIONS, Label, Rel
from graph.privacy import mask_contacts

MAX_QUOTES = 2
SUMMARY_CHARS = 280
CHALLENGE_GROUP = "Lab challenges"
# an evidence item's type when its document does not state one: the first of these in its title
TYPE_WORDS = (
    ("rapid review", "review"),
    ("review", "review"),
    ("evaluation", "evaluation"),
    ("briefing", "briefing"),
    ("mapping", "mapping"),
    ("survey", "survey"),
    ("case study", "case study"),
    ("guide", "guide"),
    ("blog", "blog"),
    ("insight", "report"),
    ("report", "report"),
    ("findings", "report"),
)


class MapItem(BaseModel):
    """An evidence item, workshop or learning statement shown in the map."""

    kind: Literal["evidence", "workshop", "learning"]
    name: str
    year: int | None = None
    type: str = ""  # evidence only
    publisher: str = ""
    sectors: list[str] = Field(default_factory=list)  # of its publishers
    document: str = ""  # the ledger id of its document, to link to
    summary: str = ""  # evidence: its opening, shown when no sentence says what it is about


class MapCell(BaseModel):
    evidence: list[str] = Field(default_factory=list)  # ids of EvidenceMap.items
    learning: list[str] = Field(default_factory=list)
    workshops: list[str] = Field(default_factory=list)


class MapRow(BaseModel):
    key: str
    name: str
    kind: Literal["topic", "challenge"]
    group: str
    cells: dict[str, MapCell]
    quotes: dict[str, list[str]] = Field(
        default_factory=dict, description="evidence key -> sentences saying it is about the row"
    )


class EvidenceMap(BaseModel):
    columns: list[str]
    groups: list[str]
    rows: list[MapRow]
    items: dict[str, MapItem]
    types: list[str]
    sectors: list[str]
    years: list[int]  # [first, last], or [] with no dated item
    gaps: int  # cells with no evidence in rows with some elsewhere (no filter)


def evidence_type(data: dict[str, Any]) -> str:
    """The type an evidence item states, else the first type word of its title, else "other".

    >>> evidence_type({"title": "Peer support: a rapid review"})
    'review'
    >>> evidence_type({"evidence_type": "Case study", "title": "A review"})
    'case study'
    """
    stated = str(data.get("evidence_type") or "").strip().lower()
    if stated:
        return stated
    title = str(data.get("title") or data.get("name") or "").lower()
    return next((kind for word, kind in TYPE_WORDS if word in title), "other")


def _opening(text: str, size: int = SUMMARY_CHARS) -> str:
    """The first `size` characters of a text, cut at a word, masked of contact details.

    >>> _opening("Peer support in wards: what helps and what does not", 30)
    'Peer support in wards: what…'
    """
    text = mask_contacts(" ".join(text.split()))
    return text if len(text) <= size else text[:size].rsplit(" ", 1)[0] + "…"


def _year(value: Any) -> int | None:
    text = str(value or "")[:4]
    return int(text) if text.isdigit() else None


def _items(graph: nx.MultiDiGraph, where: Where) -> dict[str, MapItem]:
    items: dict[str, MapItem] = {}
    for key, data in graph.nodes(data=True):
        label = data["label"]
        if label == Label.EVIDENCE.value:
            publishers = [
                u for u, _v, k in graph.in_edges(key, keys=True) if k == Rel.PUBLISHED.value
            ]
            sectors = sorted(
                {s for p in publishers for s in where.facets.get(p, {}).get("sectors", ())}
            )
            items[key] = MapItem(
                kind="evidence",
                name=str(data.get("title") or data["name"]),
                year=_year(data.get("year")),
                type=evidence_type(data),
                publisher=str(data.get("publisher") or ""),
                sectors=sectors,
                document=str(data.get("doc_id") or ""),
                summary=_opening(str(data.get("summary") or "")),
            )
        elif label == Label.WORKSHOP.value:
            items[key] = MapItem(
                kind="workshop",
                name=str(data["name"]),
                year=_year(data.get("date")),
                document=str(data.get("doc_id") or ""),
            )
        elif label == Label.LEARNING.value:
            items[key] = MapItem(
                kind="learning", name=str(data["name"]), year=_year(data.get("recorded"))
            )
    return items


def _groups(graph: nx.MultiDiGraph) -> dict[str, str]:
    """{topic key: the name of its broadest topic} (following BROADER up; cycles are safe)."""
    out = {}
    for key, data in graph.nodes(data=True):
        if data["label"] != Label.TOPIC.value:
            continue
        top, seen = key, {key}
        while True:
            up = sorted(t for t in targets(graph, top, Rel.BROADER) if t not in seen)
            if not up:
                break
            top = up[0]
            seen.add(top)
        out[key] = graph.nodes[top]["name"]
    return out


def _under(graph: nx.MultiDiGraph) -> dict[str, dict[str, set[str]]]:
    """{topic or challenge key: {label: the items directly on it}}."""
    rels = {
        Label.EVIDENCE.value: Rel.ADDRESSES,
        Label.WORKSHOP.value: Rel.ADDRESSES,
        Label.LEARNING.value: Rel.ABOUT,
    }
    under: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for key, data in graph.nodes(data=True):
        rel = rels.get(data["label"])
        if rel is not None:
            for target in targets(graph, key, rel):
                under[target][data["label"]].add(key)
    return under


def _quotes(graph: nx.MultiDiGraph, evidence: str, taken: set[str]) -> list[str]:
    found: list[str] = []
    for _u, v, k, data in graph.out_edges(evidence, keys=True, data=True):
        if k != Rel.ADDRESSES.value or v not in taken:
            continue
        for prov in data.get("provenance", ()):
            quote = mask_contacts(prov.quote.strip())
            if quote and quote not in found and len(found) < MAX_QUOTES:
                found.append(quote)
    return found


def evidence_map(graph: nx.MultiDiGraph) -> EvidenceMap:
    """Challenges and topics × nations: the evidence, learning and workshops in each cell."""
    where = Where(graph, "nation")
    columns = list(NATIONS)
    items = _items(graph, where)
    under = _under(graph)
    group_of = _groups(graph)
    scopes: list[tuple[str, str, Literal["topic", "challenge"], str, set[str]]] = [
        (key, graph.nodes[key]["name"], "topic", group_of[key], taken)
        for key, taken in topic_rows(graph).items()
    ]
    for key, data in graph.nodes(data=True):
        if data["label"] == Label.CHALLENGE.value:
            taken = {key, *targets(graph, key, Rel.ABOUT)}
            scopes.append((key, data["name"], "challenge", CHALLENGE_GROUP, taken))
    rows = []
    for key, name, kind, group, taken in scopes:
        cells = {c: MapCell() for c in columns}
        found: dict[str, set[str]] = defaultdict(set)
        for t in taken:
            for label, keys in under.get(t, {}).items():
                found[label] |= keys
        for label, field in (
            (Label.EVIDENCE.value, "evidence"),
            (Label.WORKSHOP.value, "workshops"),
        ):
            for item in sorted(found[label]):
                for nation in where.work(item) & set(columns):
                    getattr(cells[nation], field).append(item)
        for item in sorted(found[Label.LEARNING.value]):
            sources = targets(graph, item, Rel.FROM)
            for nation in set().union(*(where.work(s) for s in sources)) & set(columns):
                cells[nation].learning.append(item)
        if not any(c.evidence or c.learning or c.workshops for c in cells.values()):
            continue
        quotes = {e: _quotes(graph, e, taken) for e in sorted(found[Label.EVIDENCE.value])}
        rows.append(MapRow(key=key, name=name, kind=kind, group=group, cells=cells, quotes=quotes))
    groups = sorted({r.group for r in rows} - {CHALLENGE_GROUP})
    groups = [CHALLENGE_GROUP, *groups] if any(r.kind == "challenge" for r in rows) else groups
    rows.sort(key=lambda r: (groups.index(r.group), r.name != r.group, r.name.lower()))
    shown = {k for r in rows for c in r.cells.values() for k in (*c.evidence, *c.learning)}
    shown |= {k for r in rows for c in r.cells.values() for k in c.workshops}
    ids = _short_ids(sorted(shown), items)
    for r in rows:
        for c in r.cells.values():
            c.evidence, c.learning = [ids[k] for k in c.evidence], [ids[k] for k in c.learning]
            c.workshops = [ids[k] for k in c.workshops]
        r.quotes = {ids[k]: q for k, q in r.quotes.items() if k in ids}
    kept = {ids[k]: items[k] for k in sorted(shown)}
    years = sorted(i.year for i in kept.values() if i.year)
    evidence = [i for i in kept.values() if i.kind == "evidence"]
    gaps = sum(
        1
        for r in rows
        if any(c.evidence for c in r.cells.values())
        for c in r.cells.values()
        if not c.evidence
    )
    return EvidenceMap(
        columns=columns,
        groups=groups,
        rows=rows,
        items=kept,
        types=sorted({i.type for i in evidence}),
        sectors=sorted({s for i in evidence for s in i.sectors}),
        years=[years[0], years[-1]] if years else [],
        gaps=gaps,
    )


def _short_ids(keys: list[str], items: dict[str, MapItem]) -> dict[str, str]:
    """Short ids for the items (e1, w1, l1, ...): the map holds each key many times."""
    counts: dict[str, int] = defaultdict(int)
    ids = {}
    for key in keys:
        kind = items[key].kind[0]
        counts[kind] += 1
        ids[key] = f"{kind}{counts[kind]}"
    return ids
