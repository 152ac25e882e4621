"""One rule for sides and coverage, asked through every consumer: the facets both stores keep,
the questions (connect across a boundary, evidence coverage and gaps), the gap map and the
analytics (projection sides, bridges, communities). The graph has a person in two nations and a
publisher in two nations, where a "first by name" or "one nation" rule would disagree.

People (invented): Morag Lind lives in Scotland and Wales and works at Glen Trust (Scotland);
Huw Tal lives in Wales; Ava Reed has no nation of her own and works at Border Health, based in
England and Northern Ireland. All consent and are interested in mental health; Morag and Ava
attended one workshop, Huw and Morag another. Border Health published "Two-nation review" (no
stated coverage: its publisher's two nations); "Valley recovery study" covers Wales and
addresses recovery, a narrower topic of mental health.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.analytics import bridges, find_communities
from graph.analytics.gaps import gap_map
from graph.analytics.projection import person_projection
from graph.derive.sides import coverage_of, facets_of
from graph.model import Label, Rel
from graph.stores.embedded import EmbeddedStore
from query import Questions, questions_for, scope_keys
from tests.test_query import Doc

L = Label
FOUR = ("England", "Scotland", "Wales", "Northern Ireland")


def corpus() -> list[Any]:
    d = Doc("people.csv", "directory")
    morag = d.entity(L.PERSON, "Morag Lind", consent=True)
    huw = d.entity(L.PERSON, "Huw Tal", consent=True)
    ava = d.entity(L.PERSON, "Ava Reed", consent=True)
    for person, nation in ((morag, "Scotland"), (morag, "Wales"), (huw, "Wales")):
        d.rel(person, Rel.BASED_IN, d.entity(L.NATION, nation))
    glen, border = d.entity(L.ORGANISATION, "Glen Trust"), d.entity(L.ORGANISATION, "Border Health")
    d.rel(glen, Rel.BASED_IN, (L.NATION, "Scotland"))
    for nation in ("England", "Northern Ireland"):
        d.rel(border, Rel.BASED_IN, d.entity(L.NATION, nation))
    d.rel(morag, Rel.WORKS_AT, glen)
    d.rel(ava, Rel.WORKS_AT, border)
    topic = d.entity(L.TOPIC, "mental health")
    for person in (morag, huw, ava):
        d.rel(person, Rel.INTERESTED_IN, topic)
    docs = [d.claims]
    for name, people in (("Perth day", (morag, ava)), ("Brecon day", (huw, morag))):
        w = Doc(f"{name}.md", "workshop")
        workshop = w.entity(L.WORKSHOP, name)
        w.rel(workshop, Rel.ADDRESSES, w.entity(L.TOPIC, "mental health"))
        for person in people:
            w.rel(w.entity(*person), Rel.ATTENDED, workshop)
        docs.append(w.claims)
    r = Doc("review.txt")
    review = r.entity(L.EVIDENCE, "Two-nation review", year=2024, summary="mental health")
    r.rel(review, Rel.ADDRESSES, r.entity(L.TOPIC, "mental health"))
    r.rel(r.entity(L.ORGANISATION, "Border Health"), Rel.PUBLISHED, review)
    s = Doc("study.txt")
    study = s.entity(L.EVIDENCE, "Valley recovery study", year=2023, summary="recovery")
    s.rel(study, Rel.ADDRESSES, s.entity(L.TOPIC, "recovery"))
    s.rel(study, Rel.COVERS, s.entity(L.NATION, "Wales"))
    return [*docs, r.claims, s.claims]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path_factory.mktemp("sides"))
    store.apply(corpus())
    return store


def key_of(graph: Any, name: str) -> str:
    return next(k for k, d in graph.nodes(data=True) if d["name"] == name)


def test_sides_every_side_a_person_and_a_publisher_have(store: EmbeddedStore) -> None:
    graph = store.graph()
    facets = facets_of(graph)
    assert facets[key_of(graph, "Morag Lind")]["nations"] == ["Scotland", "Wales"]
    assert facets[key_of(graph, "Ava Reed")]["nations"] == ["England", "Northern Ireland"]
    coverage = coverage_of(graph, facets)
    assert coverage[key_of(graph, "Two-nation review")][1] == ["England", "Northern Ireland"]


def expected_people() -> dict[str, int]:
    return {"England": 1, "Scotland": 1, "Wales": 2, "Northern Ireland": 1}


def check(ask: Questions, graph: Any) -> None:
    """The same scope through every consumer gives the same sides and nations."""
    answer = ask.evidence("mental health")
    row = next(r for r in gap_map(graph).rows if r.topic == "mental health")
    assert {n: row.cells[n].evidence for n in FOUR} == {n: answer.coverage[n] for n in FOUR}
    assert {n: answer.coverage[n] for n in FOUR} == {
        "England": 1,
        "Scotland": 0,
        "Wales": 1,  # the narrower topic's study
        "Northern Ireland": 1,  # the publisher's second nation
    }
    assert answer.gaps == ["Scotland"] == [n for n in FOUR if row.cells[n].evidence == 0]
    assert {n: row.cells[n].people for n in FOUR} == expected_people()

    # Morag shares Wales with a Welsh asker: same side, never across; Ava is across
    connect = ask.connect("mental health", across="nation", nation="Wales")
    assert [r.person.name for r in connect.results] == ["Ava Reed"]
    assert connect.excluded_same_side == 2  # Morag and Huw
    from_scotland = ask.connect("mental health", across="nation", nation="Scotland")
    assert sorted(r.person.name for r in from_scotland.results) == ["Ava Reed", "Huw Tal"]

    scope = scope_keys(graph, "mental health")
    projection = person_projection(graph, scope)
    nations = {projection.names[k]: sorted(v) for k, v in projection.sides["nation"].items()}
    assert nations == {
        "Ava Reed": ["England", "Northern Ireland"],
        "Huw Tal": ["Wales"],
        "Morag Lind": ["Scotland", "Wales"],
    }
    # Morag ties Ava (Perth) and Huw (Brecon), who share no nation: one pair across, in which
    # Morag shares Wales with Huw (gatekeeper)
    found = bridges(graph, "nation", scope)
    morag = next(b for b in found.bridges if b.name == "Morag Lind")
    assert (morag.crossing_pairs, morag.roles["gatekeeper"], morag.sides) == (
        1,
        1,
        ["Scotland", "Wales"],
    )
    assert morag.reaches == {"England": 1, "Northern Ireland": 1, "Wales": 1}
    communities = find_communities(graph, scope)
    counted: dict[str, int] = {}
    for community in communities.communities:
        for nation, n in community.nations.items():
            counted[nation] = counted.get(nation, 0) + n
    assert counted == expected_people()


def test_sides_agree_through_every_consumer_embedded(store: EmbeddedStore) -> None:
    check(questions_for(store), store.graph())


@pytest.mark.neo4j
def test_sides_agree_through_every_consumer_neo4j(neo4j_store: Any) -> None:
    neo4j_store.apply(corpus())
    check(questions_for(neo4j_store), neo4j_store.graph())


@pytest.mark.slow
def test_sides_gaps_and_evidence_agree_on_every_example_topic(
    example_store: Any, tmp_path: Path
) -> None:
    """`qkg gaps` and `qkg evidence TOPIC` agree on every topic of examples/."""
    graph = example_store.graph()
    ask = questions_for(example_store)
    rows = gap_map(graph).rows
    assert rows
    for row in rows:
        coverage = ask.evidence(row.topic).coverage
        assert {n: row.cells[n].evidence for n in row.cells} == {
            n: coverage.get(n, 0) for n in row.cells
        }, row.topic
