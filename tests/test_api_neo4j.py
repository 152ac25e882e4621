"""The API over the Neo4j store (chosen by the same settings as the CLI: QKG_STORE=neo4j and
NEO4J_*) gives the same answers as over the embedded store, and its writes are seen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import get_settings
from ingest.pipeline import ingest

pytestmark = [pytest.mark.slow, pytest.mark.neo4j]

ASKED = [
    ("/api/connect", {"asked": "peer support", "nation": "Scotland", "limit": 10}),
    ("/api/connect", {"asked": "peer-support", "across": "profession", "from": "Callum MacLeod"}),
    ("/api/evidence", {"asked": "peer-support", "limit": 10}),
    ("/api/evidence", {"asked": "loneliness", "nation": "Wales"}),
]


def clients_on_both_stores(
    neo4j_env: dict[str, str],
    neo4j_store: Any,
    example_store: Any,
    corpus: Path,
    extractor: Any,
    monkeypatch: pytest.MonkeyPatch,
    api_keys: dict[str, str],
    key: str,
) -> tuple[TestClient, TestClient]:
    """API clients, holding the `key` API key, over the example corpus ingested into the
    (wiped) Neo4j store and over the embedded example store."""
    report = ingest([corpus], neo4j_store, extractor=extractor)  # the store was wiped first
    assert not report.errors
    for name, value in neo4j_env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("QKG_STORE", "neo4j")
    monkeypatch.setenv("QKG_API_KEYS", api_keys["config"])
    settings = get_settings()
    assert settings.store == "neo4j"
    on_neo4j = TestClient(create_app(settings, extractor=extractor))
    embedded = TestClient(create_app(get_settings(store="embedded", data=example_store.data_dir)))
    for client in (on_neo4j, embedded):
        client.headers["Authorization"] = f"Bearer {api_keys[key]}"
    return on_neo4j, embedded


def test_api_neo4j_store_answers_as_the_embedded_one(
    neo4j_env: dict[str, str],
    neo4j_store: Any,
    example_store: Any,
    corpus: Path,
    extractor: Any,
    api_keys: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    on_neo4j, embedded = clients_on_both_stores(
        neo4j_env, neo4j_store, example_store, corpus, extractor, monkeypatch, api_keys, "write"
    )
    assert on_neo4j.get("/health").json()["store"] == "neo4j"

    for path, params in ASKED:
        got, want = on_neo4j.get(path, params=params), embedded.get(path, params=params)
        assert got.status_code == want.status_code == 200
        assert got.json() == want.json(), (path, params)
    names = [
        hit["person"]["name"]
        for hit in on_neo4j.get(ASKED[0][0], params=ASKED[0][1]).json()["results"]
    ]
    assert "Declan Quinn" in names

    # A write through the API is seen by the next question (the store's version moved).
    before = on_neo4j.get("/api/stats").json()["documents"]
    gone = on_neo4j.delete("/api/documents/2023-02-14-glasgow-peer-support-workshop.md")
    assert gone.status_code == 200
    assert on_neo4j.get("/api/stats").json()["documents"] == before - 1
    after = on_neo4j.get("/api/learning", params={"asked": "peer support"}).json()
    assert all("glasgow-peer-support" not in str(i["quote"]) for i in after["results"])
