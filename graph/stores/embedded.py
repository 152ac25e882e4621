"""The embedded default store: claims in SQLite, and beside them the derived graph and the
question indexes, so that a question in a new process reads only the rows it needs.

Layout of the data directory (default ./qkg-data):
    store.db        SQLite (WAL: also store.db-wal, store.db-shm while open): every document's
                    claims (the ledger), and the graph and indexes derived from them
                    (graph.stores.sql describes the tables)
    decisions.yaml  "same" / "not the same" rulings, human-editable, re-applied on every build
    .lock           advisory lock held while writing (one qkg writer at a time)
    .qkg-demo       marks a directory `qkg demo` made (graph.stores.demo_dir)
    state.json.migrated  the single JSON file an older qkg kept, once moved into store.db

Why SQLite: it is in the standard library, a commit is atomic and durable (a kill at any
moment leaves the last committed state: the old store got that by rewriting one JSON file,
which cost seconds per write at 50,000 people), WAL lets questions read while a write runs,
and its indexes let a question read a topic's few rows instead of loading the whole graph.
A key-value file (dbm, shelve) has no transactions over several keys and no secondary
indexes; a pickled graph must be loaded whole.

A write is two transactions under the lock: the claims and a bumped claims version, then the
derived rows, stamped with what they were derived from (claims version, decisions, reference
data, formats). A process killed between the two leaves claims whose derived rows are stale:
the next process to read sees the stamp differ and derives them again. While a writer holds
the lock, questions read the rows of the last completed write.

A write of one new document (not a directory) into a store whose rows are current derives
that document's rows alone (graph.derive.increment: exactly what deriving every document
would give, or it falls back to that), in the same second transaction under the same stamp,
from the state the last full derivation kept (graph.stores.increment_state); `derivation`
says which way the last write went.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx
import orjson
import yaml

from graph.derive.build import derive_graph
from graph.derive.increment import add_one
from graph.derive.increment_resolve import Fallback, resolve_one
from graph.derive.ranking import FORMAT as RANKING_FORMAT
from graph.errors import StoreError
from graph.model import DocumentClaims, ResolutionDecision
from graph.nogc import no_gc
from graph.privacy import PRIVACY_FORMAT, admit, register_of, scrub
from graph.privacy.ledger import lists_people
from graph.stores import sql
from graph.stores.contract import (
    Collaborators,
    DecisionChange,
    LedgerEntry,
    atomic_write,
    exclusive_lock,
)
from graph.stores.derived_rows import write_derived
from graph.stores.increment_rows import write_delta
from graph.stores.increment_state import StoredState, update_state, write_state
from graph.stores.ledger_rows import put_documents, read_state, transaction

log = logging.getLogger(__name__)

STORE_FORMAT = "2"  # 1 was state.json
DERIVED_FORMAT = "10"  # bump when the derived rows' shape changes: stores derive them again
DECISIONS_WAIT_S = 30.0  # how long recording a ruling waits for another writer
Resolver = Callable[[Sequence[DocumentClaims], Sequence[ResolutionDecision]], Any]
REFERENCE_DATA = Path(__file__).resolve().parents[1] / "reference" / "data"


@cache
def reference_fingerprint() -> str:
    """Changes when the gazetteers or the topic vocabulary do (the graph derives from them)."""
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted(REFERENCE_DATA.iterdir()):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


class EmbeddedStore(Collaborators):
    """A GraphStore kept in a data directory (the questions over it: query.backends.sqlite)."""

    kind = "embedded"

    def __init__(self, data_dir: Path, resolver: Any = None, gazetteer: Any = None) -> None:
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / "store.db"
        self.decisions_path = self.data_dir / "decisions.yaml"
        self.legacy_path = self.data_dir / "state.json"
        self._resolver = resolver
        self._gazetteer = gazetteer
        self._conn: sqlite3.Connection | None = None
        self._mutex = threading.RLock()  # one connection, shared by an API process's threads
        self._graph: nx.MultiDiGraph | None = None
        self._graph_stamp = ""
        self.migrated = ""  # the one-line notice when this open migrated an older store
        # how the last write derived its rows: "one document", or "every document" and why
        self.derivation = ""
        if self.legacy_path.exists():
            self._migrate()

    # -- the database -----------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection | None:
        """The open connection; None when there is no store.db yet (a question never makes a
        data directory)."""
        if self._conn is None and not self.db_path.exists():
            return None
        return self._open()

    def _open(self) -> sqlite3.Connection:
        """The open connection, creating store.db and its tables when there are none."""
        if self._conn is None:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            try:
                conn = sqlite3.connect(
                    self.db_path, isolation_level=None, check_same_thread=False, timeout=30.0
                )
                for pragma in sql.PRAGMAS:
                    conn.execute(pragma)
                found = (
                    conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
                    and conn.execute(sql.GET_META, ("format",)).fetchone()
                )
                if found and found[0] != STORE_FORMAT:
                    raise StoreError(f"{self.db_path}: unsupported store format {found[0]!r}")
                if not found:
                    with transaction(conn):
                        for statement in (*sql.LEDGER_SCHEMA, *sql.DERIVED_SCHEMA):
                            conn.execute(statement)
                        conn.execute(sql.SET_META, ("format", STORE_FORMAT))
            except sqlite3.Error as e:
                raise StoreError(f"{self.db_path}: cannot read store ({e})") from e
            self._conn = conn
        return self._conn

    def _rows(self, query: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._mutex:
            conn = self._connection()
            if conn is None:
                return []
            try:
                return conn.execute(query, params).fetchall()
            except sqlite3.Error as e:
                raise StoreError(f"{self.db_path}: cannot read store ({e})") from e

    def read(self, query: str, *params: Any) -> list[Any]:
        """Rows of one query from graph.stores.sql (for query.backends.sqlite)."""
        return self._rows(query, params)

    def _meta(self, name: str) -> str:
        found = self._rows(sql.GET_META, (name,))
        return str(found[0][0]) if found else ""

    # -- migrating a state.json store -----------------------------------------------------------

    def _migrate(self) -> None:
        """Move an older qkg's state.json into store.db once, keeping the file renamed."""
        with exclusive_lock(self.data_dir / ".lock", wait=DECISIONS_WAIT_S):
            if not self.legacy_path.exists():
                return  # another process migrated it meanwhile
            docs = read_state(self.legacy_path)
            conn = self._open()
            with self._mutex, transaction(conn):
                if not conn.execute(sql.GET_META, ("migrated",)).fetchone():
                    put_documents(conn, docs.values())
                    conn.execute(sql.SET_META, ("migrated", self.legacy_path.name))
                    self._bump(conn)
            kept = self.legacy_path.with_name(self.legacy_path.name + ".migrated")
            os.replace(self.legacy_path, kept)
            self.migrated = (
                f"migrated {self.legacy_path} ({len(docs)} documents) to {self.db_path}; "
                f"the old file is kept as {kept.name}"
            )
            log.warning("%s", self.migrated)
            self._refresh(list(docs.values()))

    # -- the contract -----------------------------------------------------------------------------

    def ledger(self) -> dict[str, LedgerEntry]:
        return {row[0]: LedgerEntry(*row) for row in self._rows(sql.LEDGER)}

    def claims(self, doc_id: str) -> DocumentClaims | None:
        found = self._rows(sql.CLAIMS_ONE, (doc_id,))
        return DocumentClaims.from_dict(orjson.loads(found[0][0])) if found else None

    def all_claims(self) -> list[DocumentClaims]:
        return [DocumentClaims.from_dict(orjson.loads(r[0])) for r in self._rows(sql.CLAIMS_ALL)]

    def person_names(self, doc_ids: Sequence[str], first_words: Sequence[str]) -> list[str]:
        if not doc_ids or not first_words:
            return []
        words, docs = (orjson.dumps(list(x)).decode() for x in (first_words, doc_ids))
        return [row[0] for row in self._rows(sql.PERSONS_OF_DOCS, (words, docs))]

    def decisions(self) -> list[ResolutionDecision]:
        if not self.decisions_path.exists():
            return []
        try:
            raw = yaml.safe_load(self.decisions_path.read_text("utf-8")) or {}
            return [ResolutionDecision.from_dict(d) for d in raw.get("decisions", [])]
        except (OSError, yaml.YAMLError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise StoreError(f"{self.decisions_path}: invalid decisions file ({e})") from e

    def apply(self, upserts: Sequence[DocumentClaims], forget: Sequence[str] = ()) -> None:
        if not upserts and not forget:
            return
        # admitting, deriving and writing make millions of small objects and no cycles that
        # need collecting meanwhile: the collector's passes over them cost a quarter of a
        # write's time (graph.nogc)
        with exclusive_lock(self.data_dir / ".lock"), no_gc():
            conn = self._open()
            with self._mutex, transaction(conn):
                one = self._admit_one(conn, upserts, forget)
                if one is None:
                    # read under the lock: another writer may have run; then admit the new
                    # claims (contact details masked, people without consent withheld:
                    # graph.privacy)
                    stored = {
                        d.doc_id: d
                        for d in (
                            DocumentClaims.from_dict(orjson.loads(r[0]))
                            for r in conn.execute(sql.CLAIMS_ALL)
                        )
                    }
                    docs, written = admit(stored, upserts, forget)
                    conn.executemany(sql.DROP_DOCUMENT, [(k,) for k in stored if k not in docs])
                else:
                    written = [one]
                put_documents(conn, written)
                self._bump(conn)
            if one is not None:
                try:
                    self._refresh_one(one)
                    self.derivation = "one document"
                    return
                except Fallback as e:
                    log.info("deriving every document again: %s", e)
                    self.derivation = f"every document ({e})"
            else:
                self.derivation = "every document"
            self._refresh(self.all_claims() if one is not None else [docs[k] for k in sorted(docs)])

    def _admit_one(
        self,
        conn: sqlite3.Connection,
        upserts: Sequence[DocumentClaims],
        forget: Sequence[str],
    ) -> DocumentClaims | None:
        """The one new document of this write, admitted, when it can be derived alone
        (graph.derive.increment): a new document, not a directory, into a store whose derived
        rows are current; else None (the write reads and admits every document)."""
        if forget or len(upserts) != 1 or not self.derived_current():
            return None
        doc = upserts[0]
        state = StoredState(conn)
        if lists_people(doc) or not state.ready():
            return None
        if conn.execute(sql.CLAIMS_ONE, (doc.doc_id,)).fetchone():
            return None
        register = state.register()
        if register_of([doc]) != register_of([]):
            return None
        return scrub(doc, register)

    def set_decisions(self, decisions: Sequence[ResolutionDecision]) -> None:
        self.update_decisions(lambda _current: list(decisions))

    def update_decisions(self, change: DecisionChange) -> list[ResolutionDecision]:
        # a ruling is quick to write: wait for another writer rather than refuse
        with exclusive_lock(self.data_dir / ".lock", wait=DECISIONS_WAIT_S):
            decisions = change(self.decisions())
            body = yaml.safe_dump(
                {"decisions": [d.to_dict() for d in decisions]}, sort_keys=False, allow_unicode=True
            )
            header = "# qkg resolution decisions: edit freely; applied on every build\n"
            atomic_write(self.decisions_path, (header + body).encode("utf-8"))
            if self._connection() is not None:
                self._refresh(self.all_claims())
            return decisions

    def graph(self) -> nx.MultiDiGraph:
        stamp = self.stamp()
        if self._graph is None or self._graph_stamp != stamp:
            self._graph = self._derive(self.all_claims())
            self._graph_stamp = stamp
        return self._graph

    def stats(self) -> dict[str, Any]:
        documents, words = (self._rows(sql.DOCUMENT_COUNTS) or [(0, 0)])[0]
        if self.derived_current() or self.refresh_derived() or self.derived_stamp():
            counts = orjson.loads(self._meta("counts"))
            nodes, rels = counts["nodes"], counts["relationships"]
        else:
            graph = self.graph()
            nodes = Counter(d["label"] for _k, d in graph.nodes(data=True))
            rels = Counter(k for _u, _v, k in graph.edges(keys=True))
        return {
            "store": "embedded",
            "location": str(self.data_dir),
            "documents": documents,
            "words": words,
            "nodes": dict(sorted(nodes.items())),
            "relationships": dict(sorted(rels.items())),
            "decisions": len(self.decisions()),
            "persons": nodes.get("Person", 0),
        }

    def close(self) -> None:
        with self._mutex:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            self._graph = None

    # -- versions and the derived rows ----------------------------------------------------------

    def version(self) -> str:
        """Changes whenever the answers may: the graph (`stamp`) or the derived rows the
        questions read (`derived_stamp`: they lag while a write is deriving them)."""
        return f"{self.stamp()}#{self.derived_stamp()}"

    def stamp(self) -> str:
        """Changes whenever the graph would: the claims version, the decisions file's content,
        the reference data and the derived rows' formats."""
        try:
            decisions = self.decisions_path.read_bytes()
        except FileNotFoundError:
            decisions = b""
        return "|".join(
            (
                self._meta("version") or "0",
                hashlib.blake2b(decisions, digest_size=8).hexdigest(),
                reference_fingerprint(),
                DERIVED_FORMAT,
                RANKING_FORMAT,
            )
        )

    def derived_stamp(self) -> str:
        """The `stamp` of the claims the derived rows were derived from ("" for none yet)."""
        return self._meta("derived")

    def derived_current(self) -> bool:
        """Whether the derived rows in store.db are those of the current claims."""
        derived = self.derived_stamp()
        return bool(derived) and derived == self.stamp()

    def refresh_derived(self) -> bool:
        """Derive the rows again if they are stale; False when another writer holds the lock
        (or there is no store.db yet)."""
        if self._connection() is None:
            return False
        try:
            with exclusive_lock(self.data_dir / ".lock"):
                if not self.derived_current():
                    self._refresh(self.all_claims())
            return True
        except StoreError:
            return False

    def _derive(self, claims: list[DocumentClaims]) -> nx.MultiDiGraph:
        decisions = self.decisions()
        resolution = self.resolver.resolve(claims, decisions)
        return derive_graph(claims, resolution.name, self.gazetteer, decisions)[0]

    def _refresh(self, claims: list[DocumentClaims]) -> None:
        """Derive the graph from `claims` and store its rows, and the state deriving one more
        document alone starts from (the caller holds the lock)."""
        stamp = self.stamp()
        decisions = self.decisions()
        resolution = self.resolver.resolve(claims, decisions)
        graph, withholding = derive_graph(claims, resolution.name, self.gazetteer, decisions)
        conn = self._open()
        with self._mutex:
            with transaction(conn):
                written = write_derived(conn, graph)
                admitted = all(d.privacy >= PRIVACY_FORMAT for d in claims)
                write_state(conn, resolution, withholding, register_of(claims), admitted)
                conn.execute(sql.SET_META, ("derived", stamp))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no old pages left in the WAL
        self._graph, self._graph_stamp = graph, stamp
        log.debug("derived rows written: %s", written)

    def _refresh_one(self, doc: DocumentClaims) -> None:
        """Derive one new document's rows alone (graph.derive.increment), or raise Fallback
        (the caller holds the lock; the claims are written, the derived rows those of the
        write before)."""
        stamp = self.stamp()
        decisions = self.decisions()
        conn = self._open()
        with self._mutex:
            state = StoredState(conn)
            resolved = resolve_one(doc, self.resolver, decisions, state)
            delta = add_one(doc, resolved, decisions, self.gazetteer, state)
            with transaction(conn):
                written = write_delta(conn, delta)
                update_state(conn, state, resolved, delta)
                conn.execute(sql.SET_META, ("derived", stamp))
        self._graph = None
        log.debug("one document's rows written: %s", written)

    @staticmethod
    def _bump(conn: sqlite3.Connection) -> None:
        found = conn.execute(sql.GET_META, ("version",)).fetchone()
        conn.execute(sql.SET_META, ("version", str(int(found[0]) + 1 if found else 1)))
