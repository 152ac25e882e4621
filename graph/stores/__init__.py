"""Where the graph is kept. `contract` is what every store honours (ledger, claims, decisions,
`apply`, `graph`); `embedded` keeps it in a data directory with no server; `neo4j` keeps it in a
Neo4j database for a team and the Neo4j Browser (all Cypher in `cypher`).

May import: `graph.model`, `graph.errors`, `graph.reference`, `graph.derive`, `graph.nogc`.
"""
