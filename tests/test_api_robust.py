"""The API under failure and attack (issue #14, defects 8, 10 and 11): a failed store write
keeps the previous upload; bad file names are a 400 in one line; HTML pages carry a
Content-Security-Policy; no server banner, no absolute server path, no key from the URL.
Claims come from a stub extractor: no spaCy model is loaded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import get_settings
from graph.errors import StoreError
from graph.stores.embedded import EmbeddedStore


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture()
def writer(data: Path, api_keys: dict[str, str], stub_extractor: Any) -> TestClient:
    app = create_app(get_settings(data=data, api_keys=api_keys["config"]), extractor=stub_extractor)
    client = TestClient(app, raise_server_exceptions=False)
    client.headers.update({"X-API-Key": api_keys["write"]})
    return client


def _upload(client: TestClient, name: str, body: bytes) -> Any:
    return client.post("/api/documents", files=[("files", (name, body, "text/plain"))])


def test_api_upload_failed_store_write_keeps_the_previous_version(
    writer: TestClient, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _upload(writer, "notes.txt", b"Peer support in Fife, first version.\n")
    assert first.status_code == 200 and first.json()["added"] == ["uploads/notes.txt"]
    kept = data / "uploads" / "notes.txt"

    def fail(*_args: Any, **_kw: Any) -> None:
        raise StoreError("disk full")

    monkeypatch.setattr(EmbeddedStore, "apply", fail)
    second = _upload(writer, "notes.txt", b"Peer support in Fife, second version.\n")
    assert second.status_code == 503 and "disk full" in second.json()["detail"]
    assert kept.read_bytes() == b"Peer support in Fife, first version.\n"
    new = _upload(writer, "other.txt", b"A file never stored.\n")
    assert new.status_code == 503 and not (data / "uploads" / "other.txt").exists()
    monkeypatch.undo()
    assert sorted(p.name for p in (data / "uploads").iterdir()) == ["notes.txt"]
    third = _upload(writer, "notes.txt", b"Peer support in Fife, second version.\n")
    assert third.json()["changed"] == ["uploads/notes.txt"]
    assert kept.read_bytes() == b"Peer support in Fife, second version.\n"


def test_api_upload_unexpected_failure_keeps_the_previous_version(
    writer: TestClient, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _upload(writer, "notes.txt", b"First version.\n").status_code == 200

    def crash(*_args: Any, **_kw: Any) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(EmbeddedStore, "apply", crash)
    assert _upload(writer, "notes.txt", b"Second version.\n").status_code == 500
    assert (data / "uploads" / "notes.txt").read_bytes() == b"First version.\n"
