"""The questions on a small hand-built graph, with answers worked out by hand from the scoring
rules documented in query/connect.py and query/evidence.py. No spaCy model is loaded.

People (all invented): Ada (Scotland, nurse, consent yes, wrote two reports), Bryn (Wales,
social worker, yes, attended the Cardiff workshop and was quoted on peer support), Cara (NI,
consent no, wrote one report), Dev (no directory entry: consent and nation unknown), Eve
(England, GP, yes, quoted on recovery — narrower than mental health), Finn (Scotland, nurse,
yes, quoted on peer support), Gwen (consent yes, nation unknown, quoted on peer support).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.errors import InputError, NotFoundError
from graph.model import DocumentClaims, EntityClaim, Label, Provenance, Rel, RelationClaim
from graph.stores.embedded import EmbeddedStore
from query import Questions
from query.backends.embedded import EmbeddedBackend

L = Label


class Doc:
    """Builds one document's claims tersely."""

    def __init__(self, doc_id: str, kind: str = "evidence") -> None:
        self.claims = DocumentClaims(
            doc_id, doc_id, "h", "txt", kind, "flag", doc_id, "2026-01-01T00:00:00+00:00"
        )

    def prov(self, quote: str) -> Provenance:
        return Provenance(self.claims.doc_id, quote, 10, 10 + len(quote), "test", 0.9)

    def entity(self, label: Label, name: str, **props: Any) -> tuple[Label, str]:
        self.claims.entities.append(EntityClaim(label, name, props, [self.prov(f"about {name}")]))
        return (label, name)

    def rel(self, a: tuple[Label, str], rel: Rel, b: tuple[Label, str], quote: str = "") -> None:
        prov = self.prov(quote or f"{a[1]} {rel.value} {b[1]}")
        self.claims.relations.append(RelationClaim(a, rel, b, {}, [prov]))


def directory() -> DocumentClaims:
    d = Doc("people.csv", "directory")
    rows = [
        ("Ada Brown", True, "Scotland", "nurse", "NHS Lothian"),
        ("Bryn Evans", True, "Wales", "social worker", "Cardiff Council"),
        ("Cara Doyle", False, "Northern Ireland", "", ""),
        ("Eve Smith", True, "England", "GP", ""),
        ("Finn Reid", True, "Scotland", "nurse", ""),
        ("Gwen Hale", True, "", "", ""),
    ]
    for name, consent, nation, profession, org in rows:
        person = d.entity(L.PERSON, name, consent=consent, email=f"{name.split()[0]}@example.org")
        if nation:
            d.rel(person, Rel.BASED_IN, d.entity(L.NATION, nation))
        if profession:
            d.rel(person, Rel.HAS_PROFESSION, d.entity(L.PROFESSION, profession))
        if org:
            d.rel(person, Rel.WORKS_AT, d.entity(L.ORGANISATION, org))
    return d.claims


def report(doc_id: str, title: str, year: int, author: str, nation: str, publisher: str) -> Any:
    d = Doc(doc_id)
    item = d.entity(L.EVIDENCE, title, year=year, publisher=publisher, summary="peer support")
    d.rel(d.entity(L.PERSON, author), Rel.AUTHORED, item)
    d.rel(item, Rel.ADDRESSES, d.entity(L.TOPIC, "peer support"), f"{title} is on peer support.")
    d.rel(item, Rel.COVERS, d.entity(L.NATION, nation))
    d.rel(d.entity(L.ORGANISATION, publisher), Rel.PUBLISHED, item)
    lesson = d.entity(L.LEARNING, f"Lesson from {title}")
    d.rel(lesson, Rel.FROM, item)
    d.rel(lesson, Rel.ABOUT, (L.TOPIC, "peer support"))
    return d.claims


def workshop() -> DocumentClaims:
    d = Doc("cardiff.md", "workshop")
    event = d.entity(L.WORKSHOP, "Cardiff workshop", date="2023-05-01")
    d.rel(d.entity(L.PERSON, "Bryn Evans"), Rel.ATTENDED, event)
    peer = d.entity(L.TOPIC, "peer support")
    d.rel(event, Rel.ADDRESSES, peer)
    d.rel(event, Rel.COVERS, d.entity(L.NATION, "Wales"))
    lesson = d.entity(L.LEARNING, "Peer supporters need supervision", recorded="2023-05-01")
    d.rel(lesson, Rel.FROM, event)
    d.rel(lesson, Rel.ABOUT, peer)
    for person, topic in (
        ("Bryn Evans", "peer support"),
        ("Dev Rao", "peer support"),
        ("Eve Smith", "recovery"),
        ("Finn Reid", "peer support"),
        ("Gwen Hale", "peer support"),
    ):
        d.rel(
            d.entity(L.PERSON, person),
            Rel.INTERESTED_IN,
            d.entity(L.TOPIC, topic),
            f"{person} spoke about {topic}.",
        )
    return d.claims


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Questions:
    store = EmbeddedStore(tmp_path_factory.mktemp("fixture"))
    store.apply(
        [
            directory(),
            workshop(),
            report("e1.txt", "Ward peer support", 2023, "Ada Brown", "Scotland", "NHS Lothian"),
            report("e3.txt", "Island peer support", 2024, "Ada Brown", "Scotland", "NHS Lothian"),
            report(
                "e2.txt",
                "Belfast peer support",
                2019,
                "Cara Doyle",
                "Northern Ireland",
                "Public Health Agency",
            ),
        ]
    )
    return Questions(EmbeddedBackend(store.graph()))


def names(answer: Any) -> list[tuple[str, float]]:
    return [(r.person.name, r.score) for r in answer.results]


def test_query_connect_ranks_with_damping_and_withholds_without_consent(ask: Questions) -> None:
    answer = ask.connect("peer support")
    # Ada: wrote 3.0 + second report 3.0/2; Bryn: said about 1.5 + attended 1.0; Finn, Gwen 1.5
    assert names(answer) == [
        ("Ada Brown", 4.5),
        ("Bryn Evans", 2.5),
        ("Finn Reid", 1.5),
        ("Gwen Hale", 1.5),
    ]
    assert answer.withheld_no_consent == 2  # Cara said no; Dev's consent is unknown
    ada = answer.results[0]
    assert ada.why.startswith("Ada Brown wrote “")
    assert ada.reasons[0].quotes[0].document in {"e1.txt", "e3.txt"}
    assert [s.relationship for s in ada.path] == ["AUTHORED", "ADDRESSES"]


def test_query_connect_across_nation_from_a_nation(ask: Questions) -> None:
    answer = ask.connect("peer support", nation="scottish")
    assert answer.across == "nation" and answer.origin == "Scotland"
    assert names(answer) == [("Bryn Evans", 2.5)]
    assert answer.excluded_same_side == 2  # Ada, Finn
    assert answer.excluded_unknown_side == 2  # Dev, Gwen
    assert answer.withheld_no_consent == 1  # Cara, on the other side but said no


def test_query_connect_across_profession_from_a_person(ask: Questions) -> None:
    answer = ask.connect("peer support", across="profession", from_person="ada brown")
    assert answer.origin == "Ada Brown" and answer.origin_side == ["nurse"]
    assert names(answer) == [("Bryn Evans", 2.5)]  # Finn is a nurse too; Gwen's is unknown
    assert answer.results[0].path[0].source == "Ada Brown"  # the path starts from the origin
    assert answer.results[0].path[-1].target == "Bryn Evans"


def test_query_connect_narrower_topics_count_less(ask: Questions) -> None:
    answer = ask.connect("mental health")
    assert names(answer) == [("Eve Smith", 1.2)]  # quoted on recovery: 1.5 × 0.8
    assert answer.results[0].shared_topics[0].relation == "narrower"


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"asked": "quantum widgets"}, NotFoundError, "no challenge or topic"),
        ({"asked": "peer support", "from_person": "Adda Brun"}, NotFoundError, "no person"),
        ({"asked": "peer support", "nation": "Atlantis"}, InputError, "not a nation"),
        ({"asked": "peer support", "across": "sector"}, InputError, "needs --from"),
        (
            {"asked": "peer support", "nation": "Wales", "from_person": "Ada Brown"},
            InputError,
            "not both",
        ),
    ],
)
def test_query_connect_bad_arguments(
    ask: Questions, kwargs: dict[str, Any], error: type, message: str
) -> None:
    with pytest.raises(error, match=message):
        ask.connect(**kwargs)


def test_query_unknown_person_suggests_names(ask: Questions) -> None:
    with pytest.raises(NotFoundError) as info:
        ask.profile("Ada Brwon")
    assert "Ada Brown" in info.value.suggestions


def test_query_evidence_ranking_coverage_and_gaps(ask: Questions) -> None:
    answer = ask.evidence("peer support")
    assert [i.title for i in answer.results] == [
        "Island peer support",
        "Ward peer support",
        "Belfast peer support",
    ]
    assert [i.recency_score for i in answer.results] == [1.0, 0.8706, 0.5]  # 2024, 2023, 2019
    assert all(i.topic_score == 1.0 for i in answer.results)
    assert answer.coverage["Scotland"] == 2 and answer.coverage["Northern Ireland"] == 1
    assert answer.gaps == ["England", "Wales"]
    only = ask.evidence("peer support", nation="Northern Ireland")
    assert [i.title for i in only.results] == ["Belfast peer support"]
    assert only.gaps == ["England", "Wales"]  # coverage describes all the evidence


def test_query_evidence_empty_result_is_all_gaps(ask: Questions) -> None:
    answer = ask.evidence("housing")
    assert answer.results == [] and answer.gaps == [
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
    ]


def test_query_learning_from_elsewhere(ask: Questions) -> None:
    answer = ask.learning("peer support", not_from="Wales")
    sources = [(i.source, i.nations) for i in answer.results]
    assert ("Cardiff workshop", ["Wales"]) not in sources
    assert answer.excluded_from_nation == 1
    assert sources[0] == ("Island peer support", ["Scotland"])  # newest first on equal topics
    everything = ask.learning("peer support")
    assert len(everything.results) == 4
    cardiff = next(i for i in everything.results if i.source == "Cardiff workshop")
    assert cardiff.date == "2023-05-01" and cardiff.source_kind == "Workshop"


def test_query_organisations_with_people_and_evidence(ask: Questions) -> None:
    answer = ask.organisations("peer support")
    scores = {o.name: o.score for o in answer.results}
    # NHS Lothian published two reports (3 + 1.5) and Ada works there (1.0)
    assert scores["NHS Lothian"] == 5.5
    lothian = next(o for o in answer.results if o.name == "NHS Lothian")
    assert lothian.people == ["Ada Brown"] and lothian.nations == ["Scotland"]
    assert lothian.evidence == ["Island peer support", "Ward peer support"]
    assert scores["Cardiff Council"] == 1.0
    assert "NHS Lothian" in answer.by_nation["Scotland"]


def test_query_profile_shows_email_with_consent_and_no_one_without(ask: Questions) -> None:
    ada = ask.profile("Ada Brown")
    assert ada.email == "Ada@example.org" and ada.card is not None
    assert ada.card.professions == ["nurse"] and ada.nations == ["Scotland"]
    assert "peer support" in ada.topics
    assert {"e1.txt", "e3.txt", "people.csv"} <= set(ada.documents)
    for withheld in ("Cara Doyle", "Dev Rao"):  # no consent: not found, not suggested
        with pytest.raises(NotFoundError) as found:
            ask.profile(withheld)
        assert not any(n in str(found.value.suggestions) for n in ("Cara", "Dev"))


def test_query_path_between_people(ask: Questions) -> None:
    answer = ask.path("Ada Brown", "Finn Reid")
    first = answer.paths[0]
    assert first[0].source == "Ada Brown" and first[-1].target == "Finn Reid"
    assert len(answer.paths) >= 2
    with pytest.raises(NotFoundError):
        ask.path("Ada Brown", "Nobody Atall")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("A Brown", "Ada Brown"),
        ("Ada Brwn", "Ada Brown"),
        ("nhs lothian", "NHS Lothian"),
        ("Bryn", "Bryn Evans"),
    ],
)
def test_query_search_tolerates_typos_and_initials(ask: Questions, text: str, first: str) -> None:
    assert ask.search(text).results[0].name == first


def test_query_same_answers_whatever_the_ingest_order(tmp_path: Path) -> None:
    docs = [
        directory(),
        workshop(),
        report("e1.txt", "Ward peer support", 2023, "Ada Brown", "Scotland", "NHS Lothian"),
    ]
    answers = []
    for order, folder in ((docs, "a"), (docs[::-1], "b")):
        store = EmbeddedStore(tmp_path / folder)
        for d in order:
            store.apply([d])
        ask = Questions(EmbeddedBackend(store.graph()))
        answers.append(
            [ask.connect("peer support").model_dump(), ask.evidence("peer support").model_dump()]
        )
    assert answers[0] == answers[1]


def test_ranking_index_holds_each_kind_with_its_vias_consent_and_sides(ask: Questions) -> None:
    from graph.derive.ranking import ranking_index
    from graph.derive.sides import coverage_of, facets_of
    from graph.model import fold, node_key
    from graph.privacy import pseudonym

    graph = ask.ctx.backend.g  # type: ignore[attr-defined]
    facets = facets_of(graph)
    index = ranking_index(graph, facets, coverage_of(graph, facets))
    peer = index[node_key(L.TOPIC, "peer support")]
    key = {node_key(L.PERSON, n): n.split()[0] for n in ("Ada Brown", "Bryn Evans", "Finn Reid")}
    key[node_key(L.PERSON, "Gwen Hale")] = "Gwen"
    for withheld in ("Cara Doyle", "Dev Rao"):  # kept under a pseudonym (graph.privacy)
        key[node_key(L.PERSON, pseudonym(fold(withheld)))] = withheld.split()[0]
    rows = {key[row[0]]: [*row[1:]] for row in peer["people"]}
    assert [key[row[0]] for row in peer["people"]][:4] == ["Ada", "Bryn", "Finn", "Gwen"]
    assert rows == {
        "Ada": [True, "wrote", 2],  # two reports: one kind, two vias
        "Bryn": [True, "attended", 1, "said about", 1],
        "Cara": [False, "wrote", 1],
        "Dev": [None, "said about", 1],  # no directory entry: consent unknown
        "Finn": [True, "said about", 1],
        "Gwen": [True, "said about", 1],
    }
    order = [key[row[0]] for row in peer["people"]]
    assert dict(zip(order, peer["side_nation"], strict=True)) == {
        "Ada": ["Scotland"],
        "Bryn": ["Wales"],
        "Cara": ["Northern Ireland"],
        "Dev": [],
        "Finn": ["Scotland"],
        "Gwen": [],
    }
    assert peer["side_profession"][:2] == [["nurse"], ["social worker"]]
    org = {node_key(L.ORGANISATION, n): n for n in ("NHS Lothian", "Cardiff Council")}
    org[node_key(L.ORGANISATION, "Public Health Agency")] = "PHA"
    assert [[org[o] for o in at] for at in peer["works_at"]] == [
        ["NHS Lothian"],
        ["Cardiff Council"],
        [],
        [],
        [],
        [],
    ]
    # published on it (two reports, one) or employing someone linked to it (Bryn)
    assert [[org[o], n] for o, n in peer["organisations"]] == [
        ["Cardiff Council", 0],
        ["NHS Lothian", 2],
        ["PHA", 1],
    ]
    assert peer["org_side_nation"] == [["Wales"], ["Scotland"], ["Northern Ireland"]]
    assert peer["evidence"] == [
        [
            node_key(L.EVIDENCE, "Belfast peer support"),
            "Belfast peer support",
            2019,
            ["Northern Ireland"],
        ],
        [node_key(L.EVIDENCE, "Island peer support"), "Island peer support", 2024, ["Scotland"]],
        [node_key(L.EVIDENCE, "Ward peer support"), "Ward peer support", 2023, ["Scotland"]],
    ]
    recovery = index[node_key(L.TOPIC, "recovery")]
    assert [row[2:] for row in recovery["people"]] == [["said about", 1]]
    # only what people are linked to: not "mental health", which is in scope through recovery
    assert sorted(index) == [node_key(L.TOPIC, "peer support"), node_key(L.TOPIC, "recovery")]


def test_query_connect_ranks_speaking_and_listed_expertise_above_attending(
    tmp_path: Path,
) -> None:
    """How directly someone worked on a topic, worked by hand: Hana spoke at the workshop
    (2.0), Ivo lists the topic as expertise in a directory (2.0; his being quoted on it too is
    the same link, now known to be listed), Jo only attended (1.0). Ties go by name."""
    d = Doc("people.csv", "directory")
    for name in ("Hana Ito", "Ivo Berg", "Jo Abbott"):
        d.entity(L.PERSON, name, consent=True)
    listed = d.claims.relations
    d.rel((L.PERSON, "Ivo Berg"), Rel.INTERESTED_IN, d.entity(L.TOPIC, "carers"))
    listed[-1].props["listed"] = True
    w = Doc("day.md", "workshop")
    day = w.entity(L.WORKSHOP, "Carers day")
    w.rel(day, Rel.ADDRESSES, w.entity(L.TOPIC, "carers"))
    w.rel(w.entity(L.PERSON, "Hana Ito"), Rel.ATTENDED, day)
    w.claims.relations[-1].props["role"] = "speaker"
    w.rel(w.entity(L.PERSON, "Jo Abbott"), Rel.ATTENDED, day)
    w.rel(w.entity(L.PERSON, "Ivo Berg"), Rel.INTERESTED_IN, (L.TOPIC, "carers"), "Ivo said so.")
    store = EmbeddedStore(tmp_path)
    store.apply([d.claims, w.claims])
    answer = Questions(EmbeddedBackend(store.graph())).connect("carers")
    assert names(answer) == [("Hana Ito", 2.0), ("Ivo Berg", 2.0), ("Jo Abbott", 1.0)]
    reasons = {c.person.name: [r.kind for r in c.reasons] for c in answer.results}
    assert reasons == {
        "Hana Ito": ["spoke at"],
        "Ivo Berg": ["listed expertise"],
        "Jo Abbott": ["attended"],
    }
    assert answer.results[[c.person.name for c in answer.results].index("Ivo Berg")].why == (
        "Ivo Berg lists carers as expertise"
    )


def test_query_connect_ranks_anyone_on_the_topic_above_those_only_on_a_broader_one(
    tmp_path: Path,
) -> None:
    """Two reports on patient safety (3.0 × 0.4, then half that: 1.8) say less about falls
    than attending one falls huddle (1.0): Kai, who only wrote on the broader topic, comes after
    Lea, whatever the scores; among those only on the broader topic, scores decide."""
    d = Doc("people.csv", "directory")
    for name in ("Kai Dunn", "Lea Moss", "Ola Finch"):
        d.entity(L.PERSON, name, consent=True)
    docs = [d.claims]
    for i in (1, 2):
        e = Doc(f"safety{i}.md")
        item = e.entity(L.EVIDENCE, f"Safety report {i}")
        e.rel(e.entity(L.PERSON, "Kai Dunn"), Rel.AUTHORED, item)
        e.rel(item, Rel.ADDRESSES, e.entity(L.TOPIC, "patient safety"))
        docs.append(e.claims)
    w = Doc("huddle.md", "workshop")
    huddle = w.entity(L.WORKSHOP, "Falls huddle")
    w.rel(huddle, Rel.ADDRESSES, w.entity(L.TOPIC, "falls"))
    w.rel(w.entity(L.PERSON, "Lea Moss"), Rel.ATTENDED, huddle)
    w.rel(w.entity(L.PERSON, "Ola Finch"), Rel.INTERESTED_IN, w.entity(L.TOPIC, "patient safety"))
    docs.append(w.claims)
    store = EmbeddedStore(tmp_path)
    store.apply(docs)
    answer = Questions(EmbeddedBackend(store.graph())).connect("falls")
    assert names(answer) == [("Lea Moss", 1.0), ("Kai Dunn", 1.8), ("Ola Finch", 0.6)]


def test_query_connect_spreads_a_list_over_the_work_behind_it(tmp_path: Path) -> None:
    """Four authors of one report (3.0 each) and two speakers at a workshop (2.0 each), top
    four: by score alone, the four authors. Each one already listed from the same piece of
    work scales the next one's score by 0.85 for the order only, so the list is Ann (3.0), Bo
    (3.0 × 0.85 = 2.55), Cy (3.0 × 0.85² ≈ 2.17), Eli (2.0, before Di's 3.0 × 0.85³ ≈ 1.84).
    The score shown stays the evidence score, and the reason says why one comes after others."""
    d = Doc("people.csv", "directory")
    for name in ("Ann Bell", "Bo Chen", "Cy Dale", "Di Ede", "Eli Fox", "Fay Gray"):
        d.entity(L.PERSON, name, consent=True)
    e = Doc("report.md")
    report = e.entity(L.EVIDENCE, "Carers report")
    e.rel(report, Rel.ADDRESSES, e.entity(L.TOPIC, "carers"))
    for name in ("Ann Bell", "Bo Chen", "Cy Dale", "Di Ede"):
        e.rel(e.entity(L.PERSON, name), Rel.AUTHORED, report)
    w = Doc("day.md", "workshop")
    day = w.entity(L.WORKSHOP, "Carers day")
    w.rel(day, Rel.ADDRESSES, w.entity(L.TOPIC, "carers"))
    for name in ("Eli Fox", "Fay Gray"):
        w.rel(w.entity(L.PERSON, name), Rel.ATTENDED, day)
        w.claims.relations[-1].props["role"] = "speaker"
    store = EmbeddedStore(tmp_path)
    store.apply([d.claims, e.claims, w.claims])
    answer = Questions(EmbeddedBackend(store.graph())).connect("carers", limit=4)
    assert names(answer) == [
        ("Ann Bell", 3.0),
        ("Bo Chen", 3.0),
        ("Cy Dale", 3.0),
        ("Eli Fox", 2.0),
    ]
    whys = [c.why for c in answer.results]
    assert whys[0] == "Ann Bell wrote “Carers report” (carers)"
    assert (
        whys[2]
        == "Cy Dale wrote “Carers report” (carers); listed after 2 others from “Carers report”"
    )
    assert whys[1].endswith("listed after 1 other from “Carers report”")
    assert whys[3] == "Eli Fox spoke at “Carers day” (carers)"
    # with room for everyone, everyone is there
    assert len(Questions(EmbeddedBackend(store.graph())).connect("carers").results) == 6
