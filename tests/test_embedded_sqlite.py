"""The embedded store's SQLite file: the questions answered from its derived rows give exactly
what the whole networkx graph gives (every call of the contract, and every question of the
parity suite), the rows follow every write and decision, and an older state.json store is
migrated on first open."""

from __future__ import annotations

import sqlite3
from itertools import pairwise
from pathlib import Path
from typing import Any

import orjson
import pytest

from graph.derive.sides import SIDE_FIELDS
from graph.model import Decision, Label, ResolutionDecision
from graph.stores.embedded import EmbeddedStore
from query import Questions, questions_for
from query.backends import backend_for
from query.backends.embedded import EmbeddedBackend
from query.backends.sqlite import SqliteBackend
from tests.conftest import copy_store
from tests.test_embedded import doc
from tests.test_parity import QUESTIONS, answers

pytestmark = pytest.mark.slow  # the example corpus is extracted with spaCy once per session


def contract_calls(graph: Any) -> list[tuple[str, tuple[Any, ...]]]:
    """Every call of the QueryBackend contract over the keys of `graph` (the example corpus)."""
    of = {
        label: sorted(k for k, d in graph.nodes(data=True) if d["label"] == label)
        for label in (
            "Topic",
            "Challenge",
            "Person",
            "Organisation",
            "Evidence",
            "Workshop",
            "Learning",
        )
    }
    scope = of["Topic"] + of["Challenge"]
    named = sorted(k for k, d in graph.nodes(data=True) if d["label"] not in ("Document",))
    people = of["Person"]
    calls: list[tuple[str, tuple[Any, ...]]] = [
        ("topics", ()),
        ("challenges", ()),
        ("names", ()),
        ("evidence_texts", ()),
        ("passages", ()),
        ("facets", (people + of["Organisation"] + ["nothing:here"],)),
        ("evidence", (scope,)),
        ("evidence_by_keys", (of["Evidence"] + of["Topic"][:3],)),
        ("evidence_by_keys", (of["Evidence"], False)),
        ("learning", (scope,)),
        ("learning_of", (of["Learning"][:5], of["Workshop"] + of["Evidence"])),
        ("subject_links", (of["Workshop"] + of["Evidence"],)),
        ("neighbours_of", (named,)),
        ("topic_links", (scope, "Person", people)),
        ("topic_links", (scope, "Organisation", of["Organisation"])),
    ]
    for boundary in (None, *SIDE_FIELDS):
        calls += [("person_ranking", (scope, boundary)), ("org_ranking", (scope, boundary))]
    for topic in scope:  # one topic at a time, as most questions ask
        calls += [("evidence", ([topic],)), ("learning", ([topic],))]
        calls += [("topic_links", ([topic], "Person", people[:40]))]
    calls += [("node", (key,)) for key in sorted(graph)]
    ends = people[::7] + of["Organisation"][::9]
    calls += [("shortest_paths", (a, b, 3)) for a, b in pairwise(ends)]
    return calls


def test_sqlite_backend_answers_every_contract_call_as_the_graph_does(example_store: Any) -> None:
    assert example_store.derived_current()
    from_rows = backend_for(example_store)
    assert isinstance(from_rows, SqliteBackend)
    graph = example_store.graph()
    from_graph = EmbeddedBackend(graph)
    calls = contract_calls(graph)
    assert len(calls) > 300
    for name, args in calls:
        expected = getattr(from_graph, name)(*args)
        assert getattr(from_rows, name)(*args) == expected, (name, args)


def test_sqlite_backend_answers_every_parity_question_as_the_graph_does(
    example_store: Any,
) -> None:
    expected = answers(Questions(EmbeddedBackend(example_store.graph())))
    for (name, args, _kw), a, b in zip(
        QUESTIONS, answers(questions_for(example_store)), expected, strict=True
    ):
        assert a == b, f"{name}{args} differs between the derived rows and the graph"


def test_sqlite_rows_follow_writes_decisions_and_hand_edits(
    example_store: Any, tmp_path: Path
) -> None:
    copy_store(example_store, tmp_path)
    store = EmbeddedStore(tmp_path)
    before = store.version()
    store.apply([doc("new.txt", {"Morwenna Trelawny": "NHS Fife"})])
    assert store.version() != before and store.derived_current()
    other = EmbeddedStore(tmp_path)  # as another process would see it
    assert other.derived_current()
    store.set_decisions(
        [ResolutionDecision(Label.PERSON, "Aisha Khan", "Aisha Kahn", Decision.SAME)]
    )
    assert other.derived_current()  # the ruling's process derived the rows again
    text = store.decisions_path.read_text("utf-8")
    store.decisions_path.write_text(text.replace("Aisha Kahn", "Callum MacLeod"), "utf-8")
    assert not other.derived_current()  # edited by hand: the next question derives again
    asked = questions_for(other)
    assert other.derived_current()
    expected = Questions(EmbeddedBackend(EmbeddedStore(tmp_path).graph()))
    assert answers(asked) == answers(expected)


def test_sqlite_migrates_a_state_json_store_once(
    example_store: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = example_store.all_claims()
    state = {"format": 1, "documents": [d.to_dict() for d in docs]}
    (tmp_path / "state.json").write_bytes(orjson.dumps(state))
    store = EmbeddedStore(tmp_path)
    assert store.migrated.startswith("migrated ") and "store.db" in store.migrated
    assert "\n" not in store.migrated
    assert not (tmp_path / "state.json").exists()
    assert (tmp_path / "state.json.migrated").exists()
    assert store.ledger() == example_store.ledger()
    assert [d.to_dict() for d in store.all_claims()] == [d.to_dict() for d in docs]
    assert store.derived_current()
    assert answers(questions_for(store)) == answers(questions_for(example_store))
    assert EmbeddedStore(tmp_path).migrated == ""  # once
    with sqlite3.connect(tmp_path / "store.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sqlite_questions_read_the_last_rows_while_a_writer_derives_new_ones(
    example_store: Any, tmp_path: Path
) -> None:
    from graph.stores.contract import exclusive_lock

    copy_store(example_store, tmp_path)
    before = answers(questions_for(EmbeddedStore(tmp_path)))
    with exclusive_lock(tmp_path / ".lock"):  # a writer between its two transactions
        with sqlite3.connect(tmp_path / "store.db") as conn:
            conn.execute("UPDATE meta SET value = value + 1 WHERE name = 'version'")
        reader = EmbeddedStore(tmp_path)
        assert not reader.derived_current()
        asked = questions_for(reader)
        assert isinstance(asked.ctx.backend, SqliteBackend)  # not the whole graph in memory
        assert answers(asked) == before
        assert not reader.derived_current()  # the lock is the writer's: left to it
    assert isinstance(backend_for(reader), SqliteBackend) and reader.derived_current()
