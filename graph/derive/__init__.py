"""The derived graph: from every document's claims to one graph, by one set of rules that both
stores share. `resolve` decides which names are one entity (with people's recorded
`decisions`), `build` makes nodes and edges, `sides` says which side of each boundary (nation,
profession, organisation, sector) a person or organisation is on and which nations an item
covers, `ranking` derives the per-topic index the questions rank from.

May import: `graph.model`, `graph.errors`, `graph.reference`, `graph.nogc`.
"""
