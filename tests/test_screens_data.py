"""What the screens show, as data: the evidence and gap map (hand-counted on a tiny graph, and
the same counts as the evidence question's coverage on the examples), the pairs to review, a
neighbourhood, the standalone map file and the vendored drawing library."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from api.map_html import map_html
from graph.analytics.evidence_map import evidence_map
from graph.analytics.neighbourhood import find_centre, neighbourhood
from graph.analytics.review import review_candidates
from graph.errors import NotFoundError
from graph.model import Decision, Label, Provenance, Rel, ResolutionDecision
from tests.test_analytics import Tiny, tiny
from tests.test_gaps import mapped

VENDOR = Path(__file__).resolve().parents[1] / "api" / "web" / "static" / "vendor"


def prov(quote: str) -> Provenance:
    return Provenance("notes.md", quote, 0, len(quote), "rule", 1.0)


def richer() -> nx.MultiDiGraph:
    """mapped() (see tests/test_gaps.py) plus: "peer support" under a broader topic, a year,
    type and publisher sector on the reports, a quote saying why the review is about peer
    support, a workshop in Scotland on it, and a challenge about peer support."""
    t = Tiny()
    t.graph = mapped()
    broad = t.node(Label.TOPIC, "person-centred approaches")
    t.edge("topic:peer-support", Rel.BROADER, broad)
    t.graph.nodes["evidence:valley-review"].update(year=2023, title="Valley review", doc_id="v.md")
    t.graph.nodes["evidence:supervision-report"].update(year=2021, evidence_type="Evaluation")
    t.graph.add_edge(
        "evidence:valley-review",
        "topic:peer-support",
        key=Rel.ADDRESSES.value,
        provenance=[prov("Peer support in the valley (call 029 2034 5678).")],
    )
    glen = t.node(Label.WORKSHOP, "Glen day", date="2024-02-01")
    t.edge(glen, Rel.ADDRESSES, "topic:peer-support")
    t.edge(glen, Rel.COVERS, "nation:scotland")
    challenge = t.node(Label.CHALLENGE, "Peer support for all?")
    t.edge(challenge, Rel.ABOUT, "topic:peer-support")
    return t.graph


def test_screens_map_hand_counted() -> None:
    answer = evidence_map(richer())
    assert answer.columns == ["England", "Scotland", "Wales", "Northern Ireland", "UK"]
    assert answer.groups == ["Lab challenges", "person-centred approaches"]
    names = [(r.group, r.name) for r in answer.rows]
    assert names == [
        ("Lab challenges", "Peer support for all?"),
        ("person-centred approaches", "person-centred approaches"),
        ("person-centred approaches", "peer support"),
    ]
    peer = answer.rows[2]
    count = {n: (len(c.evidence), len(c.learning), len(c.workshops)) for n, c in peer.cells.items()}
    # the Supervision report covers Glasgow (Scotland); the Valley review's publisher is in
    # Wales; the lesson is from the Cardiff day (Wales); the Glen day was in Scotland
    assert count == {
        "England": (0, 0, 0),
        "Scotland": (1, 0, 1),
        "Wales": (1, 1, 0),
        "Northern Ireland": (0, 0, 0),
        "UK": (0, 0, 0),
    }
    assert answer.gaps == 9  # three rows with evidence, three nations without in each
    review = answer.items[peer.cells["Wales"].evidence[0]]
    assert (review.name, review.year, review.type, review.sectors) == (
        "Valley review",
        2023,
        "review",
        ["NHS"],
    )
    assert review.document == "v.md"
    report = answer.items[peer.cells["Scotland"].evidence[0]]
    assert (report.type, report.year, report.sectors) == ("evaluation", 2021, [])
    quotes = peer.quotes[peer.cells["Wales"].evidence[0]]
    assert quotes == ["Peer support in the valley (call [phone withheld])."]
    assert answer.years == [2021, 2024] and answer.types == ["evaluation", "review"]
    assert answer.sectors == ["NHS"]
    # the challenge's row takes in its topic, and the topic's broader row its narrower one
    assert answer.rows[0].cells == peer.cells == answer.rows[1].cells


def test_screens_map_ids_are_short_and_every_id_is_an_item() -> None:
    answer = evidence_map(richer())
    ids = {i for r in answer.rows for c in r.cells.values() for i in c.evidence + c.learning}
    ids |= {i for r in answer.rows for c in r.cells.values() for i in c.workshops}
    assert ids == set(answer.items)
    assert all(re.fullmatch(r"[ewl]\d+", i) for i in ids)


@pytest.mark.slow
def test_screens_map_counts_what_the_evidence_question_covers(example_store: Any) -> None:
    from query import Questions
    from query.backends import backend_for

    answer = evidence_map(example_store.graph())
    questions = Questions(backend_for(example_store))
    topics = [r for r in answer.rows if r.kind == "topic"]
    assert len(topics) > 20
    for row in topics:
        coverage = questions.evidence(row.name, limit=1).coverage
        counted = {n: len(c.evidence) for n, c in row.cells.items()}
        assert counted == {n: coverage.get(n, 0) for n in counted}, row.name
    # the examples' planted gaps (examples/README.md)
    by_name = {r.name: r for r in answer.rows}
    ltc = by_name["long-term conditions"].cells
    assert [n for n, c in ltc.items() if c.evidence] == ["Scotland"]
    social = by_name["social prescribing"].cells
    assert not social["Scotland"].evidence and not social["Northern Ireland"].evidence
    assert social["England"].evidence and social["Wales"].evidence


def test_screens_map_html_is_standalone_and_embeds_the_data() -> None:
    graph = richer()
    graph.nodes["topic:peer-support"]["name"] = "peer support </script><script>alert(1)"
    text = map_html(evidence_map(graph))
    assert text.count("</script>") == 2  # the data's own and the renderer's, nothing else
    data = re.search(r'id="qkg-map-data">(.*?)</script>', text, re.S)
    assert data is not None
    embedded = json.loads(data.group(1))
    assert embedded["rows"][2]["name"] == "peer support </script><script>alert(1)"
    assert "default-src 'none'" in text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)  # nothing fetched


def people() -> nx.MultiDiGraph:
    t = Tiny()
    for name in ("Katherine Ormerod", "Kathryn Ormerod", "Niamh Corrigan (Western Trust)"):
        t.node(Label.PERSON, name, consent=True, provenance=[prov(f"{name} spoke.")])
    t.node(Label.PERSON, "Niamh Corrigan (Southern Trust)", consent=True, provenance=[])
    t.node(Label.PERSON, "Kathy Ormerod", consent=None)  # not consented: never offered
    t.node(Label.PERSON, "Keith Ormerod", consent=True)  # another initial: not alike
    trust = t.node(Label.ORGANISATION, "Carers Trust")
    t.node(Label.ORGANISATION, "Carers Trust Scotland")
    t.node(Label.ORGANISATION, "Carers Network")
    t.edge("person:katherine-ormerod", Rel.WORKS_AT, trust)
    return t.graph


def test_screens_review_offers_unsure_pairs_of_consenting_people_and_organisations() -> None:
    answer = review_candidates(people())
    pairs = {(c.label, c.a.name, c.b.name) for c in answer.candidates}
    assert pairs == {
        ("person", "Niamh Corrigan (Southern Trust)", "Niamh Corrigan (Western Trust)"),
        ("person", "Katherine Ormerod", "Kathryn Ormerod"),
        ("organisation", "Carers Trust", "Carers Trust Scotland"),
    }
    kate = next(c for c in answer.candidates if c.a.name == "Katherine Ormerod")
    assert kate.a.organisations == ["Carers Trust"] and kate.a.quotes == [
        "Katherine Ormerod spoke."
    ]
    assert "Kathy" not in json.dumps(answer.model_dump())


def test_screens_review_never_offers_a_pair_ruled_on() -> None:
    ruled = [
        ResolutionDecision(Label.PERSON, "kathryn ormerod", "Katherine Ormerod", Decision.NOT_SAME),
        ResolutionDecision(Label.ORGANISATION, "Carers Trust", "Carers Trust Scotland", "same"),
    ]
    answer = review_candidates(people(), ruled)
    assert [c.a.name for c in answer.candidates] == ["Niamh Corrigan (Southern Trust)"]
    assert answer.decided == 2


def test_screens_neighbourhood_colours_by_side_and_withholds() -> None:
    graph = tiny()
    hood = neighbourhood(graph, "Glen Trust")
    assert hood.centre.key == "organisation:glen-trust"
    assert [n.name for n in hood.nodes] == ["Glen Trust", "Cara Voss", "Scotland"]
    assert hood.withheld == 1  # Dev works there but has not consented
    cara = hood.nodes[1]
    assert cara.sides["nation"] == ["Scotland"] and cara.sides["organisation"] == ["Glen Trust"]
    assert cara.sides["sector"] == ["NHS"]
    assert {(e.source, e.relationship) for e in hood.edges} >= {
        ("person:cara-voss", "WORKS_AT"),
        ("person:cara-voss", "BASED_IN"),
        ("organisation:glen-trust", "BASED_IN"),
    }
    assert "Dev" not in json.dumps(hood.model_dump())


def test_screens_neighbourhood_refuses_the_withheld_and_suggests() -> None:
    graph = tiny()
    with pytest.raises(NotFoundError) as caught:
        find_centre(graph, "Dev Lorne")
    assert "Dev Lorne" not in caught.value.suggestions
    with pytest.raises(NotFoundError) as caught:
        find_centre(graph, "Cara Vos")
    assert caught.value.suggestions[0] == "Cara Voss"
    assert neighbourhood(graph, "peer support", limit=1).left_out == 1


def test_screens_vendored_cytoscape_matches_its_recorded_hash() -> None:
    readme = (VENDOR / "README.md").read_text("utf-8")
    recorded = re.search(r"`cytoscape\.min\.js`.*`([0-9a-f]{64})`", readme)
    assert recorded is not None
    digest = hashlib.sha256((VENDOR / "cytoscape.min.js").read_bytes()).hexdigest()
    assert digest == recorded.group(1)
    assert (VENDOR / "cytoscape.LICENSE").read_text("utf-8").startswith("Copyright")


def test_screens_version_moves_with_every_write(tmp_path: Path, api_keys: dict[str, str]) -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import get_settings
    from graph.stores.embedded import EmbeddedStore
    from tests.test_embedded import doc

    store = EmbeddedStore(tmp_path)
    store.apply([doc("a.txt", {"Ann Prys": "Valley Board"})])
    client = TestClient(create_app(get_settings(data=tmp_path, api_keys=api_keys["config"])))
    assert client.get("/api/version").status_code == 401
    client.headers["Authorization"] = f"Bearer {api_keys['read']}"
    first = client.get("/api/version").json()["version"]
    assert re.fullmatch(r"[0-9a-f]{16}", first)
    assert client.get("/api/version").json()["version"] == first
    store.apply([doc("b.txt", {"Bryn Hale": "Valley Board"})])  # another process's write
    assert client.get("/api/version").json()["version"] != first
