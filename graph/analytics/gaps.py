"""The gap map: for each topic, how much evidence, how many people and how much learning
there is in each nation (or sector), recomputed from the graph each time.

- **evidence** on a topic (ADDRESSES it) counts in each nation it COVERS (a place counts for
  its nation), else its publisher's nation; by sector, in its publisher's sector.
- **people** interested in a topic (INTERESTED_IN) count on their own side (projection.py:
  their own nation or sector, else their organisation's).
- **learning** about a topic (ABOUT it) counts where its source (the workshop or evidence it
  is FROM) took place or is about, as for evidence; by sector, its source evidence's
  publisher's sector (learning from workshops has no sector and is not counted by sector).

A zero in a cell is a gap: nothing known about that topic there. Rows are topics with at
least one count anywhere, most active first. By nation every nation is a column (an empty
one is a gap); by sector, only sectors with at least one count.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path
from typing import Literal

import networkx as nx
from pydantic import BaseModel

from graph.analytics.projection import sides_of
from graph.model import NATIONS, Label, Rel

By = Literal["nation", "sector"]
MEASURES = ("evidence", "people", "learning")


class GapCell(BaseModel):
    evidence: int = 0
    people: int = 0
    learning: int = 0


class GapRow(BaseModel):
    topic: str
    cells: dict[str, GapCell]
    total: int


class GapMap(BaseModel):
    by: str
    columns: list[str]
    rows: list[GapRow]
    gaps: int  # cells with no evidence on a topic that has some elsewhere


def _targets(graph: nx.MultiDiGraph, key: str, rel: Rel) -> list[str]:
    return [t for _, t, k in graph.out_edges(key, keys=True) if k == rel.value]


def _nations_of_work(graph: nx.MultiDiGraph, key: str) -> set[str]:
    """Nations a piece of evidence or a workshop covers or took place in, else its
    publisher's nation."""
    found: set[str] = set()
    for rel in (Rel.COVERS, Rel.LOCATED_IN):
        for target in _targets(graph, key, rel):
            data = graph.nodes[target]
            if data["label"] == Label.NATION.value:
                found.add(data["name"])
            elif data["label"] == Label.PLACE.value:
                found.update(
                    graph.nodes[n]["name"]
                    for n in _targets(graph, target, Rel.LOCATED_IN)
                    if graph.nodes[n]["label"] == Label.NATION.value
                )
    if not found:
        for publisher, _, k in graph.in_edges(key, keys=True):
            if k == Rel.PUBLISHED.value:
                nation = sides_of(graph, publisher)["nation"]
                found.update([nation] if nation else [])
    return found


def _sectors_of_work(graph: nx.MultiDiGraph, key: str) -> set[str]:
    return {
        side
        for publisher, _, k in graph.in_edges(key, keys=True)
        if k == Rel.PUBLISHED.value and (side := sides_of(graph, publisher)["sector"])
    }


def gap_map(graph: nx.MultiDiGraph, by: By = "nation", limit: int | None = None) -> GapMap:
    """Topics × nations (or sectors) counts of evidence, people and learning."""
    if by == "nation":
        columns = list(NATIONS)
        where = _nations_of_work
    else:
        columns = sorted(d["name"] for _, d in graph.nodes(data=True) if d["label"] == "Sector")
        where = _sectors_of_work
    counts: dict[str, dict[str, GapCell]] = defaultdict(lambda: {c: GapCell() for c in columns})
    for key, data in graph.nodes(data=True):
        label = data["label"]
        if label == Label.EVIDENCE.value:
            places = where(graph, key)
            for topic in _targets(graph, key, Rel.ADDRESSES):
                if graph.nodes[topic]["label"] == Label.TOPIC.value:
                    for place in places & set(columns):
                        counts[graph.nodes[topic]["name"]][place].evidence += 1
        elif label == Label.PERSON.value:
            side = sides_of(graph, key)[by]
            if side in columns:
                for topic in _targets(graph, key, Rel.INTERESTED_IN):
                    counts[graph.nodes[topic]["name"]][side].people += 1
        elif label == Label.LEARNING.value:
            places = set().union(*(where(graph, s) for s in _targets(graph, key, Rel.FROM)))
            for topic in _targets(graph, key, Rel.ABOUT):
                if graph.nodes[topic]["label"] == Label.TOPIC.value:
                    for place in places & set(columns):
                        counts[graph.nodes[topic]["name"]][place].learning += 1
    rows = [
        GapRow(
            topic=topic,
            cells=cells,
            total=sum(c.evidence + c.people + c.learning for c in cells.values()),
        )
        for topic, cells in counts.items()
    ]
    rows = [r for r in rows if r.total > 0]
    if by == "sector":  # a sector nobody in the graph belongs to is noise, not a gap
        used = [c for c in columns if any(_any(r.cells[c]) for r in rows)]
        columns = used
        for r in rows:
            r.cells = {c: r.cells[c] for c in used}
    rows.sort(key=lambda r: (-r.total, r.topic))
    rows = rows[:limit] if limit else rows
    gaps = sum(
        1
        for r in rows
        if any(c.evidence for c in r.cells.values())
        for c in r.cells.values()
        if c.evidence == 0
    )
    return GapMap(by=by, columns=columns, rows=rows, gaps=gaps)


def _any(cell: GapCell) -> bool:
    return bool(cell.evidence or cell.people or cell.learning)


def write_csv(gaps: GapMap, path: Path) -> None:
    """One row per topic and column: topic, nation|sector, evidence, people, learning."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["topic", gaps.by, *MEASURES])
        for row in gaps.rows:
            for column in gaps.columns:
                cell = row.cells[column]
                writer.writerow([row.topic, column, cell.evidence, cell.people, cell.learning])
