"""Every SQL statement the embedded store (graph.stores.embedded) and its query backend
(query.backends.sqlite) send to SQLite, in one place.

Values always travel as parameters; a list of keys travels as one JSON array and is read with
`json_each`, so a question never formats a value into SQL text and never meets SQLite's limit
on the number of parameters.

Two groups of tables live in `store.db`:
- the ledger, the system of record: one `documents` row per ingested document, its claims an
  orjson blob; and `meta` (the store format and the claims version, bumped by every write);
- the derived data, a pure function of the claims, the decisions and the reference data: the
  graph's `nodes` and `edges` (their networkx attributes as JSON, graph.stores.derived_rows),
  and the question indexes — `facets` (boundary sides of people and organisations),
  `coverage` (places and nations of evidence items and workshops), `ranking` (one row per
  topic or challenge, graph.derive.ranking), `passages`, `texts` and `indexes` (the evidence
  texts' TF-IDF model, graph.derive.tfidf, and the topics' hidden labels, for search).
  `meta.derived` names the claims version, decisions and reference data they were derived
  from;
- beside them, what the last full derivation decided, so that one more document can be
  derived alone (graph.stores.increment_state): `resolved`, `acronyms`, `rekeyed`, `hidden`,
  `pairs` and `increment`.
"""

from __future__ import annotations

from graph.model import SOURCE_LINKS

IN_KEYS = "(SELECT value FROM json_each(?))"  # a JSON array of keys as a set of values

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # a commit is on disk when it returns (WAL: fsync per commit)
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",  # a scrubbed or forgotten document leaves no old bytes behind
    "PRAGMA busy_timeout=30000",
)

LEDGER_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS documents (
        doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, content_hash TEXT NOT NULL,
        kind TEXT NOT NULL, ingested_at TEXT NOT NULL, source TEXT NOT NULL,
        words INTEGER NOT NULL, claims BLOB NOT NULL)""",
)
# dropped and made again whenever the derived rows are written; the narrow tables read in key
# order are clustered by key (WITHOUT ROWID), the ones holding big JSON values are not
DERIVED_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS nodes (
        key TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL,
        withheld INTEGER NOT NULL, aliases TEXT NOT NULL) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS nodes_label ON nodes (label)",
    # a node's attributes apart, so that reading every name scans a narrow table
    "CREATE TABLE IF NOT EXISTS node_data (key TEXT PRIMARY KEY REFERENCES nodes (key), data BLOB)",
    """CREATE TABLE IF NOT EXISTS edges (
        seq INTEGER PRIMARY KEY,
        src TEXT NOT NULL REFERENCES nodes (key),
        rel TEXT NOT NULL,
        dst TEXT NOT NULL REFERENCES nodes (key),
        data BLOB NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS edges_src ON edges (src, rel)",
    "CREATE INDEX IF NOT EXISTS edges_dst ON edges (dst, rel)",
    "CREATE TABLE IF NOT EXISTS facets (key TEXT PRIMARY KEY REFERENCES nodes (key), data BLOB)"
    " WITHOUT ROWID",
    """CREATE TABLE IF NOT EXISTS coverage (
        key TEXT PRIMARY KEY REFERENCES nodes (key),
        places TEXT NOT NULL, nations TEXT NOT NULL) WITHOUT ROWID""",
    "CREATE TABLE IF NOT EXISTS ranking (key TEXT PRIMARY KEY, data BLOB NOT NULL)",
    """CREATE TABLE IF NOT EXISTS passages (
        key TEXT PRIMARY KEY, doc_id TEXT NOT NULL, subject TEXT NOT NULL, rows BLOB NOT NULL)""",
    "CREATE TABLE IF NOT EXISTS texts (key TEXT PRIMARY KEY, text TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS indexes (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
    # what the last full derivation decided, to derive one more document alone
    # (graph.stores.increment_state): every name form resolved and its count, ...
    """CREATE TABLE IF NOT EXISTS resolved (
        label TEXT NOT NULL, surface TEXT NOT NULL, fold TEXT NOT NULL, count INTEGER NOT NULL,
        canonical TEXT NOT NULL, block TEXT NOT NULL, PRIMARY KEY (label, surface))
        WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS resolved_fold ON resolved (label, fold)",
    "CREATE INDEX IF NOT EXISTS resolved_block ON resolved (label, block)",
    "CREATE INDEX IF NOT EXISTS resolved_qualified ON resolved (label) WHERE surface LIKE '% (%)'",
    """CREATE TABLE IF NOT EXISTS acronyms (
        short TEXT NOT NULL, full TEXT NOT NULL, short_fold TEXT NOT NULL,
        full_fold TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (short, full))""",
    "CREATE INDEX IF NOT EXISTS acronyms_short ON acronyms (short_fold)",
    "CREATE INDEX IF NOT EXISTS acronyms_full ON acronyms (full_fold)",
    # ... the nodes withholding renamed, each withheld person's single words, ...
    "CREATE TABLE IF NOT EXISTS rekeyed (pre TEXT PRIMARY KEY, post TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS rekeyed_post ON rekeyed (post)",
    "CREATE TABLE IF NOT EXISTS hidden (key TEXT PRIMARY KEY, words TEXT NOT NULL)",
    # ... the pairs of adjacent capitalised words stored texts hold, and the name sets
    "CREATE TABLE IF NOT EXISTS pairs (pair TEXT PRIMARY KEY) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS increment (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
)
DERIVED_TABLES = (  # children before the nodes they reference
    "increment",
    "pairs",
    "hidden",
    "rekeyed",
    "acronyms",
    "resolved",
    "indexes",
    "texts",
    "passages",
    "ranking",
    "coverage",
    "facets",
    "edges",
    "node_data",
    "nodes",
)

# -- meta and the ledger --------------------------------------------------------------------------

GET_META = "SELECT value FROM meta WHERE name = ?"
SET_META = (
    "INSERT INTO meta (name, value) VALUES (?, ?) "
    "ON CONFLICT (name) DO UPDATE SET value = excluded.value"
)
LEDGER = (
    "SELECT doc_id, path, content_hash, kind, ingested_at, source FROM documents ORDER BY doc_id"
)
CLAIMS_ONE = "SELECT claims FROM documents WHERE doc_id = ?"
# the persons some documents name, as derived (read from each person's list of documents),
# whose first word is one of some words (first the narrow table, then the documents)
PERSONS_OF_DOCS = """SELECT DISTINCT n.name FROM nodes n JOIN node_data d ON d.key = n.key,
    json_each(CAST(d.data AS TEXT), '$.docs."~set"') j
    WHERE n.label = 'Person'
    AND substr(n.name, 1, instr(n.name || ' ', ' ') - 1) IN (SELECT value FROM json_each(?))
    AND j.value IN (SELECT value FROM json_each(?))"""
CLAIMS_ALL = "SELECT claims FROM documents ORDER BY doc_id"
PUT_DOCUMENT = """INSERT INTO documents
    (doc_id, path, content_hash, kind, ingested_at, source, words, claims)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (doc_id) DO UPDATE SET path = excluded.path,
    content_hash = excluded.content_hash, kind = excluded.kind,
    ingested_at = excluded.ingested_at, source = excluded.source, words = excluded.words,
    claims = excluded.claims"""
DROP_DOCUMENT = "DELETE FROM documents WHERE doc_id = ?"
DOCUMENT_COUNTS = "SELECT count(*), coalesce(sum(words), 0) FROM documents"

# -- writing the derived data ----------------------------------------------------------------------

PUT_NODE = "INSERT INTO nodes (key, label, name, withheld, aliases) VALUES (?, ?, ?, ?, ?)"
PUT_NODE_DATA = "INSERT INTO node_data (key, data) VALUES (?, ?)"
PUT_EDGE = "INSERT INTO edges (src, rel, dst, data) VALUES (?, ?, ?, ?)"
PUT_FACETS = "INSERT INTO facets (key, data) VALUES (?, ?)"
PUT_COVERAGE = "INSERT INTO coverage (key, places, nations) VALUES (?, ?, ?)"
PUT_RANKING = "INSERT INTO ranking (key, data) VALUES (?, ?)"
PUT_PASSAGES = "INSERT INTO passages (key, doc_id, subject, rows) VALUES (?, ?, ?, ?)"
PUT_TEXT = "INSERT INTO texts (key, text) VALUES (?, ?)"
PUT_INDEX = "INSERT INTO indexes (name, value) VALUES (?, ?)"

# -- deriving one more document (graph.stores.increment_state, increment_rows) ---------------------

PUT_RESOLVED = """INSERT INTO resolved (label, surface, fold, count, canonical, block)
    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (label, surface) DO UPDATE SET
    count = excluded.count, canonical = excluded.canonical, block = excluded.block"""
RESOLVED_FOLDS = (
    "SELECT surface, fold, count, canonical, block FROM resolved INDEXED BY resolved_fold "
    f"WHERE label = ? AND fold IN {IN_KEYS}"
)
RESOLVED_SURFACES = (
    "SELECT surface, fold, count, canonical, block FROM resolved "
    f"WHERE label = ? AND surface IN {IN_KEYS}"
)
RESOLVED_BLOCKS = (
    "SELECT surface, fold, count, canonical, block FROM resolved INDEXED BY resolved_block "
    f"WHERE label = ? AND block IN {IN_KEYS}"
)
RESOLVED_QUALIFIED = (
    "SELECT surface FROM resolved WHERE label = 'Person' AND surface LIKE '% (%)' ORDER BY surface"
)
PUT_ACRONYM = """INSERT INTO acronyms (short, full, short_fold, full_fold, count)
    VALUES (?, ?, ?, ?, ?) ON CONFLICT (short, full) DO UPDATE SET count = excluded.count"""
ACRONYMS_OF = f"""SELECT short, full, count FROM acronyms WHERE short_fold IN (
    SELECT value FROM json_each(?) UNION
    SELECT short_fold FROM acronyms WHERE full_fold IN {IN_KEYS})"""
PUT_REKEYED = "INSERT OR REPLACE INTO rekeyed (pre, post) VALUES (?, ?)"
REKEYED = f"SELECT pre, post FROM rekeyed WHERE pre IN {IN_KEYS}"
REKEY_TARGETS = f"SELECT post FROM rekeyed WHERE post IN {IN_KEYS}"
PUT_HIDDEN = "INSERT OR REPLACE INTO hidden (key, words) VALUES (?, ?)"
HIDDEN = f"SELECT key, words FROM hidden WHERE key IN {IN_KEYS}"
PUT_PAIR = "INSERT OR IGNORE INTO pairs (pair) VALUES (?)"
PAIRS = f"SELECT pair FROM pairs WHERE pair IN {IN_KEYS}"
PUT_INCREMENT = "INSERT OR REPLACE INTO increment (name, value) VALUES (?, ?)"
INCREMENT = "SELECT value FROM increment WHERE name = ?"
REPLACE_NODE = (
    "INSERT OR REPLACE INTO nodes (key, label, name, withheld, aliases) VALUES (?, ?, ?, ?, ?)"
)
REPLACE_NODE_DATA = "INSERT OR REPLACE INTO node_data (key, data) VALUES (?, ?)"
# a node has few relationships of one type out, but may have thousands in (a nation)
EDGE_AT = "SELECT seq, data FROM edges INDEXED BY edges_src WHERE src = ? AND rel = ? AND dst = ?"
SET_EDGE = "UPDATE edges SET data = ? WHERE seq = ?"
REPLACE_FACETS = "INSERT OR REPLACE INTO facets (key, data) VALUES (?, ?)"
REPLACE_COVERAGE = "INSERT OR REPLACE INTO coverage (key, places, nations) VALUES (?, ?, ?)"
REPLACE_RANKING = "INSERT OR REPLACE INTO ranking (key, data) VALUES (?, ?)"
DROP_RANKING = "DELETE FROM ranking WHERE key = ?"
REPLACE_PASSAGES = (
    "INSERT OR REPLACE INTO passages (key, doc_id, subject, rows) VALUES (?, ?, ?, ?)"
)
REPLACE_TEXT = "INSERT OR REPLACE INTO texts (key, text) VALUES (?, ?)"
REPLACE_INDEX = "INSERT OR REPLACE INTO indexes (name, value) VALUES (?, ?)"
IN_EDGES_OF_RELS = (
    f"SELECT seq, src, rel, dst, data FROM edges WHERE dst IN {IN_KEYS} AND rel IN {IN_KEYS}"
)
OUT_EDGES_OF_RELS = (
    f"SELECT seq, src, rel, dst, data FROM edges WHERE src IN {IN_KEYS} AND rel IN {IN_KEYS}"
)

# -- the questions (query.backends.sqlite) --------------------------------------------------------

NODES_OF_LABEL = "SELECT key, name, aliases FROM nodes WHERE label = ? ORDER BY key"
EDGES_OF_LABEL = (  # the relationships of one type out of the nodes with one label
    "SELECT e.src, e.dst FROM nodes n JOIN edges e ON e.src = n.key AND e.rel = ? WHERE n.label = ?"
)
NODE = "SELECT data FROM node_data WHERE key = ?"
NODES_DATA = f"SELECT key, data FROM node_data WHERE key IN {IN_KEYS}"
NODES_BRIEF = f"SELECT key, label, name FROM nodes WHERE key IN {IN_KEYS}"
OUT_EDGES = f"SELECT seq, src, rel, dst, data FROM edges WHERE src IN {IN_KEYS}"
OUT_EDGES_OF = f"SELECT seq, src, rel, dst, data FROM edges WHERE src IN {IN_KEYS} AND rel = ?"
IN_EDGES_OF = f"SELECT seq, src, rel, dst, data FROM edges WHERE dst IN {IN_KEYS} AND rel = ?"
SOURCES_OF_REL = f"SELECT DISTINCT src FROM edges WHERE dst IN {IN_KEYS} AND rel = ?"
FACETS = f"SELECT key, data FROM facets WHERE key IN {IN_KEYS}"
COVERAGE = f"SELECT key, places, nations FROM coverage WHERE key IN {IN_KEYS}"
RANKING = f"SELECT key, data FROM ranking WHERE key IN {IN_KEYS} ORDER BY key"
LABELLED = f"SELECT key FROM nodes WHERE key IN {IN_KEYS} AND label = ?"
TEXTS = "SELECT key, text FROM texts ORDER BY key"
INDEX = "SELECT value FROM indexes WHERE name = ?"
PASSAGES = "SELECT doc_id, subject, rows FROM passages ORDER BY key"
SUBJECT_LINKS = (
    f"SELECT src, rel, dst, data FROM edges WHERE dst IN {IN_KEYS} "
    f"AND rel IN ({', '.join(repr(r) for r in SOURCE_LINKS)})"
)
NAMES = (
    "SELECT key, label, name, aliases FROM nodes "
    "WHERE label NOT IN ('Document', 'Learning') AND withheld = 0 ORDER BY key"
)
# every relationship of one node but MENTIONS, with the node at its other end
NEIGHBOURS = """
SELECT e.seq, e.src, e.rel, e.dst, e.data, n.label, n.withheld FROM edges e
  JOIN nodes n ON n.key = e.dst WHERE e.src = ? AND e.rel <> 'MENTIONS'
UNION ALL
SELECT e.seq, e.src, e.rel, e.dst, e.data, n.label, n.withheld FROM edges e
  JOIN nodes n ON n.key = e.src WHERE e.dst = ? AND e.rel <> 'MENTIONS'
"""
# the same without the relationships' data, for walking paths
WALK = """
SELECT e.dst, n.label, n.withheld FROM edges e
  JOIN nodes n ON n.key = e.dst WHERE e.src = ? AND e.rel <> 'MENTIONS'
UNION ALL
SELECT e.src, n.label, n.withheld FROM edges e
  JOIN nodes n ON n.key = e.src WHERE e.dst = ? AND e.rel <> 'MENTIONS'
"""
NODE_LABEL = "SELECT label, withheld FROM nodes WHERE key = ?"
BETWEEN = """
SELECT seq, src, rel, dst, data FROM edges
WHERE (src = ? AND dst = ?) OR (src = ? AND dst = ?)
"""
