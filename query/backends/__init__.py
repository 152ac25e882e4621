"""One backend per store: the embedded store's networkx graph (`embedded`) and Neo4j's Cypher
(`neo4j`), both answering the `query.backend.QueryBackend` contract. `backend_for(store)`
chooses."""

from __future__ import annotations

from typing import Any

from query.backend import QueryBackend


def backend_for(store: Any) -> QueryBackend:
    """The query backend that answers over `store` (Neo4j in Cypher, else the derived graph)."""
    from graph.stores.neo4j import Neo4jStore

    if isinstance(store, Neo4jStore):
        from query.backends.neo4j import Neo4jBackend

        return Neo4jBackend(store)
    from query.backends.embedded import EmbeddedBackend

    return EmbeddedBackend(store.graph())
