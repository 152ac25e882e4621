"""Every Cypher statement qkg sends to Neo4j, in one place.

Values always travel as parameters ($rows, $keys, ...). The only text ever put into a
statement is a node label or relationship type, and only from the graph.model enums
(`label_query` / `rel_query` check that), because Cypher cannot take them as parameters.
"""

from __future__ import annotations

from graph.model import Label, Rel

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


NODE_HASHES = "MATCH (n:Entity) RETURN n.key AS key, n._h AS h"
REL_HASHES = "MATCH (:Entity)-[r]->(:Entity) RETURN r.key AS key, r._h AS h"
DELETE_NODES = "UNWIND $keys AS k MATCH (n:Entity {key: k}) DETACH DELETE n"

# -- the ledger and the decisions ---------------------------------------------------------------

LEDGER = (
    "MATCH (m:QkgMeta {id: 'ledger'})-[:HOLDS]->(c:QkgClaims) "
    "RETURN c.doc_id AS doc_id, c.path AS path, c.content_hash AS content_hash, c.kind AS kind, "
    "c.ingested_at AS ingested_at ORDER BY doc_id"
)
CLAIMS_ONE = "MATCH (c:QkgClaims {doc_id: $doc_id}) RETURN c.claims AS claims"
CLAIMS_ALL = "MATCH (c:QkgClaims) RETURN c.claims AS claims ORDER BY c.doc_id"
PUT_CLAIMS = (
    "MERGE (m:QkgMeta {id: 'ledger'}) WITH m UNWIND $rows AS row "
    "MERGE (c:QkgClaims {doc_id: row.doc_id}) SET c += row.props MERGE (m)-[:HOLDS]->(c)"
)
DROP_CLAIMS = "UNWIND $doc_ids AS d MATCH (c:QkgClaims {doc_id: d}) DETACH DELETE c"
GET_META = "MATCH (m:QkgMeta {id: $id}) RETURN m.value AS value"
SET_META = "MERGE (m:QkgMeta {id: $id}) SET m.value = $value"

# -- statistics ---------------------------------------------------------------------------------

NODE_COUNTS = f"MATCH (n:Entity) RETURN {LABEL_OF} AS label, count(*) AS n"
REL_COUNTS = "MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS rel, count(*) AS n"
CLAIM_DOCS = "MATCH (c:QkgClaims) RETURN count(c) AS documents, sum(c.words) AS words"

# -- the questions (query.neo4j) ----------------------------------------------------------------

TOPICS = (
    "MATCH (t:Topic) OPTIONAL MATCH (t)-[:BROADER]->(b:Topic) "
    "RETURN t.key AS key, t.name AS name, t.aliases AS aliases, collect(b.key) AS broader"
)
CHALLENGES = (
    "MATCH (c:Challenge) OPTIONAL MATCH (c)-[:ABOUT]->(t:Topic) "
    "RETURN c.key AS key, c.name AS name, c.aliases AS aliases, collect(t.key) AS topics"
)
PERSON_LINKS = """
MATCH (t:Entity) WHERE t.key IN $keys AND t:Topic
MATCH (t)<-[r:INTERESTED_IN]-(p:Person)
RETURN p.key AS entity, t.key AS topic, 'said about' AS kind, t.key AS via, t.name AS via_name,
       r.provenance AS first, null AS second
UNION ALL
MATCH (t:Entity) WHERE t.key IN $keys
MATCH (t)<-[r:ADDRESSES]-(e:Evidence)<-[a:AUTHORED]-(p:Person)
RETURN p.key AS entity, t.key AS topic, 'wrote' AS kind, e.key AS via, e.name AS via_name,
       r.provenance AS first, a.provenance AS second
UNION ALL
MATCH (t:Entity) WHERE t.key IN $keys
MATCH (t)<-[r:ADDRESSES]-(w:Workshop)<-[a:ATTENDED]-(p:Person)
RETURN p.key AS entity, t.key AS topic, 'attended' AS kind, w.key AS via, w.name AS via_name,
       r.provenance AS first, a.provenance AS second
UNION ALL
MATCH (c:Entity) WHERE c.key IN $keys AND c:Challenge
MATCH (c)<-[r:CONTRIBUTED_TO]-(p:Person)
RETURN p.key AS entity, c.key AS topic, 'contributed to' AS kind, c.key AS via,
       c.name AS via_name, r.provenance AS first, null AS second
"""
ORG_PUBLISHED = """
MATCH (t:Entity) WHERE t.key IN $keys
MATCH (t)<-[r:ADDRESSES]-(e:Evidence)<-[a:PUBLISHED]-(o:Organisation)
RETURN o.key AS entity, t.key AS topic, 'published' AS kind, e.key AS via, e.name AS via_name,
       r.provenance AS first, a.provenance AS second
"""
WORKS_AT = """
UNWIND $keys AS k
MATCH (p:Entity {key: k})-[w:WORKS_AT]->(o:Organisation) WHERE p:Person
RETURN p.key AS person, o.key AS org, w.provenance AS provenance
"""
FACETS = """
UNWIND $keys AS k
MATCH (n:Entity {key: k}) WHERE n:Person OR n:Organisation
OPTIONAL MATCH (n)-[w:WORKS_AT]->(o:Organisation)
WITH n, collect(DISTINCT {key: o.key, name: o.name, role: w.role}) AS orgs
OPTIONAL MATCH (n)-[:BASED_IN]->(nation:Nation)
WITH n, orgs, collect(DISTINCT nation.name) AS nations
OPTIONAL MATCH (n)-[:HAS_PROFESSION]->(p:Profession)
WITH n, orgs, nations, collect(DISTINCT p.name) AS professions
OPTIONAL MATCH (n)-[:IN_SECTOR]->(s:Sector)
WITH n, orgs, nations, professions, collect(DISTINCT s.name) AS sectors
RETURN n.key AS key, n.name AS name, n.role AS role, n.consent AS consent,
       n.email AS email, orgs, nations, professions, sectors
"""
EVIDENCE_FOR_TOPICS = (
    "MATCH (t:Entity) WHERE t.key IN $keys MATCH (t)<-[:ADDRESSES]-(e:Evidence) "
    "RETURN DISTINCT e.key AS key"
)
EVIDENCE_ROWS = """
UNWIND $keys AS k
MATCH (e:Entity {key: k}) WHERE e:Evidence
OPTIONAL MATCH (e)-[r:ADDRESSES]->(t)
WITH e, collect({topic: t.key, provenance: r.provenance}) AS topics
OPTIONAL MATCH (e)-[:COVERS]->(c)
OPTIONAL MATCH (c)-[:LOCATED_IN]->(cn)
WITH e, topics, c, collect(cn.name) AS located
WITH e, topics, collect({label: [x IN labels(c) WHERE x <> 'Entity'][0], name: c.name,
                         located: located}) AS covers
OPTIONAL MATCH (o:Organisation)-[:PUBLISHED]->(e)
OPTIONAL MATCH (o)-[:BASED_IN]->(on:Nation)
RETURN e.key AS key, e.name AS title, e.year AS year, e.publisher AS publisher,
       e.authors AS authors, e.docs AS docs, topics, covers,
       collect(DISTINCT on.name) AS publisher_nations
"""
EVIDENCE_TEXTS = "MATCH (e:Evidence) RETURN e.key AS key, e.name AS name, e.summary AS summary"
LEARNING_FOR_TOPICS = """
MATCH (t:Entity) WHERE t.key IN $keys
MATCH (t)<-[:ABOUT]-(l:Learning)
WITH DISTINCT l
OPTIONAL MATCH (l)-[:ABOUT]->(about)
WITH l, collect(about.key) AS topics
OPTIONAL MATCH (l)-[:FROM]->(s)
WITH l, topics, s ORDER BY s.key
WITH l, topics, head(collect(s)) AS s
OPTIONAL MATCH (s)-[:COVERS]->(c)
OPTIONAL MATCH (c)-[:LOCATED_IN]->(cn)
WITH l, topics, s, c, collect(cn.name) AS located
WITH l, topics, s, collect({label: [x IN labels(c) WHERE x <> 'Entity'][0], name: c.name,
                            located: located}) AS covers
OPTIONAL MATCH (o:Organisation)-[:PUBLISHED]->(s)
OPTIONAL MATCH (o)-[:BASED_IN]->(on:Nation)
RETURN l.key AS key, l.name AS statement, l.recorded AS recorded, l.provenance AS provenance,
       topics, s.name AS source, [x IN labels(s) WHERE x <> 'Entity'][0] AS source_kind,
       s.date AS date, s.year AS year,
       covers, collect(DISTINCT on.name) AS publisher_nations
"""
NAMES = (
    "MATCH (n:Entity) WHERE NOT n:Document AND NOT n:Learning "
    f"RETURN n.key AS key, {LABEL_OF} AS label, n.name AS name, n.aliases AS aliases"
)
NODE = f"MATCH (n:Entity {{key: $key}}) RETURN properties(n) AS props, {LABEL_OF} AS label"
NEIGHBOURS = """
MATCH (n:Entity {key: $key})-[r]-(m:Entity) WHERE type(r) <> 'MENTIONS'
RETURN startNode(r).key AS source, type(r) AS rel, endNode(r).key AS target,
       r.provenance AS provenance
"""
SHORTEST_PATHS = """
MATCH (a:Entity {key: $source}), (b:Entity {key: $target})
MATCH p = allShortestPaths((a)-[*..12]-(b))
WHERE all(x IN nodes(p) WHERE NOT (x:Document OR x:Learning) AND ($hubs OR
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
