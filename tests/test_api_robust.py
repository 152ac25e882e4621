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


def _raw_upload(client: TestClient, filename: bytes) -> Any:
    """A multipart body written by hand: clients differ in how they escape file names."""
    body = (
        b'--XyZ\r\nContent-Disposition: form-data; name="files"; filename="' + filename + b'"\r\n'
        b"Content-Type: text/plain\r\n\r\nPeer support in Fife.\r\n--XyZ--\r\n"
    )
    kind = {"Content-Type": "multipart/form-data; boundary=XyZ"}
    return client.post("/api/documents", content=body, headers=kind)


@pytest.mark.parametrize(
    "filename",
    [b"minutes\nof the day.md", b"a\x00b.md", b"tab\tbed.md", ("é" * 128 + ".md").encode()],
    ids=["newline", "nul", "tab", "over-255-bytes"],
)
def test_api_upload_bad_file_name_is_a_400_in_one_line(
    writer: TestClient, data: Path, filename: bytes
) -> None:
    response = _raw_upload(writer, filename)
    assert response.status_code == 400, response.text
    problem = response.json()
    assert problem["title"] == "bad request" and "\n" not in problem["detail"]
    assert "file name" in problem["detail"]
    assert not (data / "uploads").exists() or not any((data / "uploads").iterdir())


def test_api_upload_long_file_name_is_a_400_not_a_500(writer: TestClient) -> None:
    response = _upload(writer, "x" * 300 + ".md", b"Peer support in Fife.\n")
    assert response.status_code == 400 and "255 bytes" in response.json()["detail"]
