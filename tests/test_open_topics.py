"""Topics from the documents' text: proposals, a curator's accept / reject (kept across
re-ingest), accepted phrases as topics of the graph and the questions, through the store, the
CLI and the API. The corpus is tests/test_text_scope.py's (no spaCy model)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.settings import get_settings
from cli.app import app
from graph.derive.open_topics import proposals, topic_list
from graph.errors import InputError, NotFoundError
from graph.stores.decisions import decide_topic
from graph.stores.embedded import EmbeddedStore
from query import questions_for
from tests.test_text_scope import corpus

runner = CliRunner()


@pytest.fixture()
def store(tmp_path: Path) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path / "data")
    store.apply(corpus())
    return store


def phrases(store: EmbeddedStore) -> list[str]:
    return [p.phrase for p in proposals(store.graph(), store.decisions())]


def test_open_topics_proposed_accepted_and_asked(store: EmbeddedStore) -> None:
    assert "continence" in phrases(store)  # two documents and a title
    assert "staff" not in phrases(store)  # a general word
    decide_topic(store, "continence", accept=True, broader="workforce wellbeing")
    assert "continence" not in phrases(store)
    graph = store.graph()
    topic = graph.nodes["topic:continence"]
    assert topic["status"] == "accepted"
    assert graph.has_edge("topic:continence", "topic:workforce-wellbeing", key="BROADER")
    assert graph.has_edge("evidence:continence-support-for-staff", "topic:continence", "ADDRESSES")
    assert graph.has_edge("workshop:staff-wellbeing-day", "topic:continence", key="ADDRESSES")
    assert graph.has_edge("person:bryn-hale", "topic:continence", key="INTERESTED_IN")
    learning = "learning:continence-cafes-need-a-private-room"
    assert graph.has_edge(learning, "topic:continence", key="ABOUT")
    quote = graph.edges["person:bryn-hale", "topic:continence", "INTERESTED_IN"]["provenance"][0]
    assert quote.quote == "Bryn Hale described the monthly continence cafés for nurses."
    answer = questions_for(store).connect("continence")
    assert answer.scope.note == "" and answer.scope.topics[0].relation == "same"
    assert [c.person.name for c in answer.results] == ["Bryn Hale", "Ada Rees"]  # he spoke on it
    entry = next(t for t in topic_list(graph) if t.name == "continence")
    assert (entry.status, entry.broader) == ("accepted", ("workforce wellbeing",))


def test_open_topics_decisions_survive_reingest_and_reject_undoes(store: EmbeddedStore) -> None:
    decide_topic(store, "continence", accept=True)
    store.apply(corpus())  # the same documents again
    assert store.graph().nodes["topic:continence"]["status"] == "accepted"
    decide_topic(store, "continence", accept=False)
    assert "topic:continence" not in store.graph()
    assert "continence" not in phrases(store)  # rejected: never proposed again


def test_open_topics_refusals(store: EmbeddedStore) -> None:
    with pytest.raises(InputError, match="is a topic already"):
        decide_topic(store, "Peer support", accept=True)
    with pytest.raises(NotFoundError):
        decide_topic(store, "continence", accept=True, broader="no such topic at all")


def test_open_topics_cli(store: EmbeddedStore) -> None:
    data = ["--data", str(store.data_dir)]
    shown = runner.invoke(app, ["topics", "proposed", "--json", *data])
    assert shown.exit_code == 0, shown.output
    assert "continence" in [p["phrase"] for p in json.loads(shown.stdout)]
    done = runner.invoke(app, ["topics", "accept", "continence", "--broader", "leaks", *data])
    assert done.exit_code == 2 and "no topic named 'leaks'" in done.output
    done = runner.invoke(
        app, ["topics", "accept", "continence", "--broader", "workforce wellbeing", *data]
    )
    assert done.exit_code == 0 and "accepted: continence under workforce wellbeing" in done.output
    listed = runner.invoke(app, ["topics", "list", *data])
    assert "continence [accepted]  (under workforce wellbeing)" in listed.output
    decisions = runner.invoke(app, ["decisions", *data])
    assert "Topic: accepted continence under workforce wellbeing" in decisions.output


def test_open_topics_api(store: EmbeddedStore, api_keys: dict[str, str]) -> None:
    client = TestClient(create_app(get_settings(data=store.data_dir, api_keys=api_keys["config"])))
    read = {"Authorization": f"Bearer {api_keys['read']}"}
    write = {"Authorization": f"Bearer {api_keys['write']}"}
    found = client.get("/api/topics/proposed", headers=read)
    assert found.status_code == 200 and "continence" in [p["phrase"] for p in found.json()]
    body: dict[str, Any] = {"phrase": "continence", "decision": "accept"}
    assert client.post("/api/topics/decisions", json=body, headers=read).status_code == 403
    made = client.post("/api/topics/decisions", json=body, headers=write)
    assert made.status_code == 200 and made.json()["decision"] == "accept-topic"
    topics = client.get("/api/topics", headers=read).json()
    assert {"name": "continence", "status": "accepted", "broader": [], "aliases": []} in topics
    asked = client.get("/api/connect", params={"asked": "continence"}, headers=read).json()
    assert [c["person"]["name"] for c in asked["results"]] == ["Bryn Hale", "Ada Rees"]
    decisions = client.get("/api/decisions", headers=read).json()
    assert decisions[-1]["decision"] == "accept-topic"
