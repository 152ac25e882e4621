"""Every Cypher statement qkg sends to Neo4j, in one place.

Values always travel as parameters ($rows, $keys, ...). The only text ever put into a
statement is a node label or relationship type, and only from the graph.model enums
(`label_query` / `rel_query` check that), or a ranking-index property named after a boundary
in graph.derive.sides.SIDE_FIELDS, because Cypher cannot take them as parameters.
"""

from __future__ import annotations

from graph.derive.sides import SIDE_FIELDS
from graph.model import SOURCE_LINKS, Label, Rel

ENTITY = "Entity"  # every graph node also has this label: one key constraint, keyed look-ups

SCHEMA = [
    "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE",
    *(
        f"CREATE INDEX {label.value.lower()}_name IF NOT EXISTS FOR (n:{label.value}) ON (n.name)"
        for label in Label
    ),
    "CREATE FULLTEXT INDEX qkg_names IF NOT EXISTS FOR (n:Person|Organisation|Place|Topic|"
    "Evidence|Workshop|Challenge|Profession) ON EACH [n.name, n.alias_text]",
    "CREATE CONSTRAINT qkg_meta_id IF NOT EXISTS FOR (m:QkgMeta) REQUIRE m.id IS UNIQUE",
    "CREATE CONSTRAINT qkg_claims_doc IF NOT EXISTS FOR (c:QkgClaims) REQUIRE c.doc_id IS UNIQUE",
    "CREATE CONSTRAINT qkg_ranking_key IF NOT EXISTS FOR (r:QkgRanking) REQUIRE r.key IS UNIQUE",
]
LABEL_OF = "[x IN labels(n) WHERE x <> 'Entity'][0]"


def _label(label: str) -> str:
    return Label(label).value  # raises ValueError for anything that is not a domain label


def _rel(rel: str) -> str:
    return Rel(rel).value


# -- writing the derived graph -------------------------------------------------------------------


def merge_nodes(label: str) -> str:
    return (
        "UNWIND $rows AS row MERGE (n:Entity {key: row.key}) "
        f"SET n = row.props, n.key = row.key SET n:{_label(label)}"
    )


def merge_rels(rel: str) -> str:
    return (
        "UNWIND $rows AS row MATCH (a:Entity {key: row.source}) "
        "MATCH (b:Entity {key: row.target}) "
        f"MERGE (a)-[r:{_rel(rel)} {{key: row.key}}]->(b) SET r = row.props, r.key = row.key"
    )


def create_nodes(label: str) -> str:
    """For nodes the sync knows are new; the key constraint still refuses a duplicate."""
    return (
        f"UNWIND $rows AS row CREATE (n:Entity:{_label(label)} {{key: row.key}}) SET n += row.props"
    )


def create_rels(rel: str) -> str:
    """For relationships the sync knows are new (it has just read every key that exists)."""
    return (
        "UNWIND $rows AS row MATCH (a:Entity {key: row.source}) "
        "MATCH (b:Entity {key: row.target}) "
        f"CREATE (a)-[r:{_rel(rel)} {{key: row.key}}]->(b) SET r += row.props"
    )


def delete_rels(rel: str) -> str:
    return (
        "UNWIND $rows AS row MATCH (a:Entity {key: row.source})"
        f"-[r:{_rel(rel)} {{key: row.key}}]->(b:Entity {{key: row.target}}) DELETE r"
    )


def merge_one_node_naive(label: str) -> str:
    """One row per statement: only for the benchmark's naive writer."""
    return f"MERGE (n:Entity {{key: $key}}) SET n = $props, n.key = $key SET n:{_label(label)}"


def merge_one_rel_naive(rel: str) -> str:
    return (
        "MATCH (a:Entity {key: $source}) MATCH (b:Entity {key: $target}) "
        f"MERGE (a)-[r:{_rel(rel)} {{key: $key}}]->(b) SET r = $props, r.key = $key"
    )


def node_hashes(label: str) -> str:
    """Every node key of one label with its content hash, as one collected record."""
    return f"MATCH (n:Entity:{_label(label)}) RETURN collect([n.key, n._h]) AS rows"


def rel_hashes(rel: str) -> str:
    return f"MATCH (:Entity)-[r:{_rel(rel)}]->(:Entity) RETURN collect([r.key, r._h]) AS rows"


DELETE_NODES = "UNWIND $keys AS k MATCH (n:Entity {key: k}) DETACH DELETE n"

# The ranking index (graph.derive.ranking): one QkgRanking node per topic or challenge, outside the
# domain graph (no Entity label), kept in step with it by the same hash-diff sync.
RANKING_HASHES = "MATCH (r:QkgRanking) RETURN collect([r.key, r._h]) AS rows"
CREATE_RANKING = "UNWIND $rows AS row CREATE (r:QkgRanking {key: row.key}) SET r += row.props"
MERGE_RANKING = (
    "UNWIND $rows AS row MERGE (r:QkgRanking {key: row.key}) SET r = row.props, r.key = row.key"
)
DELETE_RANKING = "UNWIND $keys AS k MATCH (r:QkgRanking {key: k}) DELETE r"

# -- the ledger and the decisions ---------------------------------------------------------------

LEDGER = (
    "MATCH (m:QkgMeta {id: 'ledger'})-[:HOLDS]->(c:QkgClaims) "
    "RETURN c.doc_id AS doc_id, c.path AS path, c.content_hash AS content_hash, c.kind AS kind, "
    "c.ingested_at AS ingested_at, c.source AS source ORDER BY doc_id"
)
CLAIMS_ONE = "MATCH (c:QkgClaims {doc_id: $doc_id}) RETURN c.claims AS claims"
PERSONS_OF_DOCS = """MATCH (p:Person) WHERE split(p.name, ' ')[0] IN $words
AND any(d IN p.docs WHERE d IN $docs) RETURN DISTINCT p.name AS name"""
CLAIMS_ALL = "MATCH (c:QkgClaims) RETURN c.claims AS claims ORDER BY c.doc_id"
PUT_CLAIMS = (
    "MERGE (m:QkgMeta {id: 'ledger'}) WITH m UNWIND $rows AS row "
    "MERGE (c:QkgClaims {doc_id: row.doc_id}) SET c += row.props MERGE (m)-[:HOLDS]->(c)"
)
DROP_CLAIMS = "UNWIND $doc_ids AS d MATCH (c:QkgClaims {doc_id: d}) DETACH DELETE c"
GET_META = "MATCH (m:QkgMeta {id: $id}) RETURN m.value AS value"
# One writer at a time: a lease on a QkgMeta node; it expires, so a writer that died does not
# block forever. Taking it sets `_lock` first, which takes the node's write lock, and only then
# reads the holder: a MERGE that matches takes no lock, so reading first let two writers both see
# it free and both take it. The lock is held until the transaction commits.
TAKE_WRITE_LEASE = """
MERGE (l:QkgMeta {id: 'write-lease'})
SET l._lock = true
WITH l
WITH l, l.holder IS NULL OR l.expires < timestamp() OR l.holder IN [$holder, $stale] AS free
SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
    l.expires = CASE WHEN free THEN timestamp() + $ttl_ms ELSE l.expires END,
    l.since = CASE WHEN free THEN timestamp() ELSE l.since END
REMOVE l._lock
RETURN free, l.holder AS holder, coalesce(l.expires - timestamp(), 0) AS remaining_ms
"""
RENEW_WRITE_LEASE = (  # also under the lock: `renewed` 0 means another writer has it now
    "OPTIONAL MATCH (l:QkgMeta {id: 'write-lease'}) SET l._lock = true REMOVE l._lock "
    "WITH l WHERE l.holder = $holder SET l.expires = timestamp() + $ttl_ms "
    "RETURN count(l) AS renewed"
)
DROP_WRITE_LEASE = (
    "MATCH (l:QkgMeta {id: 'write-lease'}) WHERE l.holder = $holder "
    "REMOVE l.holder, l.expires, l.since"
)
SET_META = "MERGE (m:QkgMeta {id: $id}) SET m.value = $value"

# -- statistics ---------------------------------------------------------------------------------

NODE_COUNTS = f"MATCH (n:Entity) RETURN {LABEL_OF} AS label, count(*) AS n"
REL_COUNTS = "MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS rel, count(*) AS n"
CLAIM_DOCS = "MATCH (c:QkgClaims) RETURN count(c) AS documents, sum(c.words) AS words"

# -- the questions (query.backends.neo4j) ---------------------------------------------------

TOPICS = (
    "MATCH (t:Topic) OPTIONAL MATCH (t)-[:BROADER]->(b:Topic) "
    "RETURN t.key AS key, t.name AS name, t.aliases AS aliases, collect(b.key) AS broader, "
    "t.hidden_labels AS hidden"
)
CHALLENGES = (
    "MATCH (c:Challenge) OPTIONAL MATCH (c)-[:ABOUT]->(t:Topic) "
    "RETURN c.key AS key, c.name AS name, c.aliases AS aliases, collect(t.key) AS topics"
)
# Question queries return ONE record whose `rows` column is a list of maps or lists: one Bolt
# message instead of one per row. Ranking reads the ranking index (QkgRanking); the links
# themselves, with their provenance, are read only for the few results an answer shows,
# walking out from them ($entities).


def _person_links() -> str:
    """The links of the people in $entities to the topics in $keys, with provenance: walks
    from the people, so it touches only their relationships (graph.derive.ranking has the rule)."""
    start = "UNWIND $entities AS pk MATCH (p:Entity {key: pk}) WHERE p:Person MATCH (p)"
    said = f"{start}-[r:INTERESTED_IN]->(t:Topic) WHERE t.key IN $keys"
    wrote = f"{start}-[a:AUTHORED]->(e:Evidence)-[r:ADDRESSES]->(t) WHERE t.key IN $keys"
    went = f"{start}-[a:ATTENDED]->(w:Workshop)-[r:ADDRESSES]->(t) WHERE t.key IN $keys"
    named = (
        f"{start}-[a:NAMED_IN]->(e:Evidence)-[r:ADDRESSES]->(t) WHERE t.key IN $keys"
        " AND NOT (p)-[:AUTHORED]->(e)"
    )
    gave = f"{start}-[r:CONTRIBUTED_TO]->(c:Challenge) WHERE c.key IN $keys"
    return f"""
CALL {{
{said}
RETURN p AS person, t.key AS topic,
       CASE WHEN r.listed THEN 'listed expertise' ELSE 'said about' END AS kind,
       t.key AS via, t.name AS via_name,
       r.provenance AS first, null AS second
UNION ALL
{wrote}
RETURN p AS person, t.key AS topic, 'wrote' AS kind, e.key AS via, e.name AS via_name,
       r.provenance AS first, a.provenance AS second
UNION ALL
{went}
RETURN p AS person, t.key AS topic,
       CASE WHEN coalesce(a.role, '') <> '' THEN 'spoke at' ELSE 'attended' END AS kind,
       w.key AS via, w.name AS via_name,
       r.provenance AS first, a.provenance AS second
UNION ALL
{named}
RETURN p AS person, t.key AS topic, 'named in' AS kind, e.key AS via, e.name AS via_name,
       r.provenance AS first, a.provenance AS second
UNION ALL
{gave}
RETURN p AS person, c.key AS topic, 'contributed to' AS kind, c.key AS via,
       c.name AS via_name, r.provenance AS first, null AS second
}}
RETURN collect({{entity: person.key, topic: topic, kind: kind, via: via, via_name: via_name,
                first: first, second: second}}) AS rows
"""


# the people and organisations linked to the topics in scope, for ranking: the topics' rows
# in the ranking index (JSON) and the sides of $boundary


def _sides(prefix: str) -> str:
    """The QkgRanking part `<prefix><boundary>` for $boundary, or null without one."""
    parts = " ".join(f"WHEN '{b}' THEN r.{prefix}{b}" for b in SIDE_FIELDS)
    return f"CASE $boundary {parts} ELSE null END"


PERSON_RANKING = (
    "MATCH (r:QkgRanking) WHERE r.key IN $keys "
    f"RETURN collect([r.key, r.people, {_sides('side_')}]) AS rows"
)
ORG_RANKING = (
    "MATCH (r:QkgRanking) WHERE r.key IN $keys "
    f"RETURN collect([r.key, r.works_at, r.organisations, {_sides('org_side_')}]) AS rows"
)
PERSON_LINK_QUOTES = _person_links()
ORG_PUBLISHED_QUOTES = """
UNWIND $entities AS ok MATCH (o:Entity {key: ok}) WHERE o:Organisation
MATCH (o)-[a:PUBLISHED]->(e:Evidence)-[r:ADDRESSES]->(t) WHERE t.key IN $keys
RETURN collect({entity: o.key, topic: t.key, via: e.key, via_name: e.name,
                first: r.provenance, second: a.provenance}) AS rows
"""
ORG_STAFF = """
UNWIND $entities AS ok
MATCH (o:Entity {key: ok})<-[w:WORKS_AT]-(p:Person) WHERE o:Organisation
RETURN collect({person: p.key, org: o.key, provenance: w.provenance}) AS rows
"""
FACETS = """
UNWIND $keys AS k
MATCH (n:Entity {key: k}) WHERE n:Person OR n:Organisation
RETURN collect({key: n.key, label: [x IN labels(n) WHERE x <> 'Entity'][0], name: n.name,
                roles: n.facet_roles, organisations: n.facet_organisations,
                nations: n.facet_nations, professions: n.facet_professions,
                sectors: n.facet_sectors, consent: n.consent, email: n.email}) AS rows
"""


_EVIDENCE_BY_KEYS = "UNWIND $keys AS k MATCH (e:Entity {key: k}) WHERE e:Evidence"
# for ranking: the evidence rows of the topics in scope, from the ranking index (JSON)
EVIDENCE_RANKING = (
    "MATCH (r:QkgRanking) WHERE r.key IN $keys RETURN collect([r.key, r.evidence]) AS rows"
)
# for items ranked on their text alone (no topic of theirs is in scope), as compact lists
# [key, title, year, nations, topics]: without quotes, publisher, authors or documents
EVIDENCE_BRIEF = (
    _EVIDENCE_BY_KEYS
    + " RETURN collect([e.key, coalesce(e.title, e.name), e.year, e.facet_nations, []])"
    + " AS rows"
)
EVIDENCE_ROWS_QUOTES = (
    _EVIDENCE_BY_KEYS
    + """
RETURN collect({key: e.key, title: coalesce(e.title, e.name), year: e.year, publisher: e.publisher,
                authors: e.authors, docs: e.docs, nations: e.facet_nations,
                topics: [(e)-[r:ADDRESSES]->(t) | {topic: t.key, provenance: r.provenance}]})
       AS rows
"""
)
EVIDENCE_TEXTS = (
    "MATCH (e:Evidence) RETURN collect({key: e.key, name: e.name, summary: e.summary}) AS rows"
)
_LEARNING_ROWS = """
WITH DISTINCT l
WITH l, reduce(first = null, x IN [(l)-[:FROM]->(x) | x] |
               CASE WHEN first IS NULL OR x.key < first.key THEN x ELSE first END) AS s
RETURN collect({
  key: l.key, statement: l.name, recorded: l.recorded, provenance: l.provenance,
  strength: l.strength,
  topics: [(l)-[:ABOUT]->(about) | about.key],
  inherited: [(l)-[a:ABOUT]->(about) WHERE a.inherited IS NOT NULL | about.key],
  source: s.name, source_kind: [x IN labels(s) WHERE x <> 'Entity'][0], date: s.date, year: s.year,
  places: s.facet_places, nations: s.facet_nations
}) AS rows
"""
LEARNING_FOR_TOPICS = (
    "MATCH (t:Entity) WHERE t.key IN $keys MATCH (t)<-[:ABOUT]-(l:Learning)" + _LEARNING_ROWS
)
LEARNING_OF = (
    "MATCH (l:Learning) WHERE l.key IN $keys OR EXISTS { (l)-[:FROM]->(s) WHERE s.key IN $sources }"
    + _LEARNING_ROWS
)
# a question about words the vocabulary lacks (query.text_scope)
PASSAGES = (
    "MATCH (d:Document) WHERE d.passages IS NOT NULL "
    "RETURN collect([d.name, d.subject, d.passages]) AS rows"
)
SUBJECT_LINKS = (
    f"MATCH (e:Entity)-[r:{'|'.join(SOURCE_LINKS)}]->(s:Entity) WHERE s.key IN $keys "
    "RETURN collect([e.key, CASE WHEN type(r) = 'ATTENDED' AND coalesce(r.role, '') <> '' "
    "THEN 'SPOKE' ELSE type(r) END, s.key]) AS rows"
)
NAMES = (
    "MATCH (n:Entity) WHERE NOT n:Document AND NOT n:Learning AND n.withheld IS NULL "
    f"RETURN collect({{key: n.key, label: {LABEL_OF}, name: n.name, aliases: n.aliases}}) AS rows"
)
NODE = f"MATCH (n:Entity {{key: $key}}) RETURN properties(n) AS props, {LABEL_OF} AS label"
NEIGHBOURS = """
UNWIND $keys AS k
MATCH (n:Entity {key: k})-[r]-(m:Entity) WHERE type(r) <> 'MENTIONS' AND m.withheld IS NULL
RETURN collect({of: k, source: startNode(r).key, rel: type(r), target: endNode(r).key,
                provenance: r.provenance}) AS rows
"""
SHORTEST_PATHS = """
MATCH (a:Entity {key: $source}), (b:Entity {key: $target})
MATCH p = allShortestPaths((a)-[*..12]-(b))
WHERE all(x IN nodes(p) WHERE NOT (x:Document OR x:Learning) AND x.withheld IS NULL AND ($hubs OR
          NOT (x:Nation OR x:Sector OR x:Topic OR x:Profession OR x:Challenge)))
  AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
RETURN [x IN nodes(p) | x.key] AS keys LIMIT 1000
"""
PAIR_RELS = """
UNWIND $pairs AS pair
MATCH (a:Entity {key: pair[0]})-[r]-(b:Entity {key: pair[1]}) WHERE type(r) <> 'MENTIONS'
RETURN pair[0] AS a, pair[1] AS b, startNode(r).key AS source, type(r) AS rel,
       r.provenance AS provenance
"""


# -- the Neo4j Browser (a link the web page's neighbourhood view opens; run by the Browser) --------

BROWSER_NEIGHBOURHOOD = """MATCH (c:Entity {key: $key})-[r]-(n:Entity)
WHERE NOT n:Document AND type(r) <> 'MENTIONS' AND coalesce(n.withheld, false) = false
RETURN c, r, n LIMIT 60"""
