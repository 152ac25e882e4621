"""The HTTP API through FastAPI's TestClient over the example corpus: every endpoint, both
roles, and the answers themselves (loads the spaCy model through the example_store fixture)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import get_settings
from graph.stores.embedded import EmbeddedStore

pytestmark = pytest.mark.slow


def client_for(data: Path, keys: dict[str, str], **settings: Any) -> TestClient:
    app = create_app(get_settings(data=data, api_keys=keys["config"], **settings))
    return TestClient(app)


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture(scope="module")
def reader(example_store: Any, api_keys: dict[str, str]) -> TestClient:
    """A client over the read-only example store, sending the read key."""
    client = client_for(example_store.data_dir, api_keys)
    client.headers.update(auth(api_keys["read"]))
    return client


@pytest.fixture()
def writer(store_copy: Path, api_keys: dict[str, str], extractor: Any) -> TestClient:
    """A client over a private copy of the example store, sending the write key."""
    app = create_app(
        get_settings(data=store_copy, api_keys=api_keys["config"]), extractor=extractor
    )
    client = TestClient(app)
    client.headers.update(auth(api_keys["write"]))
    return client


# -- questions ------------------------------------------------------------------------------------


def test_api_connect_across_nations_explains_with_quotes(reader: TestClient) -> None:
    response = reader.get(
        "/api/connect", params={"asked": "peer support", "across": "nation", "nation": "Scotland"}
    )
    assert response.status_code == 200
    answer = response.json()
    assert answer["across"] == "nation" and answer["origin"] == "Scotland"
    names = [hit["person"]["name"] for hit in answer["results"]]
    assert "Declan Quinn" in names  # Northern Ireland, wrote on peer support
    for hit in answer["results"]:
        assert "Scotland" not in hit["person"]["nations"] and hit["person"]["consent"] is True
        assert hit["why"].startswith(hit["person"]["name"])
        assert any(
            q["document"].endswith((".md", ".docx", ".pdf", ".html", ".txt"))
            for r in hit["reasons"]
            for q in r["quotes"]
        )
    assert answer["withheld_no_consent"] > 0 and answer["excluded_same_side"] > 0


def test_api_answers_equal_the_cli_json(reader: TestClient, example_store: Any) -> None:
    from query import questions_for

    ask = questions_for(example_store)
    got = reader.get("/api/evidence", params={"asked": "social prescribing", "limit": 5}).json()
    want = ask.evidence("social prescribing", None, 6).model_dump(mode="json")
    assert got["results"] == want["results"][:5]
    assert got["coverage"] == want["coverage"] and got["gaps"] == want["gaps"]
    got = reader.get(
        "/api/connect",
        params={
            "asked": "peer-support",
            "from": "Callum MacLeod",
            "across": "profession",
            "limit": 3,
        },
    ).json()
    assert got["origin_side"] == ["peer support worker"]
    assert (
        got["results"]
        == ask.connect("peer-support", "profession", "Callum MacLeod", None, 4).model_dump(
            mode="json"
        )["results"][:3]
    )


def test_api_evidence_coverage_and_gaps(reader: TestClient) -> None:
    answer = reader.get("/api/evidence", params={"asked": "social prescribing"}).json()
    assert answer["results"] and set(answer["coverage"]) == {
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "UK",
    }
    four = ("England", "Scotland", "Wales", "Northern Ireland")
    assert answer["gaps"] == [n for n in four if answer["coverage"][n] == 0]
    wales = reader.get("/api/evidence", params={"asked": "social prescribing", "nation": "Wales"})
    assert all({"Wales", "UK"} & set(i["nations"]) for i in wales.json()["results"])


def test_api_learning_organisations_profile_path_search(reader: TestClient) -> None:
    learning = reader.get("/api/learning", params={"asked": "peer support", "not_from": "Wales"})
    assert learning.status_code == 200 and learning.json()["results"]
    assert all(i["nations"] != ["Wales"] for i in learning.json()["results"])
    orgs = reader.get("/api/organisations", params={"asked": "carers"}).json()
    assert orgs["results"] and orgs["by_nation"]
    profile = reader.get("/api/profile", params={"name": "Aisha Khan"}).json()
    assert profile["label"] == "Person" and profile["name"] == "Aisha Khan" and profile["topics"]
    path = reader.get("/api/path", params={"a": "Aisha Khan", "b": "Callum MacLeod"}).json()
    assert path["paths"] and path["paths"][0][0]["source"] == "Aisha Khan"
    assert path["paths"][0][-1]["target"] == "Callum MacLeod"
    search = reader.get("/api/search", params={"q": "A Murray"}).json()
    assert search["results"][0]["name"] == "Aileen Murray"


def test_api_pagination_pages_are_slices_of_one_ranking(reader: TestClient) -> None:
    params = {"asked": "peer support"}
    whole = reader.get("/api/connect", params=params | {"limit": 6}).json()
    first = reader.get("/api/connect", params=params | {"limit": 3}).json()
    second = reader.get("/api/connect", params=params | {"limit": 3, "offset": 3}).json()
    assert len(whole["results"]) == 6
    assert first["results"] + second["results"] == whole["results"]
    assert first["page"] == {
        "scheme": "offset",
        "limit": 3,
        "offset": 0,
        "returned": 3,
        "has_more": True,
        "next_offset": 3,
    }
    last = reader.get("/api/connect", params=params | {"limit": 100, "offset": 0}).json()
    assert last["page"]["has_more"] is False and last["page"]["next_offset"] is None
    docs = reader.get("/api/documents", params={"limit": 10, "offset": 30}).json()
    assert docs["total"] == 35 and docs["page"]["returned"] == 5 and not docs["page"]["has_more"]


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"offset": 1001}, {"asked": ""}]
)
def test_api_pagination_bounds_are_422(reader: TestClient, params: dict[str, Any]) -> None:
    response = reader.get("/api/connect", params={"asked": "peer support"} | params)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"][0] == "query"


# -- the store ------------------------------------------------------------------------------------


def test_api_stats_documents_and_a_document_view(reader: TestClient) -> None:
    stats = reader.get("/api/stats").json()
    assert stats["store"] == "embedded" and stats["documents"] == 35
    assert stats["nodes"]["Person"] >= 20 and stats["relationships"]["WORKS_AT"] > 0
    listed = reader.get("/api/documents", params={"limit": 100}).json()["results"]
    glasgow = next(d["document"] for d in listed if "glasgow-peer-support" in d["document"])
    view = reader.get(f"/api/documents/{glasgow}").json()
    assert view["document"] == glasgow and view["kind"] == "workshop"
    assert view["path"].endswith("2023-02-14-glasgow-peer-support-workshop.md")
    assert view["quotes"] and all(q["document"] == glasgow for q in view["quotes"])
    starts = [q["start"] for q in view["quotes"]]
    assert starts == sorted(starts)
    by_name = reader.get("/api/documents/2023-02-14-glasgow-peer-support-workshop.md")
    assert by_name.json()["document"] == glasgow


@pytest.mark.parametrize("name", ["../../../etc/passwd", "%2E%2E/%2E%2E/etc/passwd", "state.json"])
def test_api_document_view_shows_only_ledger_documents(reader: TestClient, name: str) -> None:
    response = reader.get(f"/api/documents/{name}")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert "root:x:0" not in response.text  # (httpx itself folds "../" away in the first case)


def test_api_forget_then_answers_change(writer: TestClient) -> None:
    unknown = writer.delete("/api/documents/glasgow-workshop.md")
    assert unknown.status_code == 404
    assert any("glasgow-peer-support-workshop" in s for s in unknown.json()["suggestions"])
    before = writer.get("/api/stats").json()["documents"]
    asked = {"asked": "peer support", "limit": 100}
    learned = writer.get("/api/learning", params=asked).json()["results"]
    assert any("glasgow-peer-support" in i["quote"]["document"] for i in learned if i["quote"])
    questions = writer.app.state.service.questions()  # type: ignore[attr-defined]
    assert writer.app.state.service.questions() is questions  # type: ignore[attr-defined]
    gone = writer.delete("/api/documents/2023-02-14-glasgow-peer-support-workshop.md")
    assert gone.status_code == 200 and gone.json()["forgot"].endswith("workshop.md")
    assert writer.get("/api/stats").json()["documents"] == before - 1
    assert writer.app.state.service.questions() is not questions  # type: ignore[attr-defined]
    learned = writer.get("/api/learning", params=asked).json()["results"]  # not the kept answer
    assert learned and not any(
        "glasgow-peer-support" in i["quote"]["document"] for i in learned if i["quote"]
    )
    again = writer.delete("/api/documents/2023-02-14-glasgow-peer-support-workshop.md")
    assert again.status_code == 404


def test_api_merge_and_split_decisions(writer: TestClient) -> None:
    people = writer.get("/api/stats").json()["nodes"]["Person"]
    merged = writer.post(
        "/api/decisions", json={"a": "Callum MacLeod", "b": "Tomasz Nowak", "decision": "same"}
    )
    assert merged.status_code == 200 and merged.json()["label"] == "Person"
    assert writer.get("/api/stats").json()["nodes"]["Person"] == people - 1
    split = writer.post(
        "/api/decisions",
        json={"a": "Callum MacLeod", "b": "Tomasz Nowak", "decision": "not-same", "note": "two"},
    )
    assert split.status_code == 200
    assert writer.get("/api/stats").json()["nodes"]["Person"] == people
    assert [d["decision"] for d in writer.get("/api/decisions").json()] == ["not-same"]
    typo = writer.post(
        "/api/decisions", json={"a": "Calum McLeod", "b": "Tomasz Nowak", "decision": "same"}
    )
    assert typo.status_code == 404 and "Callum MacLeod" in typo.json()["suggestions"]
    cross = writer.post(
        "/api/decisions", json={"a": "NHS Highland", "b": "Tomasz Nowak", "decision": "same"}
    )
    assert cross.status_code == 400 and "cannot merge" in cross.json()["detail"]


def test_api_sees_a_write_by_another_process(writer: TestClient, store_copy: Path) -> None:
    before = writer.get("/api/stats").json()["documents"]
    asked = {"asked": "peer support", "limit": 100}
    first = writer.get("/api/connect", params=asked).json()
    assert writer.get("/api/connect", params=asked).json() == first
    other = EmbeddedStore(store_copy)  # as `qkg forget` in another process would
    other.apply([], forget=[d for d in other.ledger() if "directories/" in d])
    assert writer.get("/api/stats").json()["documents"] == before - 4
    after = writer.get("/api/connect", params=asked).json()
    assert after["results"] == []  # no directory entries, so no one has consented
    assert after["withheld_no_consent"] > first["withheld_no_consent"]


def test_api_answers_are_the_same_without_the_answer_cache(
    example_store: Any, api_keys: dict[str, str], reader: TestClient
) -> None:
    fresh = client_for(example_store.data_dir, api_keys, answer_cache=0)
    fresh.headers.update(auth(api_keys["read"]))
    for params in ({"asked": "carers"}, {"asked": "peer support", "nation": "Wales"}):
        assert fresh.get("/api/connect", params=params).json() == (
            reader.get("/api/connect", params=params).json()
        )
    assert fresh.app.state.service._answers == {}  # type: ignore[attr-defined]


def test_api_upload_ingests_good_files_and_names_bad_ones(writer: TestClient) -> None:
    before = {d["document"] for d in writer.get("/api/documents?limit=100").json()["results"]}
    note = (
        b"---\ntitle: Dundee peer support visit\nkind: workshop\n---\n"
        b"Ishbel Rennie, a peer support worker at NHS Tayside, led the visit in Dundee.\n"
    )
    files = [
        ("files", ("dundee-visit.md", note, "text/markdown")),
        ("files", ("broken.pdf", b"%PDF-1.4 nonsense", "application/pdf")),
        ("files", ("tool.exe", b"MZ\x90\x00", "application/octet-stream")),
    ]
    response = writer.post("/api/documents", files=files)
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["failed"] is True and len(report["errors"]) == 2
    assert report["errors"][0].startswith("broken.pdf: ")
    assert report["errors"][1].startswith("tool.exe: unsupported file type")
    assert [Path(d).name for d in report["added"]] == ["dundee-visit.md"]
    after = {d["document"] for d in writer.get("/api/documents?limit=100").json()["results"]}
    assert before < after and len(after - before) == 1  # nothing stored before is lost
    profile = writer.get("/api/profile", params={"name": "NHS Tayside"}).json()
    assert any(d.endswith("dundee-visit.md") for d in profile["documents"])
    # Ishbel Rennie is in no directory: she has not consented, so she is withheld
    assert writer.get("/api/profile", params={"name": "Ishbel Rennie"}).status_code == 404
    again = writer.post("/api/documents", files=files[:1]).json()
    assert again["added"] == [] and len(again["unchanged"]) == 1


def test_api_upload_keeps_the_old_good_file_when_the_new_one_is_bad(
    writer: TestClient, store_copy: Path
) -> None:
    good = (
        "files",
        ("notes.txt", b"Eilidh Grant (Healthcare Improvement Scotland) led it.", "text/plain"),
    )
    assert writer.post("/api/documents", files=[good]).json()["added"]
    bad = ("files", ("notes.txt", b"", "text/plain"))
    report = writer.post("/api/documents", files=[bad]).json()
    assert report["errors"] == ["notes.txt: empty file"]
    kept = store_copy / "uploads" / "notes.txt"
    assert kept.read_bytes().startswith(b"Eilidh Grant")
    assert not list((store_copy / "uploads").glob(".incoming-*"))


# -- access ---------------------------------------------------------------------------------------

PROTECTED = [
    ("GET", "/api/connect?asked=peer+support"),
    ("GET", "/api/evidence?asked=peer+support"),
    ("GET", "/api/learning?asked=peer+support"),
    ("GET", "/api/organisations?asked=peer+support"),
    ("GET", "/api/profile?name=Aisha+Khan"),
    ("GET", "/api/path?a=Aisha+Khan&b=Callum+MacLeod"),
    ("GET", "/api/search?q=Aisha"),
    ("GET", "/api/stats"),
    ("GET", "/api/documents"),
    ("GET", "/api/documents/x.md"),
    ("GET", "/api/decisions"),
    ("POST", "/api/decisions"),
    ("DELETE", "/api/documents/x.md"),
]
WRITES = [
    ("POST", "/api/decisions"),
    ("DELETE", "/api/documents/x.md"),
]


@pytest.mark.parametrize(("method", "url"), PROTECTED)
@pytest.mark.parametrize("key", [None, "qkg_not-a-real-key", ""])
def test_api_refuses_without_a_valid_key(
    example_store: Any, api_keys: dict[str, str], method: str, url: str, key: str | None
) -> None:
    client = client_for(example_store.data_dir, api_keys)
    headers = {} if key is None else auth(key)
    response = client.request(method, url, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["title"] == "unauthorized"


@pytest.mark.parametrize(("method", "url"), WRITES)
def test_api_read_key_cannot_write(reader: TestClient, method: str, url: str) -> None:
    body = {"a": "Callum MacLeod", "b": "Tomasz Nowak", "decision": "same"}
    response = reader.request(method, url, json=body if method == "POST" else None)
    assert response.status_code == 403
    assert response.json()["detail"] == "this needs a write key; the key given is read"


def test_api_read_key_cannot_upload(reader: TestClient) -> None:
    response = reader.post("/api/documents", files=[("files", ("a.txt", b"x", "text/plain"))])
    assert response.status_code == 403


def test_api_key_in_x_api_key_header_and_write_implies_read(
    example_store: Any, api_keys: dict[str, str]
) -> None:
    client = client_for(example_store.data_dir, api_keys)
    assert client.get("/api/stats", headers={"X-API-Key": api_keys["read"]}).status_code == 200
    assert client.get("/api/stats", headers=auth(api_keys["write"])).status_code == 200
    # a key in the query string is not a key
    assert client.get(f"/api/stats?api_key={api_keys['read']}").status_code == 401


def test_api_health_docs_and_page_need_no_key(example_store: Any, api_keys: dict[str, str]) -> None:
    client = client_for(example_store.data_dir, api_keys)
    assert client.get("/health").json() == {"status": "ok", "store": "embedded"}
    schema = client.get("/openapi.json").json()
    assert "/api/connect" in schema["paths"] and "HTTPBearer" in str(schema["components"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "<script" not in docs.text and "cdn" not in docs.text.lower()
    assert "/api/connect" in docs.text and "Parameters" in docs.text  # rendered from the schema
    assert client.get("/redoc").status_code == 404
    page = client.get("/")
    assert page.status_code == 200 and '<html lang="en-GB">' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/qkg.js").status_code == 200


def test_api_cors_is_off_unless_origins_are_configured(
    example_store: Any, api_keys: dict[str, str]
) -> None:
    preflight = {
        "Origin": "https://lab.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "authorization",
    }
    off = client_for(example_store.data_dir, api_keys)
    assert "access-control-allow-origin" not in off.options("/api/stats", headers=preflight).headers
    on = client_for(example_store.data_dir, api_keys, cors_origins="https://lab.example")
    allowed = on.options("/api/stats", headers=preflight)
    assert allowed.headers["access-control-allow-origin"] == "https://lab.example"
    other = on.options("/api/stats", headers=preflight | {"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_api_concurrent_writes_run_one_at_a_time(writer: TestClient, example_store: Any) -> None:
    """Eight decisions posted at once: each is recorded (the store's own file lock would refuse
    a second writer outright; the API queues them)."""
    from concurrent.futures import ThreadPoolExecutor

    people = sorted(
        d["name"] for _k, d in example_store.graph().nodes(data=True) if d["label"] == "Person"
    )
    pairs = [(people[i], people[i + 1]) for i in range(0, 16, 2)]

    def post(pair: tuple[str, str]) -> int:
        body = {"a": pair[0], "b": pair[1], "decision": "not-same", "label": "person"}
        return writer.post("/api/decisions", json=body).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(post, pairs))
    assert statuses == [200] * 8
    recorded = {(d["a"], d["b"]) for d in writer.get("/api/decisions").json()}
    assert recorded == set(pairs)
