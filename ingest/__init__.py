"""The ingest layer: from files to claims in a store. `readers` turn each file into a typed
document (text plus structure and metadata); `extract` finds people, organisations, places,
topics, evidence and learning in it with spaCy components and rules, every fact with its
source quote; `pipeline` runs both over a batch and applies the claims to a store.

May import: `graph` (the model, reference data and the store contract). Never `query`, `api`
or `cli`.
"""
