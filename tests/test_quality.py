"""What the graph of examples/ must never hold: a quote that is a title, heading, metadata or
front-matter line (a person's own entry in an "Authors: A and B" line is quoted as that entry,
never the line); a person that is a fragment or a job title. (Loads the spaCy model through
the example_store fixture.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.privacy import is_pseudonym
from graph.reference.names import name_words
from ingest.extract.layout import QUOTABLE, Layout
from ingest.readers import read_document

pytestmark = pytest.mark.slow


def test_quality_no_quote_is_a_heading_metadata_or_front_matter_line(
    example_store: Any,
) -> None:
    graph = example_store.graph()
    layouts: dict[str, Layout] = {}
    checked = 0
    for _u, _v, data in graph.edges(data=True):
        for prov in data.get("provenance", []):
            if not prov.quote or prov.end <= prov.start or prov.doc_id.endswith(".csv"):
                continue
            layout = layouts.get(prov.doc_id)
            if layout is None:
                layout = layouts[prov.doc_id] = Layout.of(read_document(Path(prov.doc_id)))
            i = layout.block_at(prov.start)
            assert i >= 0, (prov.doc_id, prov.quote)
            if layout.block(i).kind not in QUOTABLE:
                # only a person's own entry in a list set as a line ("Authors: A and B")
                assert prov.extractor == "rule:people-list", (prov.doc_id, prov.quote)
                assert prov.quote != " ".join(layout.text(i).split()), (prov.doc_id, prov.quote)
            checked += 1
    assert checked > 500


def test_quality_no_person_is_a_fragment_or_a_job_title(example_store: Any) -> None:
    roles = name_words()["role-head"]
    shown = [
        d["name"]
        for _k, d in example_store.graph().nodes(data=True)
        if d["label"] == "Person" and not d.get("withheld")
    ]
    # people without consent are not shown (graph.privacy): their names as the store keeps
    # them, unless a directory withholds them (then only a pseudonym is kept)
    kept = {
        e.name
        for doc in example_store.all_claims()
        for e in doc.entities
        if e.label == "Person" and not is_pseudonym(e.name)
    }
    assert len(shown) > 30 and len(kept) > len(shown)
    for name in [*shown, *kept]:
        words = name.split()
        assert len(words) >= 2 or name[:1].isupper(), name
        assert name[:1].isupper() and not name.islower(), name
        assert words[-1].lower() not in roles, name
