"""What the graph of examples/ must never hold: a quote that is a title, heading, metadata or
front-matter line (a person's own entry in an "Authors: A and B" line is quoted as that entry,
never the line); a person that is a fragment or a job title. (Loads the spaCy model through
the example_store fixture.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

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
    for _k, data in example_store.graph().nodes(data=True):
        if data["label"] != "Person":
            continue
        words = data["name"].split()
        assert len(words) >= 2 or data["name"][:1].isupper(), data["name"]
        assert data["name"][:1].isupper() and not data["name"].islower(), data["name"]
        assert words[-1].lower() not in roles, data["name"]
