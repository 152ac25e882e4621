"""The linked-data and network-insight endpoints give exactly what the graph functions (and so
the `qkg` commands) give, in the right media types, to a read key only."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph
from rdflib.compare import isomorphic

from api.settings import get_settings
from graph.analytics import bridges, find_communities
from graph.analytics.gaps import gap_map
from graph.rdf.write import serialize
from query import scope_keys
from tests.test_api import auth, client_for

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reader(example_store: Any, api_keys: dict[str, str]) -> TestClient:
    client = client_for(example_store.data_dir, api_keys)
    client.headers.update(auth(api_keys["read"]))
    return client


@pytest.fixture()
def own_tempdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The server's temporary files go to this test's own directory, not the shared one,
    where other processes come and go."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize(
    ("fmt", "media", "rdflib_format"),
    [
        ("turtle", "text/turtle", "turtle"),
        ("nt", "application/n-triples", "nt"),
        ("json-ld", "application/ld+json", "json-ld"),
    ],
)
def test_export_is_the_same_rdf_as_the_library_gives(
    reader: TestClient,
    example_store: Any,
    own_tempdir: Path,
    fmt: str,
    media: str,
    rdflib_format: str,
) -> None:
    response = reader.get("/api/export", params={"format": fmt})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    assert "attachment" in response.headers["content-disposition"]
    served = Graph().parse(data=response.text, format=rdflib_format)
    text, count = serialize(example_store.graph(), fmt, get_settings().base_iri)
    expected = Graph().parse(data=text, format=rdflib_format)
    assert len(served) == count > 1000
    assert isomorphic(served, expected)
    assert list(own_tempdir.iterdir()) == []  # the temporary file is gone once sent


def test_export_refuses_an_unknown_format_as_a_problem(reader: TestClient) -> None:
    response = reader.get("/api/export", params={"format": "rdf/xml"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")


def test_bridges_and_communities_match_the_graph_functions(
    reader: TestClient, example_store: Any
) -> None:
    graph = example_store.graph()
    got = reader.get("/api/bridges", params={"across": "profession", "limit": 5}).json()
    assert got == bridges(graph, "profession", None, 5).model_dump(mode="json")
    assert got["bridges"] and all(b["explanation"] for b in got["bridges"])
    scoped = reader.get("/api/bridges", params={"topic": "peer support"}).json()
    expected = bridges(graph, "nation", scope_keys(graph, "peer support"), 10)
    assert scoped == expected.model_dump(mode="json") and scoped["scope"]
    found = reader.get("/api/communities", params={"seed": 7}).json()
    assert found == find_communities(graph, None, 7).model_dump(mode="json")
    assert sum(c["size"] for c in found["communities"]) > 10


def test_bridges_for_an_unknown_topic_is_a_problem(reader: TestClient) -> None:
    typo = reader.get("/api/bridges", params={"topic": "peer suport"}).json()
    assert (
        typo["scope"]
        == reader.get("/api/bridges", params={"topic": "peer support"}).json()["scope"]
    )  # a typo still finds the topic, as on the command line
    response = reader.get("/api/bridges", params={"topic": "underwater basket weaving"})
    assert response.status_code in (400, 404)
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == response.status_code
    assert "underwater basket weaving" in problem["detail"]


def test_gaps_as_json_csv_and_png(reader: TestClient, example_store: Any) -> None:
    graph = example_store.graph()
    got = reader.get("/api/gaps", params={"by": "sector", "limit": 8}).json()
    assert got == gap_map(graph, "sector", 8).model_dump(mode="json")
    table = reader.get("/api/gaps", params={"format": "csv"})
    assert table.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(table.text)))
    assert rows[0] == ["topic", "nation", "evidence", "people", "learning"]
    assert len(rows) > 5 and any(row[1] == "Scotland" for row in rows[1:])
    picture = reader.get("/api/gaps", params={"format": "png"})
    assert picture.headers["content-type"] == "image/png"
    assert picture.content[:8] == b"\x89PNG\r\n\x1a\n" and len(picture.content) > 10_000


def test_insight_needs_a_key(example_store: Any, api_keys: dict[str, str]) -> None:
    anonymous = client_for(example_store.data_dir, api_keys)
    for path in ("/api/export", "/api/bridges", "/api/communities", "/api/gaps"):
        response = anonymous.get(path)
        assert response.status_code == 401, path
        assert response.headers["content-type"].startswith("application/problem+json")
