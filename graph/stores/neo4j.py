"""The Neo4j store: the team's shared graph, over Bolt with the official driver.

What is stored:
- every document's claims on a `QkgClaims` node (the ledger, the system of record), and the
  merge/split decisions on a `QkgMeta` node;
- the graph derived from them — the same graph the embedded store builds, by the same code —
  as domain-labelled nodes (each also `Entity`, keyed by `key`) and typed relationships;
  people and organisations carry their boundary sides, evidence and workshops the places
  and nations they cover, as `facet_*` properties (graph.derive.sides), kept up to date by the
  same sync;
- the people-ranking index (graph.derive.ranking) as one `QkgRanking` node per topic or challenge,
  also derived and synced with the graph (and rebuilt on open if an older qkg wrote it).

A write takes the server's write lease (one qkg writer at a time, like the embedded store's
file lock), derives the new graph, then brings Neo4j to it with idempotent `MERGE`s in
`UNWIND $rows` batches (only nodes and relationships whose content hash changed), deletes
what no longer exists, and only then records the documents in the ledger. Each batch is a
managed transaction, retried on transient errors. If the server goes away mid-write, running
the same ingest again redoes it from the ledger: nothing is duplicated or lost.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import networkx as nx
import orjson

from graph.derive.build import build_graph
from graph.derive.ranking import FORMAT as RANKING_FORMAT
from graph.derive.sides import coverage_of, facets_of
from graph.errors import StoreError
from graph.model import DocumentClaims, Label, Rel, ResolutionDecision
from graph.privacy import admit
from graph.stores import cypher
from graph.stores.contract import Collaborators, DecisionChange, LedgerEntry
from graph.stores.neo4j_lease import LeaseBusy, WriteLease
from graph.stores.neo4j_rows import graph_rows, ranking_rows

log = logging.getLogger(__name__)

BATCH = 5_000
DECISIONS_WAIT_S = 30.0  # how long recording a ruling waits for another writer's lease


def _new_and_changed(
    rows: list[dict[str, Any]], have: dict[str, str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows whose key the server lacks (to CREATE), and rows whose content hash differs."""
    new, changed = [], []
    for row in rows:
        if row["key"] not in have:
            new.append(row)
        elif have[row["key"]] != row["props"]["_h"]:
            changed.append(row)
    return new, changed


def _batches(rows: list[Any], size: int = BATCH) -> Iterable[list[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


class Neo4jStore(Collaborators):
    """A GraphStore on a Neo4j server (the questions over it: query.backends.neo4j)."""

    kind = "neo4j"

    def __init__(
        self,
        uri: str,
        user: str,
        password: str,
        database: str = "neo4j",
        resolver: Any = None,
        gazetteer: Any = None,
        retry_seconds: float = 30.0,
        lease_seconds: float = 300.0,
    ) -> None:
        """`retry_seconds`: how long a write keeps retrying transient errors before failing;
        `lease_seconds`: how long a writer that died keeps others out."""
        from neo4j import GraphDatabase

        self.uri, self.database = uri, database
        self.lease = WriteLease(self._run_write, uri, lease_seconds)
        self._resolver, self._gazetteer = resolver, gazetteer
        self._graph: nx.MultiDiGraph | None = None
        self._graph_version: str | None = None
        self.last_sync: dict[str, int] = {}  # what the last sync wrote, and how long it took
        try:
            self.driver = GraphDatabase.driver(
                uri,
                auth=(user, password),
                max_transaction_retry_time=retry_seconds,
                notifications_min_severity="OFF",  # e.g. "type CONTRIBUTED_TO does not exist yet"
            )
        except Exception as e:  # the driver rejects malformed URIs with ValueError and others
            raise StoreError(f"Neo4j at {uri}: cannot connect ({_reason(e)})") from e
        self._setup()

    def _setup(self) -> None:
        """Constraints and indexes, created on first use (each statement is idempotent)."""
        try:
            with self.driver.session(database=self.database) as session:
                for statement in cypher.SCHEMA:
                    session.run(statement).consume()
        except Exception as e:
            raise _store_error(self.uri, "set up", e) from e
        self._upgrade()

    def _ranking_current(self) -> bool:
        found = self._read(cypher.GET_META, id="ranking")
        return bool(found) and found[0]["value"] == RANKING_FORMAT

    def _upgrade(self) -> None:
        """Build the ranking index if an older qkg wrote this graph. When another process
        holds the write lease (say, another API worker opening the same graph, doing this
        very thing), wait for it to finish rather than fail."""
        if self._ranking_current() or not self._read(cypher.CLAIM_DOCS)[0]["documents"]:
            return
        log.warning("Neo4j at %s: building the ranking index (missing or older)", self.uri)
        deadline = time.monotonic() + self.lease.seconds
        while True:
            try:
                with self.lease.hold():
                    if not self._ranking_current():
                        self._sync(self._derive(self.all_claims(), self.decisions()))
                        self._bump()
                    return
            except LeaseBusy:
                if time.monotonic() > deadline:
                    raise
            time.sleep(1.0)
            if self._ranking_current():
                return

    # -- plumbing --------------------------------------------------------------------------------

    def _run_write(self, work: Any, what: str = "write") -> Any:
        try:
            with self.driver.session(database=self.database) as session:
                return session.execute_write(work)
        except Exception as e:
            raise _store_error(self.uri, what, e) from e

    def _read(self, query: str, **params: Any) -> list[Any]:
        try:
            records, _summary, _keys = self.driver.execute_query(
                query, params, database_=self.database, routing_="r"
            )
            return list(records)
        except Exception as e:
            raise _store_error(self.uri, "read", e) from e

    def _write_rows(self, query: str, rows: list[dict[str, Any]]) -> None:
        for batch in _batches(rows):
            self.lease.renew()
            self._run_write(lambda tx, b=batch: tx.run(query, rows=b).consume())

    # -- the contract ----------------------------------------------------------------------------

    def ledger(self) -> dict[str, LedgerEntry]:
        return {
            r["doc_id"]: LedgerEntry(
                r["doc_id"],
                r["path"],
                r["content_hash"],
                r["kind"],
                r["ingested_at"],
                r["source"] or "",
            )
            for r in self._read(cypher.LEDGER)
        }

    def claims(self, doc_id: str) -> DocumentClaims | None:
        found = self._read(cypher.CLAIMS_ONE, doc_id=doc_id)
        return DocumentClaims.from_dict(orjson.loads(found[0]["claims"])) if found else None

    def person_names(self, doc_ids: Sequence[str], first_words: Sequence[str]) -> list[str]:
        if not doc_ids or not first_words:
            return []
        found = self._read(cypher.PERSONS_OF_DOCS, docs=list(doc_ids), words=list(first_words))
        return [str(row["name"]) for row in found]

    def all_claims(self) -> list[DocumentClaims]:
        return [
            DocumentClaims.from_dict(orjson.loads(r["claims"]))
            for r in self._read(cypher.CLAIMS_ALL)
        ]

    def decisions(self) -> list[ResolutionDecision]:
        found = self._read(cypher.GET_META, id="decisions")
        raw = orjson.loads(found[0]["value"]) if found and found[0]["value"] else []
        return [ResolutionDecision.from_dict(d) for d in raw]

    def apply(self, upserts: Sequence[DocumentClaims], forget: Sequence[str] = ()) -> None:
        if not upserts and not forget:
            return
        with self.lease.hold():
            self._apply(upserts, forget)

    def _apply(self, upserts: Sequence[DocumentClaims], forget: Sequence[str]) -> None:
        stored = {d.doc_id: d for d in self.all_claims()}
        # contact details masked, people without consent withheld (graph.privacy); documents
        # stored before are written again when they had to be scrubbed too
        docs, written = admit(stored, upserts, forget)
        self._sync(self._derive(list(docs.values()), self.decisions()))
        rows = [
            {
                "doc_id": d.doc_id,
                "props": {
                    "path": d.path,
                    "source": d.source,
                    "content_hash": d.content_hash,
                    "kind": d.kind,
                    "ingested_at": d.ingested_at,
                    "words": d.words,
                    "claims": orjson.dumps(d.to_dict()).decode(),
                },
            }
            for d in written
        ]
        self._write_rows(cypher.PUT_CLAIMS, rows)
        if forget:
            self._run_write(lambda tx: tx.run(cypher.DROP_CLAIMS, doc_ids=list(forget)).consume())
        self._bump()

    def set_decisions(self, decisions: Sequence[ResolutionDecision]) -> None:
        self.update_decisions(lambda _current: list(decisions))

    def update_decisions(self, change: DecisionChange) -> list[ResolutionDecision]:
        with self.lease.hold(wait=DECISIONS_WAIT_S):  # read, change and write under the lease
            decisions = change(self.decisions())
            value = orjson.dumps([d.to_dict() for d in decisions]).decode()
            self._sync(self._derive(self.all_claims(), decisions))
            self._run_write(
                lambda tx: tx.run(cypher.SET_META, id="decisions", value=value).consume()
            )
            self._bump()
            return decisions

    def graph(self) -> nx.MultiDiGraph:
        """The derived graph as networkx (for analytics and export), rebuilt from the ledger."""
        version = self.version()
        if self._graph is None or self._graph_version != version:
            self._graph = self._derive(self.all_claims(), self.decisions())
            self._graph_version = version
        return self._graph

    def stats(self) -> dict[str, Any]:
        nodes = {r["label"]: r["n"] for r in self._read(cypher.NODE_COUNTS)}
        rels = {r["rel"]: r["n"] for r in self._read(cypher.REL_COUNTS)}
        docs = self._read(cypher.CLAIM_DOCS)[0]
        return {
            "store": "neo4j",
            "location": f"{self.uri} ({self.database})",
            "documents": docs["documents"],
            "words": docs["words"] or 0,
            "nodes": dict(sorted(nodes.items())),
            "relationships": dict(sorted(rels.items())),
            "decisions": len(self.decisions()),
            "persons": nodes.get("Person", 0),
        }

    def close(self) -> None:
        self.driver.close()

    def version(self) -> str:
        found = self._read(cypher.GET_META, id="version")
        return str(found[0]["value"]) if found else "0"

    # -- deriving and syncing the graph ----------------------------------------------------------

    def _derive(
        self, claims: list[DocumentClaims], decisions: list[ResolutionDecision]
    ) -> nx.MultiDiGraph:
        resolution = self.resolver.resolve(claims, decisions)
        return build_graph(claims, resolution.name, self.gazetteer, decisions)

    def _hashes(self, queries: list[str]) -> dict[str, str]:
        """key -> content hash of what the server holds, one collected record per type."""
        return {key: h for query in queries for key, h in self._read(query)[0]["rows"]}

    def _write_changed(
        self,
        groups: dict[str, list[dict[str, Any]]],
        have: dict[str, str],
        create: Callable[[str], str],
        merge: Callable[[str], str],
    ) -> int:
        """Per label (or type): CREATE the rows the server lacks, MERGE the changed ones."""
        written = 0
        for name, rows in sorted(groups.items()):
            new, changed = _new_and_changed(rows, have)
            self._write_rows(create(name), new)
            self._write_rows(merge(name), changed)
            written += len(new) + len(changed)
        return written

    def _sync(self, graph: nx.MultiDiGraph) -> None:
        """Make Neo4j hold exactly `graph` (and its ranking index): write what changed,
        delete what is gone."""
        facets = facets_of(graph)
        coverage = coverage_of(graph, facets)
        nodes, rels = graph_rows(graph, facets, coverage)
        have_nodes = self._hashes([cypher.node_hashes(label) for label in Label])
        have_rels = self._hashes([cypher.rel_hashes(rel) for rel in Rel])
        written = Counter[str]()
        start = time.perf_counter()
        written["nodes"] = self._write_changed(
            nodes, have_nodes, cypher.create_nodes, cypher.merge_nodes
        )
        written["node_ms"] = round((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        written["relationships"] = self._write_changed(
            rels, have_rels, cypher.create_rels, cypher.merge_rels
        )
        written["relationship_ms"] = round((time.perf_counter() - start) * 1000)
        wanted_rels = {r["key"] for rows in rels.values() for r in rows}
        stale: dict[str, list[dict[str, str]]] = defaultdict(list)
        stale_keys = have_rels.keys() - wanted_rels
        for key in stale_keys:
            source, rel, target = key.split("|")
            stale[rel].append({"source": source, "target": target, "key": key})
        for rel, rows in sorted(stale.items()):
            self._write_rows(cypher.delete_rels(rel), rows)
        gone = sorted(have_nodes.keys() - set(graph.nodes))
        for batch in _batches(gone):
            self._run_write(lambda tx, b=batch: tx.run(cypher.DELETE_NODES, keys=b).consume())
        written["deleted_nodes"], written["deleted_relationships"] = len(gone), len(stale_keys)
        written["ranking"] = self._sync_ranking(ranking_rows(graph, facets, coverage))
        self.last_sync = dict(written)
        log.debug("synced: %s", self.last_sync)

    def _sync_ranking(self, rows: list[dict[str, Any]]) -> int:
        have = self._hashes([cypher.RANKING_HASHES])
        new, changed = _new_and_changed(rows, have)
        self._write_rows(cypher.CREATE_RANKING, new)
        self._write_rows(cypher.MERGE_RANKING, changed)
        gone = sorted(have.keys() - {row["key"] for row in rows})
        for batch in _batches(gone):
            self._run_write(lambda tx, b=batch: tx.run(cypher.DELETE_RANKING, keys=b).consume())
        self._run_write(
            lambda tx: tx.run(cypher.SET_META, id="ranking", value=RANKING_FORMAT).consume()
        )
        return len(new) + len(changed) + len(gone)

    def _bump(self) -> None:
        version = str(int(self.version()) + 1)
        self._run_write(lambda tx: tx.run(cypher.SET_META, id="version", value=version).consume())


def counts_of(graph: nx.MultiDiGraph) -> tuple[Counter[str], Counter[str]]:
    return (
        Counter(d["label"] for _k, d in graph.nodes(data=True)),
        Counter(k for _u, _v, k in graph.edges(keys=True)),
    )


def _reason(e: Exception) -> str:
    from neo4j.exceptions import Neo4jError

    text = str(e).strip()
    if isinstance(e, Neo4jError) and text.startswith("{") and e.message:
        text = e.message.strip()  # the server's own words, not "{neo4j_code: …} {message: …} …"
    return (text.splitlines()[0] if text else type(e).__name__)[:200]


def _store_error(uri: str, what: str, e: Exception) -> StoreError:
    """One line for a failed read or write. An outage — the server gone, a session expired,
    the database unavailable while it stops or starts — says "not reachable" and, for a write,
    to run the command again (writes are idempotent and the ledger is written last)."""
    from neo4j.exceptions import (
        AuthError,
        DatabaseUnavailable,
        ServiceUnavailable,
        SessionExpired,
        TransientError,
    )

    if isinstance(e, StoreError):
        return e
    if isinstance(e, AuthError):
        return StoreError(
            f"Neo4j at {uri}: authentication failed (check NEO4J_USER and NEO4J_PASSWORD)"
        )
    again = "; run the same command again" if what == "write" else ""
    said = f"{getattr(e, 'code', '') or ''} {e}".lower()
    if isinstance(e, ServiceUnavailable | SessionExpired | OSError | DatabaseUnavailable) or (
        isinstance(e, TransientError) and "unavailable" in said
    ):
        hint = f"{again} once it is back" if again else ""
        return StoreError(f"Neo4j at {uri} is not reachable during {what} ({_reason(e)}){hint}")
    if isinstance(e, TransientError):  # still failing when the driver's retries ran out
        return StoreError(f"Neo4j at {uri} was busy during {what} ({_reason(e)}){again}")
    return StoreError(f"Neo4j at {uri}: {what} failed ({type(e).__name__}: {_reason(e)})")
