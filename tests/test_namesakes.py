"""Two people who share a name, taken for one: "not the same" on the name with each one's
organisation in brackets keeps them apart, through re-ingest. Claims are built by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import NotFoundError
from graph.model import Decision, Label
from graph.stores.decisions import decide
from graph.stores.embedded import EmbeddedStore
from tests.test_embedded import doc

FIFE, LEEDS = "Jane Smith (NHS Fife)", "Jane Smith (Leeds City Council)"


def people(store: EmbeddedStore) -> dict[str, set[str]]:
    """person key -> the organisations they work at."""
    graph = store.graph()
    return {
        key: {graph.nodes[v]["name"] for _u, v, k in graph.out_edges(key, keys=True)}
        for key, data in graph.nodes(data=True)
        if data["label"] == Label.PERSON.value
    }


def test_namesakes_are_kept_apart_by_their_organisations(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.apply(
        [
            doc("a.txt", {"Jane Smith": "NHS Fife"}),
            doc("b.txt", {"Jane Smith": "Leeds City Council"}),
        ]
    )
    assert people(store) == {"person:jane-smith": {"NHS Fife", "Leeds City Council"}}
    ruling = decide(store, FIFE, LEEDS, Decision.NOT_SAME)
    assert ruling.label == Label.PERSON
    assert people(store) == {
        "person:jane-smith-nhs-fife": {"NHS Fife"},
        "person:jane-smith-leeds-city-council": {"Leeds City Council"},
    }
    # re-ingest: a changed document is rebuilt under the same ruling
    store.apply([doc("b.txt", {"Jane Smith": "Leeds City Council"}, content_hash="h2")])
    assert set(people(store)) == {
        "person:jane-smith-nhs-fife",
        "person:jane-smith-leeds-city-council",
    }


def test_namesakes_need_a_person_and_an_organisation_of_the_graph(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.apply([doc("a.txt", {"Jane Smith": "NHS Fife"})])
    with pytest.raises(NotFoundError):
        decide(store, "Jane Smith (Nowhere Trust)", FIFE, Decision.NOT_SAME)
    with pytest.raises(NotFoundError):
        decide(store, "Joan Smith (NHS Fife)", FIFE, Decision.NOT_SAME)
