"""Reference data qkg ships and reads, never derives: the gazetteers (nations, places,
organisations, professions, sectors, programmes, challenges), the SKOS topic vocabulary and the
forms people's and organisations' names are written in. Data files are in `data/`.

May import: `graph.model`, `graph.errors`.
"""
