"""Questions about words the vocabulary lacks, matched in the documents' text (query.text_scope),
on a small hand-built corpus; the same answers from Neo4j. No spaCy model is loaded.

People (invented): Ada Rees (Wales, consent yes) wrote "Continence support for staff"; Bryn
Hale (Scotland, yes) spoke on continence cafés at the staff wellbeing day; Cara Moss
(England, no consent) is quoted on continence too; Dai Lloyd (Wales, yes) wrote about foot
care, which never mentions continence.
"""

from __future__ import annotations

from typing import Any

import pytest

from graph.errors import NotFoundError
from graph.model import Label, Provenance, Rel
from graph.stores.embedded import EmbeddedStore
from query import questions_for
from tests.test_query import Doc

L = Label


def with_passages(d: Doc, texts: list[str]) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for text in texts:
        out.append((at, at + len(text), text))
        at += len(text) + 1
    d.claims.passages = out
    return out


def said(d: Doc, name: str, passage: tuple[int, int, str], **props: Any) -> tuple[Label, str]:
    ref = d.entity(L.PERSON, name, **props)
    claim = next(e for e in d.claims.entities if e.ref == ref)
    start, end, text = passage
    claim.provenance = [Provenance(d.claims.doc_id, text, start, end, "ner", 0.8)]
    return ref


def corpus() -> list[Any]:
    people = Doc("people.csv", "directory")
    for name, nation, consent in (
        ("Ada Rees", "Wales", True),
        ("Bryn Hale", "Scotland", True),
        ("Cara Moss", "England", False),
        ("Dai Lloyd", "Wales", True),
    ):
        person = people.entity(L.PERSON, name, consent=consent)
        people.rel(person, Rel.BASED_IN, people.entity(L.NATION, nation))
    report = Doc("continence-report.txt")
    item = report.entity(
        L.EVIDENCE, "Continence support for staff", year=2024, doc_id=report.claims.doc_id
    )
    author = report.entity(L.PERSON, "Ada Rees")
    claim = next(e for e in report.claims.entities if e.ref == author)
    claim.provenance = [Provenance(report.claims.doc_id, "authors: Ada Rees", 0, 0, "meta", 0.9)]
    report.rel(author, Rel.AUTHORED, item)
    report.rel(item, Rel.COVERS, report.entity(L.NATION, "Wales"))
    with_passages(
        report,
        [
            "Staff with continence symptoms asked for flexible rotas.",
            "A continence policy was agreed with the unions.",
            "Managers had training and support at work.",
        ],
    )
    day = Doc("wellbeing-day.md", "workshop")
    workshop = day.entity(L.WORKSHOP, "Staff wellbeing day", doc_id=day.claims.doc_id)
    lines = with_passages(
        day,
        [
            "Bryn Hale described the monthly continence cafés for nurses.",
            "Cara Moss said continence is still not talked about.",
            "Rest rooms were the most asked-for change.",
        ],
    )
    for name, passage in (("Bryn Hale", lines[0]), ("Cara Moss", lines[1])):
        day.rel(said(day, name, passage), Rel.ATTENDED, workshop)
    day.claims.relations[0].props["role"] = "speaker"  # Bryn Hale led the session on it
    learning = day.entity(L.LEARNING, "Continence cafés need a private room.")
    claim = next(e for e in day.claims.entities if e.ref == learning)
    claim.provenance = [Provenance(day.claims.doc_id, lines[0][2], 0, lines[0][1], "rule", 0.8)]
    day.rel(learning, Rel.FROM, workshop)
    mouth = Doc("mouth-care.txt")
    other = mouth.entity(L.EVIDENCE, "Foot care in care homes", year=2023, doc_id="mouth-care.txt")
    mouth.rel(mouth.entity(L.PERSON, "Dai Lloyd"), Rel.AUTHORED, other)
    with_passages(mouth, ["Residents had daily foot care.", "Staff were trained by podiatrists."])
    general = Doc("team-notes.md", "workshop")  # words as common as in any real corpus
    general.entity(L.WORKSHOP, "Team notes", doc_id="team-notes.md")
    with_passages(
        general, [f"Item {i}: support at work for team {i} was discussed." for i in range(12)]
    )
    return [people.claims, report.claims, day.claims, mouth.claims, general.claims]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path_factory.mktemp("text-scope"))
    store.apply(corpus())
    return store


def answers(ask: Any) -> dict[str, Any]:
    connect = ask.connect("continence support at work")
    evidence = ask.evidence("continence support at work")
    learning = ask.learning("continence")
    return {
        "people": [(c.person.name, [r.kind for r in c.reasons]) for c in connect.results],
        "withheld": connect.withheld_no_consent,
        "note": connect.scope.note,
        "evidence": [(e.title, e.topic_score) for e in evidence.results],
        "coverage": evidence.coverage,
        "learning": [item.statement for item in learning.results],
        "quotes": [q.text for c in connect.results for r in c.reasons for q in r.quotes],
    }


def check(found: dict[str, Any]) -> None:
    assert found["people"] == [
        ("Bryn Hale", ["spoke at", "said about"]),  # 2.0 + 1.5, as for a topic
        ("Ada Rees", ["wrote"]),
    ]
    assert found["withheld"] == 1  # Cara Moss: no consent
    assert "not in the topic vocabulary" in found["note"] and "matched" in found["note"]
    titles = [title for title, _score in found["evidence"]]
    assert titles[0] == "Continence support for staff"
    assert "Foot care in care homes" not in titles[:1]
    assert found["coverage"]["Wales"] == 1 and found["coverage"]["England"] == 0
    assert found["learning"] == ["Continence cafés need a private room."]
    assert "Bryn Hale described the monthly continence cafés for nurses." in found["quotes"]


def test_text_scope_questions_on_words_the_vocabulary_lacks(store: EmbeddedStore) -> None:
    check(answers(questions_for(store)))


def test_text_scope_an_item_that_only_mentions_it_counts_for_its_nation(tmp_path: Any) -> None:
    """A Fife bladder-health trial (Scotland, no author) says "continence" in one passage only:
    it ranks below the items about it, but it is evidence from Scotland on the words asked."""
    trial = Doc("bladder-trial.txt")
    fife = trial.entity(
        L.EVIDENCE, "Bladder health classes in Fife", year=2024, doc_id="bladder-trial.txt"
    )
    trial.rel(fife, Rel.COVERS, trial.entity(L.NATION, "Scotland"))
    with_passages(trial, ["Women joined weekly classes.", "Each had a continence assessment."])
    store = EmbeddedStore(tmp_path)
    store.apply([*corpus(), trial.claims])
    answer = questions_for(store).evidence("continence")
    assert [e.title for e in answer.results][-1] == "Bladder health classes in Fife"
    assert answer.coverage["Scotland"] == 1 and answer.coverage["Wales"] == 1
    assert answer.gaps == ["England", "Northern Ireland"]


def test_text_scope_the_author_of_an_item_that_only_mentions_it_ranks_at_half_weight(
    tmp_path: Any,
) -> None:
    """Eilidh Shaw (Scotland, consent yes) wrote the Fife trial that says "continence" once:
    she is someone to connect on it, after those whose items are about it, and her path says
    the trial only mentions it."""
    trial = Doc("bladder-trial.txt")
    fife = trial.entity(
        L.EVIDENCE, "Bladder health classes in Fife", year=2024, doc_id="bladder-trial.txt"
    )
    trial.rel(trial.entity(L.PERSON, "Eilidh Shaw", consent=True), Rel.AUTHORED, fife)
    with_passages(trial, ["Women joined weekly classes.", "Each had a continence assessment."])
    store = EmbeddedStore(tmp_path)
    store.apply([*corpus(), trial.claims])
    answer = questions_for(store).connect("continence")
    ranked = [(c.person.name, c.score) for c in answer.results]
    assert ranked[-1] == ("Eilidh Shaw", 1.5)  # wrote (3.0) x mentions (0.5)
    assert [name for name, _ in ranked[:2]] == ["Bryn Hale", "Ada Rees"]
    last = answer.results[-1]
    assert [s.relationship for s in last.path] == ["AUTHORED", "MENTIONS"]
    assert last.reasons[0].quotes[0].text == "Each had a continence assessment."


@pytest.mark.neo4j
def test_text_scope_same_answers_on_neo4j(store: EmbeddedStore, neo4j_store: Any) -> None:
    neo4j_store.apply(corpus())
    assert answers(questions_for(neo4j_store)) == answers(questions_for(store))


def test_text_scope_no_document_mentions_it(store: EmbeddedStore) -> None:
    with pytest.raises(NotFoundError):
        questions_for(store).connect("zebra crossings")


@pytest.mark.parametrize(
    ("asked", "topics", "parts"),
    [
        ("peer support for carers", ["carers", "peer support"], []),
        ("children and young people", ["children and young people"], []),
        ("continence support at work", [], ["continence support at work"]),
        ("oral health and foot care", ["oral health"], ["foot care"]),
        ("bladder health and foot care", [], ["bladder health", "foot care"]),
        ("social prescribing, continence", ["social prescribing"], ["continence"]),
        # a kind of a topic is a topic of its own (under infant feeding), not its broader one
        ("breastfeeding", ["breastfeeding"], []),
        ("bottle feeding and breast feeding", ["bottle feeding", "breastfeeding"], []),
    ],
)
def test_text_scope_topics_by_longest_label_and_parts_by_text(
    store: EmbeddedStore, asked: str, topics: list[str], parts: list[str]
) -> None:
    ctx = questions_for(store).ctx
    resolved = ctx.resolve(asked)
    same = sorted(name for w, rel, name in resolved.weights.values() if rel == "same")
    assert (same, resolved.text_parts) == (topics, parts)


def test_text_match_a_word_asked_matches_its_negated_forms_one_way() -> None:
    from graph.derive.text_match import TextIndex, Title

    passages = [
        Title("a", "Pelvic floor training for urinary incontinence in women"),
        Title("b", "Health inequalities in coastal towns"),
        Title("c", "Information sharing between practices"),
        Title("d", "Foot care clinics in care homes"),
    ]
    index = TextIndex.build(passages, {})
    assert index.match("continence") == [0]
    assert index.match("health equality") == [1]
    formed = TextIndex.build([Title("f", "Formation of the new practice partnership")], {})
    assert formed.match("information") == []  # only a word's negated forms, never its stem
    assert index.match("incontinence") == [0]
    short = TextIndex.build([Title("e", "Unfit housing and damp")], {})
    assert short.match("fit") == []  # too short a word to read "unfit" as its negation


def test_text_match_compares_words_by_their_stems() -> None:
    from graph.derive.text_match import TextIndex, Title

    index = TextIndex.build(
        [
            Title("a", "One in five adults had been harmed by someone else's gambling"),
            Title("b", "Keeping physically active on older people's wards"),
            Title("c", "Harm reduction in drug services"),
            Title("d", "The clinic continued to open on Saturdays"),
        ],
        {},
    )
    assert index.match("gambling harm") == [0]
    assert index.match("physically") == [1]
    assert index.match("continuity") == []  # a derivation, not an inflection, of "continue"


def test_text_match_a_hyphenated_word_is_also_its_parts() -> None:
    from graph.derive.text_match import TextIndex, Title

    index = TextIndex.build(
        [
            Title("a", "An evaluation of our gluten-free diet leaflet"),
            Title("b", "Starting a gluten free diet after diagnosis"),
            Title("c", "Diet and diabetes"),
        ],
        {},
    )
    assert index.match("gluten free diet") == [0, 1]
    assert index.match("gluten-free diet") == [0, 1]


def test_text_match_a_letter_folded_apart_joins_its_word_again() -> None:
    """A question is folded before its parts are matched ("e-learning" -> "e learning"): the
    letter that opened the word is read with it again, so it still finds "e-learning"."""
    from graph.derive.text_match import TextIndex, Title

    index = TextIndex.build(
        [
            Title("a", "Staff finished the e-learning modules on sepsis in a week"),
            Title("b", "Learning from deaths reviews in acute trusts"),
        ],
        {},
    )
    assert index.match("e learning") == [0]
    assert index.match("e-learning modules") == [0]


def test_text_match_a_kind_of_condition_asked_with_its_name_is_not_needed() -> None:
    """Notes on sickle cell disease write "sickle cell"; "disease" alone is still a word."""
    from graph.derive.text_match import TextIndex, Title

    index = TextIndex.build(
        [
            Title("a", "Talking about sickle cell after the morning service"),
            Title("b", "Sickle cell pain plans in emergency departments"),
            Title("c", "Sickle cell and school PE lessons"),
            Title("d", "Heart disease in older men"),
        ],
        {},
    )
    assert index.match("sickle cell disease") == [0, 1, 2]
    assert index.match("heart disease") == [3]


def test_text_match_both_words_of_a_pair_are_needed_however_rare_one_is() -> None:
    """Where "glaucoma" is common and "monitoring" rare, the rare word alone weighs more than
    half of "glaucoma monitoring": an air quality report's monitoring must still not match."""
    from graph.derive.text_match import TextIndex, Title

    index = TextIndex.build(
        [
            Title("a", "Glaucoma monitoring at home with rebound tonometers"),
            Title("b", "Air quality monitoring sites across the district"),
            Title("c", "Glaucoma clinic waits"),
            Title("d", "Glaucoma and driving"),
            Title("e", "Living with glaucoma"),
        ],
        {},
    )
    assert index.match("glaucoma monitoring") == [0]
    assert index.match("menopause support at work") == []  # (no passage has the anchor)


def heading_corpus() -> list[Any]:
    """A family group's notes that name Tourette syndrome only in a heading."""
    people = Doc("family-people.csv", "directory")
    person = people.entity(L.PERSON, "Joanne Bramley", consent=True)
    people.rel(person, Rel.BASED_IN, people.entity(L.NATION, "England"))
    notes = Doc("family-group.md", "workshop")
    meeting = notes.entity(L.WORKSHOP, "Family group meeting, March", doc_id="family-group.md")
    attended = notes.entity(L.PERSON, "Joanne Bramley")
    notes.rel(attended, Rel.ATTENDED, meeting)
    with_passages(
        notes,
        ["Tics, Tourette syndrome and the local pathway", "Most children need no medicine."],
    )
    notes.claims.untied = [0]
    notes.claims.headed = [0]
    return [people.claims, notes.claims]


def test_text_scope_a_heading_naming_it_makes_its_document_about_it(tmp_path: Any) -> None:
    store = EmbeddedStore(tmp_path)
    store.apply(heading_corpus())
    ask = questions_for(store)
    connect = ask.connect("Tourette syndrome")
    assert [c.person.name for c in connect.results] == ["Joanne Bramley"]
    quotes = [q.text for c in connect.results for r in c.reasons for q in r.quotes]
    assert not any("Tourette" in q for q in quotes)  # a heading is matched, never quoted


@pytest.mark.neo4j
def test_text_scope_a_heading_matches_the_same_on_neo4j(tmp_path: Any, neo4j_store: Any) -> None:
    store = EmbeddedStore(tmp_path)
    store.apply(heading_corpus())
    neo4j_store.apply(heading_corpus())
    for ask in (questions_for(store), questions_for(neo4j_store)):
        assert [c.person.name for c in ask.connect("Tourette syndrome").results] == [
            "Joanne Bramley"
        ]
