"""Boundary spanners, communities and crossing shares: hand-worked values on a tiny graph,
and python-igraph (an independent implementation) on a larger generated one."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

import networkx as nx
import pytest

from graph.analytics import bridges, find_communities
from graph.analytics.measures import (
    betweenness,
    brokerage,
    communities,
    crossing,
    modularity,
    structural_holes,
)
from graph.analytics.projection import organisation_projection, person_projection
from graph.model import Label, Rel, node_key

if TYPE_CHECKING:
    import igraph as ig


class Tiny:
    """A qkg-shaped MultiDiGraph written by hand (node keys as build.py makes them)."""

    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()

    def node(self, label: Label, name: str, **props: Any) -> str:
        key = node_key(label, name)
        self.graph.add_node(key, label=label.value, name=name, **props)
        return key

    def edge(self, source: str, rel: Rel, target: str) -> None:
        self.graph.add_edge(source, target, key=rel.value, rel=rel.value)


def tiny() -> nx.MultiDiGraph:
    """Five invented people. Their ties in the person projection:

        Ann ─ Bryn      (both work at Valley Board)
        Ann ─ Cara      (both attended the Cardiff day)
        Bryn ─ Cara     (co-authored the Supervision report)
        Cara ─ Dev      (both work at Glen Trust)
        Dev ─ Eve       (both attended the Carlisle visit)

    Nations: Ann, Bryn Wales; Cara, Dev Scotland; Eve England (through her organisation, Tyne
    Health, since she has no BASED_IN of her own). Dev has not consented to be contacted.
    """
    t = Tiny()
    wales, scotland, england = (t.node(Label.NATION, n) for n in ("Wales", "Scotland", "England"))
    nhs, voluntary = t.node(Label.SECTOR, "NHS"), t.node(Label.SECTOR, "voluntary")
    ann, bryn, cara = (
        t.node(Label.PERSON, n, consent=True) for n in ("Ann Prys", "Bryn Hale", "Cara Voss")
    )
    dev = t.node(Label.PERSON, "Dev Lorne", consent=False)
    eve = t.node(Label.PERSON, "Eve Marsh", consent=True)
    valley, glen, tyne = (
        t.node(Label.ORGANISATION, n) for n in ("Valley Board", "Glen Trust", "Tyne Health")
    )
    cardiff = t.node(Label.WORKSHOP, "Cardiff day")
    carlisle = t.node(Label.WORKSHOP, "Carlisle visit")
    report = t.node(Label.EVIDENCE, "Supervision report")
    topic = t.node(Label.TOPIC, "peer support")
    for person, nation in ((ann, wales), (bryn, wales), (cara, scotland), (dev, scotland)):
        t.edge(person, Rel.BASED_IN, nation)
    for org, nation in ((valley, wales), (glen, scotland), (tyne, england)):
        t.edge(org, Rel.BASED_IN, nation)
    for person, org in ((ann, valley), (bryn, valley), (cara, glen), (dev, glen), (eve, tyne)):
        t.edge(person, Rel.WORKS_AT, org)
    for person, sector in ((ann, nhs), (cara, nhs), (dev, voluntary)):  # Bryn, Eve: unknown
        t.edge(person, Rel.IN_SECTOR, sector)
    for person, workshop in ((ann, cardiff), (cara, cardiff), (dev, carlisle), (eve, carlisle)):
        t.edge(person, Rel.ATTENDED, workshop)
    for person in (bryn, cara):
        t.edge(person, Rel.AUTHORED, report)
    for person in (ann, cara, dev):  # Ann, Cara, Dev are interested in peer support
        t.edge(person, Rel.INTERESTED_IN, topic)
    return t.graph


def test_analytics_projection_is_the_hand_drawn_graph() -> None:
    people = person_projection(tiny())
    names = {frozenset(people.names[n] for n in edge) for edge in people.graph.edges}
    assert names == {
        frozenset(pair)
        for pair in [
            ("Ann Prys", "Bryn Hale"),
            ("Ann Prys", "Cara Voss"),
            ("Bryn Hale", "Cara Voss"),
            ("Cara Voss", "Dev Lorne"),
            ("Dev Lorne", "Eve Marsh"),
        ]
    }
    assert people.graph["person:ann-prys"]["person:cara-voss"]["via"] == ["workshop: Cardiff day"]
    assert people.sides["nation"]["person:eve-marsh"] == {"England"}  # through Tyne Health


def test_analytics_hand_worked_betweenness_brokerage_and_holes() -> None:
    people = person_projection(tiny())
    g = people.graph
    # Betweenness: of the 10 pairs, Ann–Dev, Bryn–Dev, Ann–Eve, Bryn–Eve pass through Cara
    # (4); Ann–Eve, Bryn–Eve, Cara–Eve pass through Dev (3). Normalised by (n-1)(n-2)/2 = 6.
    between = betweenness(g)
    assert between["person:cara-voss"] == pytest.approx(4 / 6)
    assert between["person:dev-lorne"] == pytest.approx(3 / 6)
    assert between["person:ann-prys"] == 0 == between["person:eve-marsh"]
    # Brokerage across nations. Cara's contacts Ann, Bryn (Wales), Dev (Scotland); Ann and
    # Bryn are tied, so she brokers Ann–Dev and Bryn–Dev: Wales–Scotland pairs where she
    # shares Dev's side: 2 gatekeeper pairs. Dev brokers Cara (Scotland)–Eve (England): 1.
    broker = brokerage(g, people.sides["nation"])
    cara = broker["person:cara-voss"]
    assert cara.crossing_pairs == 2
    assert cara.roles == {"coordinator": 0, "itinerant": 0, "gatekeeper": 2, "liaison": 0}
    assert dict(cara.reaches) == {"Wales": 2, "Scotland": 1}
    assert broker["person:dev-lorne"].crossing_pairs == 1
    assert broker["person:ann-prys"].crossing_pairs == 0  # her two contacts know each other
    # Burt: p_ij = 1/deg(i). Cara: c(Ann) = (1/3 + 1/3·1/2)² = 1/4, c(Bryn) = 1/4,
    # c(Dev) = (1/3)² = 1/9; constraint 11/18. Effective size n − 2t/n = 3 − 2·1/3 = 7/3.
    constraint, effective = structural_holes(g)
    assert constraint["person:cara-voss"] == pytest.approx(11 / 18, abs=1e-6)
    assert effective["person:cara-voss"] == pytest.approx(7 / 3, abs=1e-6)
    assert constraint["person:dev-lorne"] == pytest.approx(0.5, abs=1e-6)
    assert effective["person:dev-lorne"] == pytest.approx(2.0)


def test_analytics_hand_worked_crossing_shares() -> None:
    people = person_projection(tiny())
    # Nation: Ann–Cara, Bryn–Cara, Dev–Eve cross; Ann–Bryn, Cara–Dev do not: 3 of 5.
    nation = crossing(people.graph, people.sides["nation"])
    assert (nation.ties, nation.known, nation.crossing, nation.share) == (5, 5, 3, 0.6)
    # Sector: only Ann (NHS), Cara (NHS), Dev (voluntary) are known, so only Ann–Cara (same)
    # and Cara–Dev (different) count: 1 of 2.
    sector = crossing(people.graph, people.sides["sector"])
    assert (sector.known, sector.crossing, sector.share) == (2, 1, 0.5)


def test_analytics_bridges_answer_explains_and_respects_consent() -> None:
    answer = bridges(tiny(), "nation")
    # Dev brokers one pair but has not consented: counted, not named.
    assert [b.name for b in answer.bridges] == ["Cara Voss"] and answer.withheld == 1
    assert answer.bridges[0].explanation == (
        "Cara Voss connects 2 people in Wales and 1 person in Scotland who are not otherwise "
        "tied, through evidence: Supervision report; organisation: Glen Trust; workshop: "
        "Cardiff day"
    )
    # Organisations: Valley Board–Glen Trust (2 person ties) and Glen Trust–Tyne Health (1):
    # Glen Trust brokers Wales–England, as a liaison (itself in Scotland).
    assert [(b.name, b.crossing_pairs, b.roles["liaison"]) for b in answer.organisations] == [
        ("Glen Trust", 1, 1)
    ]
    assert {h.boundary: h.share for h in answer.health}["nation"] == 0.6
    answer.model_dump_json()  # JSON as it is, for the API


def test_analytics_topic_scope_keeps_linked_people_only() -> None:
    answer = bridges(tiny(), "nation", scope={"topic:peer-support"})
    # Ann, Cara, Dev are interested: ties Ann–Cara, Cara–Dev. Cara brokers Ann (Wales)–Dev.
    assert answer.people == 3 and answer.ties == 2
    assert [b.name for b in answer.bridges] == ["Cara Voss"]
    assert answer.scope == ["peer support"]


def test_analytics_topic_nobody_is_linked_to_is_an_empty_answer() -> None:
    answer = bridges(tiny(), "nation", scope={"topic:no-such-thing"})
    assert answer.people == 0 and answer.ties == 0 and answer.bridges == []


def test_analytics_hand_worked_communities() -> None:
    # {Ann, Bryn, Cara} and {Dev, Eve}: m = 5, degrees A2 B2 C3 D2 E1.
    # Q = 3/5 − (7/10)² + 1/5 − (3/10)² = 0.22, the best split of this graph.
    answer = find_communities(tiny())
    assert [c.size for c in answer.communities] == [3, 2]
    assert answer.communities[0].members == ["Ann Prys", "Bryn Hale", "Cara Voss"]
    assert answer.communities[1].members == ["Eve Marsh"] and answer.communities[1].withheld == 1
    assert answer.communities[0].nations == {"Wales": 2, "Scotland": 1}
    assert answer.modularity == pytest.approx(0.22)


def test_analytics_organisation_projection_weights() -> None:
    graph = tiny()
    orgs = organisation_projection(graph, person_projection(graph))
    assert orgs.graph["organisation:glen-trust"]["organisation:valley-board"]["weight"] == 2
    assert orgs.graph["organisation:glen-trust"]["organisation:tyne-health"]["weight"] == 1
    assert orgs.graph.number_of_edges() == 2


# -- against python-igraph on a generated graph ---------------------------------------------------


def generated(seed: int = 7, people: int = 400) -> nx.MultiDiGraph:
    """Invented people at 40 organisations, 30 workshops and 60 evidence items, at random."""
    rng = random.Random(seed)
    t = Tiny()
    nations = [
        t.node(Label.NATION, n) for n in ("England", "Scotland", "Wales", "Northern Ireland")
    ]
    orgs = [t.node(Label.ORGANISATION, f"Org {i}") for i in range(40)]
    for org in orgs:
        t.edge(org, Rel.BASED_IN, rng.choice(nations))
    events = [t.node(Label.WORKSHOP, f"Workshop {i}") for i in range(30)]
    works = [t.node(Label.EVIDENCE, f"Report {i}") for i in range(60)]
    for i in range(people):
        person = t.node(Label.PERSON, f"Person {i}", consent=True)
        t.edge(person, Rel.WORKS_AT, rng.choice(orgs))
        for event in rng.sample(events, rng.choice([0, 0, 1, 1, 2])):
            t.edge(person, Rel.ATTENDED, event)
        for work in rng.sample(works, rng.choice([0, 0, 0, 1])):
            t.edge(person, Rel.AUTHORED, work)
    return t.graph


def _to_igraph(g: nx.Graph) -> tuple[ig.Graph, list[str]]:
    import igraph as ig  # with matplotlib: most of a second of imports, for two tests

    order = sorted(g.nodes)
    index = {n: i for i, n in enumerate(order)}
    h = ig.Graph(n=len(order), edges=[(index[a], index[b]) for a, b in g.edges])
    h.es["weight"] = [g[a][b]["weight"] for a, b in g.edges]
    return h, order


def test_analytics_agree_with_igraph_on_a_generated_graph() -> None:
    g = person_projection(generated()).graph
    assert g.number_of_nodes() == 400 and g.number_of_edges() > 2000
    h, order = _to_igraph(g)
    n = len(order)
    ours = betweenness(g)
    theirs = h.betweenness(directed=False)
    scale = (n - 1) * (n - 2) / 2
    assert max(abs(ours[k] - theirs[i] / scale) for i, k in enumerate(order)) < 1e-6
    constraint, _ = structural_holes(g)
    burt = h.constraint()  # igraph: unweighted when no weights are given
    for i, k in enumerate(order):
        if constraint[k] is not None:
            assert constraint[k] == pytest.approx(burt[i], abs=1e-6)
    # Our Louvain partition, scored by igraph, has the modularity we report ...
    parts = communities(g, seed=42)
    member = {node: c for c, part in enumerate(parts) for node in part}
    membership = [member[k] for k in order]
    assert modularity(g, parts) == pytest.approx(
        h.modularity(membership, weights="weight"), abs=1e-6
    )
    # ... and is as good as igraph's own multilevel (Louvain) run, within 0.02.
    best = h.community_multilevel(weights="weight").modularity
    assert modularity(g, parts) == pytest.approx(best, abs=0.02)


@pytest.mark.slow
def test_analytics_cli_on_the_examples(example_store: Any) -> None:
    import json

    from typer.testing import CliRunner

    from cli.app import app
    from graph.privacy import is_pseudonym

    runner = CliRunner()
    data = ["--data", str(example_store.data_dir)]
    whole = json.loads(runner.invoke(app, ["bridges", *data, "--json"]).stdout)
    graph = example_store.graph()
    declined = {d["name"] for _, d in graph.nodes(data=True) if d.get("consent") is False}
    assert declined and all(is_pseudonym(n) for n in declined)  # withheld: graph.privacy
    named = {b["name"] for b in whole["bridges"]}
    assert len(named) == 10 and not named & declined and whole["withheld"] > 0
    assert whole["people"] == sum(1 for _, d in graph.nodes(data=True) if d["label"] == "Person")
    carers = json.loads(
        runner.invoke(app, ["bridges", "--topic", "carers", *data, "--json"]).stdout
    )
    assert "carers" in carers["scope"] and 0 < carers["people"] < whole["people"]
    found = json.loads(runner.invoke(app, ["communities", *data, "--json"]).stdout)
    assert found["modularity"] > 0.3 and len(found["communities"]) >= 4
    biggest = {n for c in found["communities"][:4] for n in c["nations"] if c["nations"][n] > 5}
    assert biggest == {"Scotland", "Wales", "England", "Northern Ireland"}  # one per nation
    unknown = runner.invoke(app, ["communities", "--topic", "quantum gardening", *data])
    assert unknown.exit_code == 2 and unknown.stderr.startswith("error:")


@pytest.mark.slow
def test_analytics_sampled_betweenness_tracks_igraph_exact() -> None:
    # Above 1,000 people betweenness is estimated from 500 sampled sources (fixed seed).
    g = person_projection(generated(people=1500)).graph
    h, order = _to_igraph(g)
    scale = (len(order) - 1) * (len(order) - 2) / 2
    exact = {k: v / scale for k, v in zip(order, h.betweenness(directed=False), strict=True)}
    ours = betweenness(g)
    assert ours == betweenness(g)  # the same sample every time
    assert max(abs(ours[k] - exact[k]) for k in order) < 0.5 * max(exact.values())

    def top(values: dict[str, float], k: int) -> set[str]:
        return set(sorted(values, key=lambda n: -values[n])[:k])

    assert len(top(exact, 10) & top(ours, 20)) >= 6
