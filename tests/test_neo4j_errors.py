"""What a Neo4j failure says (issue #14, defect 10): an outage mid-write — the server gone, a
session expired, the database unavailable while it stops or starts — is one line saying the
server is not reachable and to run the command again (the write is idempotent), never "write
failed". No server is needed: the driver is a stand-in that raises."""

from __future__ import annotations

from typing import Any

import pytest
from neo4j.exceptions import (
    IncompleteCommit,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from graph.errors import StoreError
from graph.stores.neo4j import Neo4jStore


class _Session:
    def __init__(self, error: Exception) -> None:
        self.error = error

    def __enter__(self) -> _Session:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def execute_write(self, _work: Any) -> Any:
        raise self.error


class _Driver:
    def __init__(self, error: Exception) -> None:
        self.error = error

    def session(self, **_kw: Any) -> _Session:
        return _Session(self.error)

    def execute_query(self, *_a: Any, **_kw: Any) -> Any:
        raise self.error


def _store(error: Exception) -> Neo4jStore:
    store = Neo4jStore.__new__(Neo4jStore)
    store.uri, store.database, store.driver = "bolt://db.example:7687", "neo4j", _Driver(error)
    return store


def _hydrated(code: str, message: str) -> Exception:
    return Neo4jError._hydrate_neo4j(code=code, message=message)


OUTAGES = [
    ServiceUnavailable("Couldn't connect to db.example:7687"),
    SessionExpired("Failed to read from defunct connection"),
    IncompleteCommit("Connection failed while committing the transaction"),
    TransientError("Database neo4j is unavailable."),
    _hydrated("Neo.TransientError.General.DatabaseUnavailable", "Database neo4j is unavailable."),
    ConnectionResetError(104, "Connection reset by peer"),
]


@pytest.mark.parametrize("error", OUTAGES, ids=lambda e: type(e).__name__)
def test_neo4j_outage_mid_write_says_not_reachable_and_run_again(error: Exception) -> None:
    with pytest.raises(StoreError) as failed:
        _store(error)._run_write(lambda tx: None)
    line = str(failed.value)
    assert "\n" not in line and "{" not in line, line
    assert "not reachable" in line and "run the same command again" in line, line
    assert "write failed" not in line


@pytest.mark.parametrize("error", OUTAGES, ids=lambda e: type(e).__name__)
def test_neo4j_outage_on_read_says_not_reachable(error: Exception) -> None:
    with pytest.raises(StoreError) as failed:
        _store(error)._read("RETURN 1")
    assert "not reachable" in str(failed.value) and "\n" not in str(failed.value)


def test_neo4j_other_transient_error_after_retries_says_run_again() -> None:
    deadlock = _hydrated("Neo.TransientError.Transaction.DeadlockDetected", "a deadlock")
    with pytest.raises(StoreError) as failed:
        _store(deadlock)._run_write(lambda tx: None)
    line = str(failed.value)
    assert "busy" in line and "run the same command again" in line and "\n" not in line, line
    assert "a deadlock" in line and "{" not in line
