"""The API's one error shape (RFC 9457 problem details) for every kind of error, and the API
keys (`qkg keys create`, parsing QKG_API_KEYS). Pins the shape: a change here is a change to
what clients rely on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.security import create_key, parse_keys, role_of
from api.settings import get_settings
from cli.app import app as cli_app
from graph.errors import ConfigError

SHAPE = {"type", "title", "status", "detail", "instance"}


def problem_of(response: Any) -> dict[str, Any]:
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert SHAPE <= set(body) <= SHAPE | {"suggestions", "errors"}
    assert body["status"] == response.status_code
    assert body["type"] == "urn:qkg:problem:" + body["title"].replace(" ", "-")
    assert isinstance(body["detail"], str) and body["detail"]
    assert "\n" not in body["detail"]
    return body


@pytest.fixture()
def small(tmp_path: Path, api_keys: dict[str, str]) -> TestClient:
    """An empty store with a 1 kB upload limit: no spaCy model needed."""
    settings = get_settings(
        data=tmp_path / "data", api_keys=api_keys["config"], upload_max_bytes=1000
    )
    return TestClient(create_app(settings))


def H(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def test_api_problem_401_403_404_405(small: TestClient, api_keys: dict[str, str]) -> None:
    body = problem_of(small.get("/api/stats"))
    assert body == {
        "type": "urn:qkg:problem:unauthorized",
        "title": "unauthorized",
        "status": 401,
        "detail": "an API key is required: send `Authorization: Bearer KEY` or `X-API-Key: KEY`",
        "instance": "/api/stats",
    }
    forbidden = small.delete("/api/documents/a.md", headers=H(api_keys["read"]))
    assert problem_of(forbidden)["title"] == "forbidden"
    missing = problem_of(small.get("/api/nowhere", headers=H(api_keys["read"])))
    assert missing["status"] == 404 and missing["instance"] == "/api/nowhere"
    assert problem_of(small.put("/api/stats", headers=H(api_keys["read"])))["status"] == 405


def test_api_problem_422_lists_each_error(small: TestClient, api_keys: dict[str, str]) -> None:
    response = small.get("/api/connect", params={"limit": 0}, headers=H(api_keys["read"]))
    body = problem_of(response)
    assert body["title"] == "invalid request" and response.status_code == 422
    where = {tuple(e["loc"]) for e in body["errors"]}
    assert where == {("query", "asked"), ("query", "limit")}
    bad_json = small.post(
        "/api/decisions", json={"a": "x", "decision": "maybe"}, headers=H(api_keys["write"])
    )
    assert {tuple(e["loc"]) for e in problem_of(bad_json)["errors"]} == {
        ("body", "b"),
        ("body", "decision"),
    }


def test_api_problem_413_and_415_on_upload(small: TestClient, api_keys: dict[str, str]) -> None:
    write = H(api_keys["write"])
    big = small.post("/api/documents", files=[("files", ("a.txt", b"x" * 5000))], headers=write)
    assert problem_of(big)["status"] == 413 and "1,000 bytes" in big.json()["detail"]
    raw = small.post(
        "/api/documents", content=b"hello", headers=write | {"content-type": "text/plain"}
    )
    assert problem_of(raw)["status"] == 415
    exe = small.post("/api/documents", files=[("files", ("a.exe", b"MZ"))], headers=write)
    body = problem_of(exe)
    assert body["status"] == 415 and body["detail"].startswith("a.exe: unsupported file type")


@pytest.mark.slow
def test_api_problem_413_when_a_chunked_upload_runs_over(
    small: TestClient, api_keys: dict[str, str]
) -> None:
    """No Content-Length to refuse up front: the body is counted as it arrives."""

    def body() -> Any:
        yield b'--b\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\n'
        for _ in range(10):
            yield b"x" * 500
        yield b"\r\n--b--\r\n"

    headers = H(api_keys["write"]) | {"content-type": "multipart/form-data; boundary=b"}
    response = small.post("/api/documents", content=body(), headers=headers)
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert problem_of(response)["status"] == 413


@pytest.mark.slow
def test_api_problem_400_and_404_did_you_mean(example_store: Any, api_keys: dict[str, str]) -> None:
    client = TestClient(
        create_app(get_settings(data=example_store.data_dir, api_keys=api_keys["config"]))
    )
    response = client.get("/api/profile", params={"name": "Aisha Khn"}, headers=H(api_keys["read"]))
    body = problem_of(response)
    assert body["detail"] == "no person or organisation named 'Aisha Khn'"
    assert body["suggestions"][0] == "Aisha Khan"
    topic = client.get(
        "/api/evidence", params={"asked": "peer suport"}, headers=H(api_keys["read"])
    )
    assert topic.status_code in (200, 404)
    if topic.status_code == 404:
        assert "peer support" in problem_of(topic)["suggestions"]
    bad = client.get(
        "/api/connect",
        params={"asked": "peer support", "across": "sector"},
        headers=H(api_keys["read"]),
    )
    assert problem_of(bad)["status"] == 400
    assert problem_of(bad)["detail"] == "--across sector needs --from PERSON or --nation NATION"
    nation = client.get(
        "/api/evidence",
        params={"asked": "peer support", "nation": "Atlantis"},
        headers=H(api_keys["read"]),
    )
    assert (
        problem_of(nation)["status"] == 400
        and "'Atlantis' is not a nation" in nation.json()["detail"]
    )


# -- keys -----------------------------------------------------------------------------------------


def test_keys_create_prints_a_key_once_and_an_entry_that_admits_it() -> None:
    result = CliRunner().invoke(cli_app, ["keys", "create", "--role", "write"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    key = lines[0].rsplit(" ", 1)[1]
    entry = lines[-1]
    assert key.startswith("qkg_") and len(key) > 40 and key not in entry
    assert entry.startswith("write:")
    assert role_of(key, parse_keys(entry)) == "write"
    assert role_of(key + "x", parse_keys(entry)) is None
    refused = CliRunner().invoke(cli_app, ["keys", "create", "--role", "admin"])
    assert refused.exit_code == 2


def test_keys_two_keys_two_roles_and_bad_entries() -> None:
    read, read_entry = create_key("read")
    write, write_entry = create_key("write")
    entries = parse_keys(f"{read_entry.line()},\n {write_entry.line()}")
    assert (role_of(read, entries), role_of(write, entries), role_of("", entries)) == (
        "read",
        "write",
        None,
    )
    for bad in ["admin:00:00", "read:zz:00", "read:00", f"read:00:{'ab' * 8}"]:
        with pytest.raises(ConfigError, match="QKG_API_KEYS entry 1"):
            parse_keys(bad)
