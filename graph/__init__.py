"""The graph layer: what qkg knows and how it is kept.

Owns the domain model (`model`: typed records with stable keys, `errors`), the reference data
(`reference`: gazetteers, topic vocabulary, name forms), the rule for personal data
(`privacy`: contact details masked, people without consent withheld), the derived graph
(`derive`: claims resolved into entities, built into nodes and edges, each entity's sides of
the Lab's boundaries, the ranking index), the stores (`stores`: the contract and its embedded
and Neo4j implementations), linked data (`rdf`) and network analytics (`analytics`).

May import: the standard library and third-party packages only. Nothing of qkg's from
`ingest`, `query`, `api` or `cli` (`tests/test_layers.py` holds the rule).
"""
