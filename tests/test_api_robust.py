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
from api.hardening import without_server_paths
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


# -- HTTP hardening (defect 11) -------------------------------------------------------------------


@pytest.fixture(scope="module")
def anyone(tmp_path_factory: pytest.TempPathFactory, api_keys: dict[str, str]) -> TestClient:
    """A client without a key on an empty store, shared by the tests that only read."""
    data = tmp_path_factory.mktemp("anyone") / "data"
    app = create_app(get_settings(data=data, api_keys=api_keys["config"]))
    return TestClient(app, raise_server_exceptions=False)


@pytest.mark.parametrize("path", ["/", "/docs"])
def test_api_every_html_page_has_a_content_security_policy(anyone: TestClient, path: str) -> None:
    response = anyone.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "http" not in policy  # no inline code, no CDN
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script" not in response.text or 'src="/static/' in response.text


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/health"),
        ("GET", "/openapi.json"),
        ("GET", "/static/qkg.js"),
        ("GET", "/api/stats"),  # 401
        ("GET", "/nowhere"),  # 404
        ("GET", "/redoc"),  # 404 too: /docs is the reference, rendered without scripts
        ("PUT", "/api/documents"),  # 405
    ],
)
def test_api_every_response_says_nosniff_and_no_server(
    anyone: TestClient, method: str, path: str
) -> None:
    response = anyone.request(method, path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "server" not in response.headers


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/api/documents", {"GET", "POST"}),
        ("DELETE", "/api/decisions", {"GET", "POST"}),
        ("POST", "/health", {"GET"}),
        ("POST", "/api/documents/notes.md", {"GET", "DELETE"}),
    ],
)
def test_api_405_names_every_allowed_method(
    anyone: TestClient, method: str, path: str, allowed: set[str]
) -> None:
    response = anyone.request(method, path)
    assert response.status_code == 405
    assert {m.strip() for m in response.headers["allow"].split(",")} - {"HEAD"} == allowed
    assert response.json()["status"] == 405


def test_api_error_responses_name_no_server_path(
    writer: TestClient,
    data: Path,
    tmp_path: Path,
    api_keys: dict[str, str],
    stub_extractor: Any,
) -> None:
    from graph.stores.contract import exclusive_lock

    assert _upload(writer, "notes.txt", b"Peer support in Fife.\n").status_code == 200
    stats = writer.get("/api/stats").json()
    assert str(tmp_path) not in str(stats) and not stats["location"].startswith("/")
    with exclusive_lock(data / ".lock"):  # another process is writing
        busy = [
            _upload(writer, "other.txt", b"Peer support in Wales.\n"),
            writer.delete("/api/documents/notes.txt"),
        ]
    writer.close()  # then the store's file is found broken by the next process to open it
    for name in ("store.db-wal", "store.db-shm"):
        (data / name).unlink(missing_ok=True)
    (data / "store.db").write_bytes(b"{not a database" * 1000)
    app = create_app(get_settings(data=data, api_keys=api_keys["config"]), extractor=stub_extractor)
    reader = TestClient(app, raise_server_exceptions=False)
    reader.headers.update({"X-API-Key": api_keys["write"]})
    broken = [reader.get("/api/stats"), reader.get("/api/connect", params={"asked": "carers"})]
    for response in busy + broken:
        assert response.status_code == 503, response.text
        detail = response.json()["detail"]
        assert str(tmp_path) not in response.text and "\n" not in detail, response.text
        assert without_server_paths(detail) == detail  # no absolute path at all


def test_api_key_in_the_query_string_is_refused(
    anyone: TestClient, api_keys: dict[str, str]
) -> None:
    for name in ("api_key", "key", "token", "access_token"):
        response = anyone.get("/api/stats", params={name: api_keys["read"]})
        assert response.status_code == 401, name
        assert api_keys["read"] not in response.text
    assert anyone.get("/api/stats", headers={"X-API-Key": api_keys["read"]}).status_code == 200


def test_api_access_log_never_holds_a_key(anyone: TestClient) -> None:
    """uvicorn's access log writes the query; a key sent there by mistake is blanked."""
    import logging

    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/api/stats?api_key=qkg_s3cr3t-Key_1&q=a", "1.1", 401),
        None,
    )
    logger = logging.getLogger("uvicorn.access")
    assert all(f.filter(record) for f in logger.filters)
    line = record.getMessage()
    assert "qkg_s3cr3t" not in line and "q=a" in line and "/api/stats" in line


def test_api_upload_warnings_name_the_upload_not_the_server_path(
    writer: TestClient, data: Path
) -> None:
    body = b"<html><body>" + b"<div>" * 2000 + b"Peer support in Fife." + b"</div>" * 2000
    response = _upload(writer, "deep.html", body)
    assert response.status_code == 200, response.text
    warnings = response.json()["warnings"]
    assert warnings and all(line.startswith("deep.html: ") for line in warnings), warnings
    assert not any(str(data) in line for line in warnings)
