"""Extraction: `RawDocument` -> `DocumentClaims`. The spaCy pipeline (`nlp`) is the model's
`senter` and `ner` plus qkg's components, registered as factories in `factories`: the gazetteer
matcher, entity cleaning (`entity_cleaning`, then whole-document decisions in
`document_entities`) and affiliations (`affiliations`, with `references` for "the trust's chief
executive"). What a document states by its structure (directories, front matter, attendee lists,
learning sections, evidence metadata) is read in `structure` with `line_rules` and `acronyms`.
`extractor.Extractor` runs it all; `claims.ClaimSet` collects the facts with provenance.

May import: `graph`, `ingest.types`.
"""
