"""The gap map: for each topic, how much evidence, how many people and how much learning
there is in each nation (or sector), recomputed from the graph each time.

A topic's row takes in its narrower topics (graph.reference.topics.taken_in), as the
questions do, and every nation and sector comes from graph.derive.sides, so a topic's row and
the coverage of `qkg evidence TOPIC` count the same evidence in the same nations.
- **evidence** on a topic (ADDRESSES it) counts in each nation it covers (sides.coverage_of:
  what it COVERS, a place counting for its nation, else every nation of its publishers); by
  sector, in each of its publishers' sectors.
- **people** interested in a topic (INTERESTED_IN) count on each of their sides (their own
  nations or sectors, else their organisations').
- **learning** about a topic (ABOUT it) counts where its source (the workshop or evidence it
  is FROM) took place or is about, as for evidence; by sector, its source evidence's
  publishers' sectors (learning from workshops has no sector and is not counted by sector).

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

from graph.derive.sides import SIDE_FIELDS, coverage_of, facets_of
from graph.model import NATIONS, Label, Rel
from graph.reference.topics import narrower_of, taken_in

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


def targets(graph: nx.MultiDiGraph, key: str, rel: Rel) -> list[str]:
    return [t for _, t, k in graph.out_edges(key, keys=True) if k == rel.value]


class Where:
    """Where things count: nations (or sectors) of a piece of work and of a person."""

    def __init__(self, graph: nx.MultiDiGraph, by: By) -> None:
        self.graph, self.by = graph, by
        self.facets = facets_of(graph)
        self.coverage = coverage_of(graph, self.facets)
        self.field = SIDE_FIELDS[by]

    def work(self, key: str) -> set[str]:
        if self.by == "nation":
            return set(self.coverage.get(key, ([], []))[1])
        return {
            sector
            for publisher, _, k in self.graph.in_edges(key, keys=True)
            if k == Rel.PUBLISHED.value and publisher in self.facets
            for sector in self.facets[publisher]["sectors"]
        }

    def person(self, key: str) -> set[str]:
        return set(self.facets.get(key, {}).get(self.field, ()))


def topic_rows(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    """{topic key: the topic keys its row takes in (itself and every narrower topic)}."""
    topics = [k for k, d in graph.nodes(data=True) if d["label"] == Label.TOPIC.value]
    narrower = narrower_of({k: targets(graph, k, Rel.BROADER) for k in topics})
    return {k: taken_in(narrower, k) for k in topics}


def gap_map(graph: nx.MultiDiGraph, by: By = "nation", limit: int | None = None) -> GapMap:
    """Topics × nations (or sectors) counts of evidence, people and learning."""
    if by == "nation":
        columns = list(NATIONS)
    else:
        columns = sorted(d["name"] for _, d in graph.nodes(data=True) if d["label"] == "Sector")
    where = Where(graph, by)
    # for each topic: the items that count under it (directly or through a narrower topic)
    under: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for key, data in graph.nodes(data=True):
        rel = {
            Label.EVIDENCE.value: Rel.ADDRESSES,
            Label.PERSON.value: Rel.INTERESTED_IN,
            Label.LEARNING.value: Rel.ABOUT,
        }.get(data["label"])
        if rel is not None:
            for topic in targets(graph, key, rel):
                under[topic][data["label"]].add(key)
    counts: dict[str, dict[str, GapCell]] = {}
    for topic, taken in topic_rows(graph).items():
        items: dict[str, set[str]] = defaultdict(set)
        for t in taken:
            for label, keys in under.get(t, {}).items():
                items[label] |= keys
        cells = {c: GapCell() for c in columns}
        for key in items[Label.EVIDENCE.value]:
            for place in where.work(key) & set(columns):
                cells[place].evidence += 1
        for key in items[Label.PERSON.value]:
            for place in where.person(key) & set(columns):
                cells[place].people += 1
        for key in items[Label.LEARNING.value]:
            sources = targets(graph, key, Rel.FROM)
            for place in set().union(*(where.work(s) for s in sources)) & set(columns):
                cells[place].learning += 1
        counts[graph.nodes[topic]["name"]] = cells
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
