"""The embedded store's ledger rows (graph.stores.embedded): documents' claims written in one
SQLite transaction, and an older qkg's single state.json read once to migrate it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import orjson

from graph.errors import StoreError
from graph.model import DocumentClaims
from graph.stores import sql

STATE_FORMAT = 1  # of the old state.json


class transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error (a kill leaves the last commit)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, kind: Any, _value: Any, _tb: Any) -> None:
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")


def put_documents(conn: sqlite3.Connection, docs: Any) -> None:
    """One `documents` row per document: its ledger columns and its claims as JSON."""
    conn.executemany(
        sql.PUT_DOCUMENT,
        [
            (
                d.doc_id,
                d.path,
                d.content_hash,
                d.kind,
                d.ingested_at,
                d.source,
                d.words,
                orjson.dumps(d.to_dict()),
            )
            for d in docs
        ],
    )


def read_state(path: Path) -> dict[str, DocumentClaims]:
    """The documents of an older qkg's state.json."""
    try:
        raw = orjson.loads(path.read_bytes())
        if raw.get("format") != STATE_FORMAT:
            raise StoreError(f"{path}: unsupported state format {raw.get('format')!r}")
        return {d["doc_id"]: DocumentClaims.from_dict(d) for d in raw["documents"]}
    except StoreError:
        raise
    except (OSError, orjson.JSONDecodeError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise StoreError(f"{path}: cannot read store ({type(e).__name__}: {e})") from e
