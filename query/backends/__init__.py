"""One backend per store: the embedded store's SQLite tables (`sqlite`), Neo4j's Cypher
(`neo4j`), and any store's networkx graph (`embedded`), all answering the
`query.backend.QueryBackend` contract. `backend_for(store)` chooses."""

from __future__ import annotations

from typing import Any

from query.backend import QueryBackend


def backend_for(store: Any) -> QueryBackend:
    """The query backend that answers over `store`: Neo4j in Cypher, the embedded store from its
    derived rows in SQLite, anything else from its derived graph."""
    from graph.stores.neo4j import Neo4jStore

    if isinstance(store, Neo4jStore):
        from query.backends.neo4j import Neo4jBackend

        return Neo4jBackend(store)
    from graph.stores.embedded import EmbeddedStore
    from query.backends.embedded import EmbeddedBackend

    if isinstance(store, EmbeddedStore) and (
        store.derived_current()
        or store.refresh_derived()
        # stale while another process writes and derives them: the rows of the last write
        # (what a question asked a moment earlier would have read)
        or store.derived_stamp()
    ):
        from query.backends.sqlite import SqliteBackend

        return SqliteBackend(store)
    return EmbeddedBackend(store.graph())  # no rows yet (nothing ingested), or another store
