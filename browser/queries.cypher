// qkg: the Lab's questions in Cypher, for the Neo4j Browser (favourites), Neo4j Desktop or
// cypher-shell. Each query starts with a `// name:` line and lists the parameters it needs as
// `:param` lines: run those first in the Browser (or `:params {...}` to set them at once).
// $topic may be a topic or a challenge, by name or alias, any case ('peer support',
// 'peer-support', 'Mutual aid', 'staff wellbeing challenge'); a topic also covers its
// narrower topics (BROADER). A person's nation is where they are based (BASED_IN), else where
// their organisation is. qkg's own nodes (the ledger: QkgClaims, QkgMeta; the ranking
// index: QkgRanking) are never matched: every pattern names a domain label.

// name: Who to connect on a topic across nations
// People linked to the topic by evidence they wrote (AUTHORED) or are named in (NAMED_IN), a
// workshop they attended (ATTENDED) or what they said (INTERESTED_IN), who are NOT in
// $nation; consent = true only.
// One row per person; `paths` spells out each path from the person to the topic, and
// `score` weighs writing 3, speaking at a workshop or listing it as expertise 2, being
// quoted on it 1.5, attending 1 and being named in evidence on it with no part stated 0.5
// (as `qkg connect` does).
// :param topic => 'peer support'
// :param nation => 'Scotland'
MATCH (hit:Topic|Challenge)
WHERE toLower(hit.name) = toLower($topic)
   OR toLower($topic) IN [alias IN coalesce(hit.aliases, []) | toLower(alias)]
// a topic stands for itself and its narrower topics; a challenge for the topics it is ABOUT
MATCH (hit)-[:ABOUT*0..1]->(root:Topic)
MATCH (scope:Topic)-[:BROADER*0..]->(root)
WITH DISTINCT scope
CALL (scope) {
  MATCH path = (p:Person)-[:AUTHORED]->(:Evidence)-[:ADDRESSES]->(scope)
  RETURN p, path, 3.0 AS weight
  UNION
  MATCH path = (p:Person)-[went:ATTENDED]->(:Workshop)-[:ADDRESSES]->(scope)
  RETURN p, path, CASE WHEN coalesce(went.role, '') <> '' THEN 2.0 ELSE 1.0 END AS weight
  UNION
  MATCH path = (p:Person)-[:NAMED_IN]->(named:Evidence)-[:ADDRESSES]->(scope)
  WHERE NOT (p)-[:AUTHORED]->(named)
  RETURN p, path, 0.5 AS weight
  UNION
  MATCH path = (p:Person)-[said:INTERESTED_IN]->(scope)
  RETURN p, path, CASE WHEN said.listed THEN 2.0 ELSE 1.5 END AS weight
}
WITH p, path, weight
WHERE p.consent = true
// a person's nation: where they are based, else where their organisation is
OPTIONAL MATCH (p)-[:BASED_IN]->(home:Nation)
OPTIONAL MATCH (p)-[:WORKS_AT]->(:Organisation)-[:BASED_IN]->(orgHome:Nation)
WITH p, path, weight,
     CASE WHEN count(home) > 0 THEN collect(DISTINCT home.name)
          ELSE collect(DISTINCT orgHome.name) END AS nations
WHERE size(nations) > 0 AND NOT any(n IN nations WHERE toLower(n) = toLower($nation))
OPTIONAL MATCH (p)-[:WORKS_AT]->(org:Organisation)
WITH p, nations, path, weight, collect(DISTINCT org.name) AS organisations
ORDER BY weight DESC
WITH p, nations, organisations, sum(weight) AS score,
     collect(reduce(text = p.name, i IN range(0, size(relationships(path)) - 1) |
       text + ' -' + type(relationships(path)[i]) + '-> ' + nodes(path)[i + 1].name)) AS paths
RETURN p.name AS person, p.role AS role, organisations, nations, score, paths
ORDER BY score DESC, person
LIMIT 25;

// name: Who to connect on a topic across nations, as a graph
// The same people (consent = true, not in $nation, top 25 by score) and the same paths, as
// graph paths: run it in the Graph view to see who links to the topic through what.
// :param topic => 'peer support'
// :param nation => 'Scotland'
MATCH (hit:Topic|Challenge)
WHERE toLower(hit.name) = toLower($topic)
   OR toLower($topic) IN [alias IN coalesce(hit.aliases, []) | toLower(alias)]
MATCH (hit)-[:ABOUT*0..1]->(root:Topic)
MATCH (scope:Topic)-[:BROADER*0..]->(root)
WITH DISTINCT scope
CALL (scope) {
  MATCH path = (p:Person)-[:AUTHORED]->(:Evidence)-[:ADDRESSES]->(scope)
  RETURN p, path, 3.0 AS weight
  UNION
  MATCH path = (p:Person)-[went:ATTENDED]->(:Workshop)-[:ADDRESSES]->(scope)
  RETURN p, path, CASE WHEN coalesce(went.role, '') <> '' THEN 2.0 ELSE 1.0 END AS weight
  UNION
  MATCH path = (p:Person)-[:NAMED_IN]->(named:Evidence)-[:ADDRESSES]->(scope)
  WHERE NOT (p)-[:AUTHORED]->(named)
  RETURN p, path, 0.5 AS weight
  UNION
  MATCH path = (p:Person)-[said:INTERESTED_IN]->(scope)
  RETURN p, path, CASE WHEN said.listed THEN 2.0 ELSE 1.5 END AS weight
}
WITH p, path, weight
WHERE p.consent = true
OPTIONAL MATCH (p)-[:BASED_IN]->(home:Nation)
OPTIONAL MATCH (p)-[:WORKS_AT]->(:Organisation)-[:BASED_IN]->(orgHome:Nation)
WITH p, path, weight,
     CASE WHEN count(home) > 0 THEN collect(DISTINCT home.name)
          ELSE collect(DISTINCT orgHome.name) END AS nations
WHERE size(nations) > 0 AND NOT any(n IN nations WHERE toLower(n) = toLower($nation))
WITH p, collect(path) AS paths, sum(weight) AS score
ORDER BY score DESC, p.name
LIMIT 25
UNWIND paths AS path
RETURN path;

// name: Evidence for a challenge or topic, and its nation gaps
// Evidence that ADDRESSES the topic (or the challenge's topics), the nations it COVERS
// (directly or through a place; else its publisher's nation), and on the last column the
// four nations with no evidence at all (UK-wide evidence counts as UK, not as each nation).
// :param topic => 'social prescribing'
MATCH (hit:Topic|Challenge)
WHERE toLower(hit.name) = toLower($topic)
   OR toLower($topic) IN [alias IN coalesce(hit.aliases, []) | toLower(alias)]
// a topic stands for itself and its narrower topics; a challenge for the topics it is ABOUT
MATCH (hit)-[:ABOUT*0..1]->(root:Topic)
MATCH (scope:Topic)-[:BROADER*0..]->(root)
WITH DISTINCT scope
MATCH (e:Evidence)-[:ADDRESSES]->(scope)
WITH e, collect(DISTINCT scope.name) AS on_topics
OPTIONAL MATCH (e)-[:COVERS]->(direct:Nation)
OPTIONAL MATCH (e)-[:COVERS]->(place:Place)
OPTIONAL MATCH (place)-[:LOCATED_IN]->(placeNation:Nation)
OPTIONAL MATCH (publisher:Organisation)-[:PUBLISHED]->(e)
OPTIONAL MATCH (publisher)-[:BASED_IN]->(publisherNation:Nation)
WITH e, on_topics, collect(DISTINCT place.name) AS places,
     collect(DISTINCT direct.name) + collect(DISTINCT placeNation.name) AS covered,
     collect(DISTINCT publisherNation.name) AS published_in
WITH e, on_topics, places,
     CASE WHEN size(covered) > 0 THEN covered ELSE published_in END AS nations,
     CASE WHEN size(covered) > 0 THEN 'covers' ELSE 'publisher' END AS nations_from
WITH e, on_topics, places, nations_from,
     reduce(acc = [], n IN nations | CASE WHEN n IN acc THEN acc ELSE acc + n END) AS nations
ORDER BY e.year DESC, e.name
WITH collect({evidence: e.name, year: e.year, publisher: e.publisher, on_topics: on_topics,
              places: places, nations: nations, nations_from: nations_from}) AS rows,
     reduce(acc = [], r IN collect(nations) | acc + r) AS all_nations
UNWIND rows AS row
RETURN row.evidence AS evidence, row.year AS year, row.publisher AS publisher,
       row.on_topics AS on_topics, row.places AS places, row.nations AS nations,
       row.nations_from AS nations_from,
       [n IN ['England', 'Scotland', 'Wales', 'Northern Ireland'] WHERE NOT n IN all_nations]
         AS nation_gaps;

// name: Prior learning on a topic, with where and when
// What was learned (Learning ABOUT the topic), FROM which workshop or evidence, where that
// source took place or what it COVERS (places, nations), and when (the workshop's date, the
// evidence's year, or when the learning was recorded). Newest first.
// :param topic => 'peer support'
MATCH (hit:Topic|Challenge)
WHERE toLower(hit.name) = toLower($topic)
   OR toLower($topic) IN [alias IN coalesce(hit.aliases, []) | toLower(alias)]
// a topic stands for itself and its narrower topics; a challenge for the topics it is ABOUT
MATCH (hit)-[:ABOUT*0..1]->(root:Topic)
MATCH (scope:Topic)-[:BROADER*0..]->(root)
WITH DISTINCT scope
MATCH (l:Learning)-[:ABOUT]->(scope)
WITH DISTINCT l
MATCH (l)-[:FROM]->(source:Workshop|Evidence)
OPTIONAL MATCH (source)-[:COVERS]->(place:Place)
OPTIONAL MATCH (source)-[:COVERS]->(nation:Nation)
OPTIONAL MATCH (place)-[:LOCATED_IN]->(placeNation:Nation)
WITH l, source, collect(DISTINCT place.name) AS places,
     collect(DISTINCT nation.name) + collect(DISTINCT placeNation.name) AS nations
RETURN l.name AS learning,
       CASE WHEN source:Workshop THEN 'workshop' ELSE 'evidence' END AS source_kind,
       source.name AS source,
       coalesce(source.date, toString(source.year), l.recorded) AS `when`,
       places,
       reduce(acc = [], n IN nations | CASE WHEN n IN acc THEN acc ELSE acc + n END) AS nations
ORDER BY `when` IS NULL, `when` DESC, source, learning
LIMIT 100;

// name: A person's neighbourhood (1-2 hops)
// Everything within two hops of a person, without MENTIONS links and Document nodes: their
// organisation, nation, profession, sector, topics and challenges, the workshops they attended
// and the evidence they wrote — and, one hop further, who else was there or wrote it, what was
// learned there, where it was. A second hop never goes through a hub (a nation, sector,
// profession, topic or challenge links to nearly everyone). Best in the Graph view.
// :param person => 'Aisha Khan'
MATCH (p:Person)
WHERE toLower(p.name) = toLower($person)
   OR toLower($person) IN [alias IN coalesce(p.aliases, []) | toLower(alias)]
MATCH path = (p)-[rels*1..2]-(other:Entity)
WHERE none(r IN rels WHERE type(r) = 'MENTIONS')
  AND none(x IN nodes(path) WHERE x:Document)
  AND none(x IN nodes(path)[1..-1]
           WHERE x:Nation OR x:Sector OR x:Profession OR x:Topic OR x:Challenge)
RETURN path
LIMIT 300;

// name: Find anyone by name (typos allowed)
// The full-text index qkg_names covers the names and aliases of people, organisations, places,
// topics, evidence, workshops, challenges and professions. $name is a Lucene query: a word
// followed by ~ may be a letter or two off ('Aisha~ Kahn~', 'helthcare~ improvment~'), a word
// followed by * is a prefix ('Murr*'). Higher scores match better. People and organisations
// show their organisations and nations (the facet_* properties qkg keeps on them).
// :param name => 'Aisha~ Kahn~'
CALL db.index.fulltext.queryNodes('qkg_names', $name) YIELD node, score
RETURN [x IN labels(node) WHERE x <> 'Entity'][0] AS kind, node.name AS name,
       coalesce(node.facet_organisations, []) AS organisations,
       coalesce(node.facet_nations, []) AS nations, round(score, 3) AS score
ORDER BY score DESC, name
LIMIT 10;
