"""Each document's passages (its prose, sentence by sentence) tied to what the graph knows about
them: the document's subject (its workshop or evidence item), the people named in the passage
and the learning statements it is part of. A question about words the vocabulary lacks is
answered from these (query.text_scope), the same way on both stores: they are kept on the
Document node as `passages`, so the Neo4j writer stores them like any other property.

A passage row is [start, end, text, people, learning]: character offsets in the document's
text, the masked text, and the keys of the people and learning statements whose provenance in
that document overlaps it. A passage the document's claims list as untied (a sentence saying
who could not come) ties no person. A heading's row adds a sixth field, "heading": matched as
the document's own title is, tying no one and never quoted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import networkx as nx

from graph.model import DocumentClaims, Label, node_key

TIED = (Label.PERSON.value, Label.LEARNING.value)
HEADING = "heading"  # a sixth field: the row is one of the document's headings, never quoted


def attach_passages(graph: nx.MultiDiGraph, claims: Sequence[DocumentClaims]) -> None:
    """Set `passages` and `subject` on every Document node that has passages."""
    spans: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)  # doc -> provenance
    subjects: dict[str, str] = {}
    for key, data in graph.nodes(data=True):
        label = data["label"]
        if label in TIED:
            for prov in data["provenance"]:
                spans[prov.doc_id].append((prov.start, prov.end, label, key))
        elif label in (Label.WORKSHOP.value, Label.EVIDENCE.value) and data.get("doc_id"):
            subjects[str(data["doc_id"])] = key
    for doc in claims:
        if not doc.passages:
            continue
        node = graph.nodes[node_key(Label.DOCUMENT, doc.doc_id)]
        tied = sorted(spans.get(doc.doc_id, ()))
        untied, headed = set(doc.untied), set(doc.headed)
        node["passages"] = [
            _row(start, end, text, tied, people=start not in untied)
            + ([HEADING] if start in headed else [])
            for start, end, text in doc.passages
        ]
        node["subject"] = subjects.get(doc.doc_id, "")


def _row(
    start: int, end: int, text: str, tied: list[tuple[int, int, str, str]], people: bool = True
) -> list[Any]:
    """A passage's row; `people` False for one that ties no one (DocumentClaims.untied)."""
    named: set[str] = set()
    learning: set[str] = set()
    for s, e, label, key in tied:
        if s >= end:
            break
        if e > start and (s, e) != (0, 0):  # overlaps; (0, 0) is metadata, not text
            if label != Label.PERSON.value:
                learning.add(key)
            elif people:
                named.add(key)
    return [start, end, text, sorted(named), sorted(learning)]
