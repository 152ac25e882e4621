"""The screens over the Neo4j store: the map, the review pairs and a neighbourhood are the
embedded store's, and the neighbourhood's Neo4j Browser link holds a statement that, run on
the server with its parameter, returns the same neighbours."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.test_api_neo4j import clients_on_both_stores

pytestmark = [pytest.mark.slow, pytest.mark.neo4j]


def test_screens_neo4j_answers_as_embedded_and_links_the_browser(
    neo4j_env: dict[str, str],
    neo4j_store: Any,
    example_store: Any,
    corpus: Path,
    extractor: Any,
    api_keys: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEO4J_BROWSER_URL", "http://127.0.0.1:7474/browser/")
    on_neo4j, embedded = clients_on_both_stores(
        neo4j_env, neo4j_store, example_store, corpus, extractor, monkeypatch, api_keys, "read"
    )
    for path in ("/api/map", "/api/review"):
        got, want = on_neo4j.get(path), embedded.get(path)
        assert got.status_code == want.status_code == 200
        assert got.json() == want.json(), path

    asked = {"name": "Aisha Khan"}
    got = on_neo4j.get("/api/neighbourhood", params=asked).json()
    want = embedded.get("/api/neighbourhood", params=asked).json()
    assert want["neo4j_browser"] is None
    link = got.pop("neo4j_browser")
    want.pop("neo4j_browser")
    assert got == want
    assert link.startswith("http://127.0.0.1:7474/browser/?cmd=edit&arg=")
    text = parse_qs(urlsplit(link).query)["arg"][0]
    param, statement = text.split("\n", 1)
    assert param == ":param key => 'person:aisha-khan';"
    records = neo4j_store.driver.execute_query(
        statement, {"key": "person:aisha-khan"}, database_=neo4j_env.get("NEO4J_DATABASE")
    ).records
    found = {record["n"]["key"] for record in records}
    assert found == {node["key"] for node in want["nodes"][1:]}
