"""RDF export and import: round trip, SHACL shapes, SPARQL in an independent engine
(pyoxigraph), consent and erasure. Fast tests build a small graph from hand-written claims;
the `slow` ones use the example corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from cli.app import app
from graph.errors import InputError
from graph.model import DocumentClaims, EntityClaim, Label, Provenance, Rel, RelationClaim
from graph.rdf import import_file, to_rdf
from graph.rdf.validate import validate
from graph.rdf.vocab import DEFAULT_BASE, SDO
from graph.rdf.write import serialize
from graph.stores.embedded import EmbeddedStore
from tests.conftest import stored_claims

B = DEFAULT_BASE
runner = CliRunner()
PREFIXES = """PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#> PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX qkg: <https://w3id.org/qkg/ns#>
PREFIX topic: <https://w3id.org/qkg/topic/>
"""


def _prov(doc: str, quote: str, start: int = 0) -> list[Provenance]:
    return [Provenance(doc, quote, start, start + len(quote), "test", 0.9)]


def small_claims() -> list[DocumentClaims]:
    """Two invented people in a directory and a workshop note that quotes them."""
    directory = "notes/directory.csv"
    note = "notes/workshop.md"
    person = Label.PERSON
    consenting = {"email": "ffion.test@example.org", "consent": True, "role": "Nurse"}
    declining = {"email": "rory.test@example.org", "consent": False}
    line_f = "line 2: Ffion Test, Nurse, Cardiff and Vale University Health Board"
    line_r = "line 3: Rory Test, rory.test@example.org, NHS Highland"
    docs = [
        DocumentClaims(directory, directory, "a" * 64, "csv", "directory", "guess", "dir", "t0"),
        DocumentClaims(note, note, "b" * 64, "md", "workshop", "front matter", "Day", "t0"),
    ]
    docs[0].entities = [
        EntityClaim(person, "Ffion Test", consenting, _prov(directory, line_f)),
        EntityClaim(person, "Rory Test", declining, _prov(directory, line_r)),
        EntityClaim(Label.ORGANISATION, "NHS Highland", {}, _prov(directory, line_r)),
    ]
    docs[0].relations = [
        RelationClaim(
            (person, "Ffion Test"),
            Rel.WORKS_AT,
            (Label.ORGANISATION, "Cardiff and Vale University Health Board"),
            {"role": "Nurse"},
            _prov(directory, line_f),
        ),
        RelationClaim(
            (person, "Rory Test"),
            Rel.WORKS_AT,
            (Label.ORGANISATION, "NHS Highland"),
            {},
            _prov(directory, line_r),
        ),
    ]
    said = "Ffion Test and Rory Test compared peer support in Wales and Scotland."
    docs[1].entities = [
        EntityClaim(person, "Ffion Test", {}, _prov(note, said, 10)),
        EntityClaim(Label.TOPIC, "peer support", {}, _prov(note, said, 10)),
    ]
    docs[1].relations = [
        RelationClaim(
            (person, "Ffion Test"),
            Rel.INTERESTED_IN,
            (Label.TOPIC, "peer support"),
            {},
            _prov(note, said, 10),
        ),
    ]
    return docs


@pytest.fixture()
def small_store(tmp_path: Path) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path / "small")
    store.apply(small_claims())
    return store


def test_rdf_small_graph_round_trips_and_conforms(
    small_store: EmbeddedStore, tmp_path: Path
) -> None:
    exported = to_rdf(small_store.graph(), B)
    assert validate(exported).conforms
    path = tmp_path / "small.ttl"
    exported.serialize(path, format="turtle")
    fresh = EmbeddedStore(tmp_path / "fresh")
    result = import_file(path, fresh)
    assert result.kind == "export" and result.documents == sorted(d.doc_id for d in small_claims())
    assert isomorphic(exported, to_rdf(fresh.graph(), B))


def test_rdf_consent_withholds_people_without_it(small_store: EmbeddedStore) -> None:
    exported = to_rdf(small_store.graph(), B)
    emails = {str(p): str(e) for p, e in exported.subject_objects(SDO.email)}
    assert emails == {f"{B}person/ffion-test": "ffion.test@example.org"}
    text = exported.serialize(format="nt")
    assert "rory" not in text.lower() and "withheld-" not in text  # not even a pseudonym
    assert "Ffion Test and [name withheld] compared peer support" in text
    consent = URIRef(f"{B}ns#consentToContact")
    assert set(exported.objects(None, consent)) == {Literal(True)}
    member_of = URIRef("http://www.w3.org/ns/org#memberOf")  # his job is not exported
    assert (None, member_of, URIRef(f"{B}organisation/nhs-highland")) not in exported


@pytest.mark.parametrize(
    ("tamper", "why"),
    [
        ("email", "e-mail for a person who declined"),
        ("name", "person without foaf:name"),
        ("quote", "quote without its document"),
    ],
)
def test_rdf_shapes_catch_broken_exports(small_store: EmbeddedStore, tamper: str, why: str) -> None:
    exported = to_rdf(small_store.graph(), B)
    rory = URIRef(f"{B}person/rory-test")
    from rdflib.namespace import FOAF, PROV

    if tamper == "email":
        exported.add((rory, SDO.email, Literal("rory.test@example.org")))
    elif tamper == "name":
        exported.remove((URIRef(f"{B}person/ffion-test"), FOAF.name, None))
    else:
        exported.remove((None, PROV.wasQuotedFrom, None))
    result = validate(exported)
    assert not result.conforms and result.violations >= 1, why


def test_rdf_base_iri_and_formats_parse_to_the_same_graph(small_store: EmbeddedStore) -> None:
    base = "https://example.org/lab/"
    graph = small_store.graph()
    parsed = {}
    for fmt, rdflib_name in (("turtle", "turtle"), ("json-ld", "json-ld"), ("nt", "nt")):
        text, count = serialize(graph, fmt, base)
        parsed[fmt] = Graph().parse(data=text, format=rdflib_name)
        assert len(parsed[fmt]) == count
    assert isomorphic(parsed["turtle"], parsed["nt"]) and isomorphic(
        parsed["turtle"], parsed["json-ld"]
    )
    minted = {str(s) for s in parsed["nt"].subjects() if "w3id.org/qkg/topic/" not in str(s)}
    assert minted and all(iri.startswith(base) for iri in minted)
    assert validate(parsed["nt"], base).conforms


def test_rdf_import_bad_input_names_the_file_and_keeps_the_store(
    small_store: EmbeddedStore, tmp_path: Path
) -> None:
    before = stored_claims(small_store)
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<a> skos:x [ .\n")
    with pytest.raises(InputError, match=r"broken\.ttl"):
        import_file(broken, small_store)
    empty = tmp_path / "nothing.ttl"
    empty.write_text("<https://example.org/a> <https://example.org/b> 'c' .\n")
    with pytest.raises(InputError, match="neither a qkg export nor a SKOS vocabulary"):
        import_file(empty, small_store)
    result = runner.invoke(app, ["import", str(broken), "--data", str(small_store.data_dir)])
    assert result.exit_code == 2 and result.stderr.startswith(f"error: {broken}")
    wrong = runner.invoke(
        app, ["export", "--format", "rdfxml", "--data", str(small_store.data_dir)]
    )
    assert wrong.exit_code == 2 and "--format 'rdfxml'" in wrong.stderr
    assert stored_claims(small_store) == before


VOCABULARY = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <https://example.org/lab-topics/> .
ex:peer-supervision a skos:Concept ; skos:prefLabel "peer supervision"@en ;
    skos:altLabel "supervision of peer workers"@en ;
    skos:broader <https://w3id.org/qkg/topic/peer-support> .
ex:reflective-practice a skos:Concept ; skos:prefLabel "reflective practice"@en ;
    skos:narrower ex:peer-supervision .
"""


def test_rdf_import_vocabulary_extends_topics_and_survives(tmp_path: Path) -> None:
    path = tmp_path / "lab-topics.ttl"
    path.write_text(VOCABULARY)
    result = runner.invoke(app, ["import", str(path), "--data", str(tmp_path / "d"), "--json"])
    assert result.exit_code == 0, result.output
    reopened = EmbeddedStore(tmp_path / "d")  # stored as claims: survives a new process
    graph = reopened.graph()
    node = graph.nodes["topic:peer-supervision"]
    assert node["iri"] == "https://example.org/lab-topics/peer-supervision"
    assert "supervision of peer workers" in node["aliases"]
    assert graph.has_edge("topic:peer-supervision", "topic:peer-support", key=Rel.BROADER.value)
    assert graph.has_edge("topic:peer-supervision", "topic:reflective-practice", key="BROADER")
    from query import Questions
    from query.backends.embedded import EmbeddedBackend

    scope = Questions(EmbeddedBackend(graph)).ctx.resolve("supervision of peer workers")
    assert scope.scope.topics[0].topic == "peer supervision"
    runner.invoke(app, ["forget", "vocabulary/lab-topics.ttl", "--data", str(tmp_path / "d")])
    assert "topic:peer-supervision" not in EmbeddedStore(tmp_path / "d").graph()


# -- the example corpus ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def example_rdf(example_store: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rdf") / "examples.ttl"
    result = runner.invoke(
        app, ["export", "--out", str(path), "--data", str(example_store.data_dir), "--json"]
    )
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.slow
def test_rdf_examples_round_trip_through_an_empty_store(example_rdf: Path, tmp_path: Path) -> None:
    first = Graph().parse(example_rdf)
    data = str(tmp_path / "fresh")
    imported = runner.invoke(app, ["import", str(example_rdf), "--data", data])
    assert imported.exit_code == 0, imported.output
    again = tmp_path / "again.ttl"
    assert runner.invoke(app, ["export", "--out", str(again), "--data", data]).exit_code == 0
    assert len(first) > 30_000
    assert isomorphic(first, Graph().parse(again))


@pytest.mark.slow
def test_rdf_examples_conform_to_shapes(example_rdf: Path) -> None:
    result = validate(Graph().parse(example_rdf))
    assert result.conforms, result.report[:2000]


def _oxigraph(path: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def _select(store: ox.Store, query: str, var: str) -> list[str]:
    return sorted(str(row[var].value) for row in store.query(PREFIXES + query))


@pytest.mark.slow
def test_rdf_sparql_people_in_scotland_interested_in_peer_support(
    example_rdf: Path, example_store: Any
) -> None:
    found = _select(
        _oxigraph(example_rdf),
        """SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name ;
             foaf:topic_interest topic:peer-support ;
             schema:location <https://w3id.org/qkg/nation/scotland> }""",
        "name",
    )
    # the same question asked of the networkx graph directly
    graph = example_store.graph()
    expected = sorted(
        graph.nodes[p]["name"]
        for p, d in graph.nodes(data=True)
        if d["label"] == "Person"
        and not d.get("withheld")  # people without consent are not exported (graph.privacy)
        and graph.has_edge(p, "topic:peer-support", key="INTERESTED_IN")
        and graph.has_edge(p, "nation:scotland", key="BASED_IN")
    )
    assert found == expected
    assert {"Aileen Murray", "Callum MacLeod", "Eilidh Grant"} <= set(found)  # directory rows
    assert "Anna Kowalski" not in found  # England


@pytest.mark.slow
def test_rdf_sparql_evidence_on_social_prescribing(example_rdf: Path) -> None:
    titles = _select(
        _oxigraph(example_rdf),
        """SELECT ?title WHERE { ?e a schema:CreativeWork ; dct:title ?title ; dct:subject ?t .
             ?t skos:prefLabel "social prescribing"@en }""",
        "title",
    )
    assert (
        "Social prescribing and loneliness in Wales: findings from a mixed-methods evaluation"
        in titles
    )
    assert any(
        t.startswith("Culturally matched peer support through social prescribing") for t in titles
    )
    assert not any("Mapping peer support in Northern Ireland" in t for t in titles)


@pytest.mark.slow
def test_rdf_sparql_which_document_a_fact_came_from(example_rdf: Path) -> None:
    store = _oxigraph(example_rdf)
    docs = _select(
        store,
        """SELECT DISTINCT ?doc WHERE {
             ?st rdf:subject <https://w3id.org/qkg/person/anna-kowalski> ;
                 rdf:predicate org:memberOf ;
                 rdf:object <https://w3id.org/qkg/organisation/newcastle-university> ;
                 prov:wasDerivedFrom ?q . ?q prov:wasQuotedFrom ?d . ?d dct:identifier ?doc }""",
        "doc",
    )
    assert [d[d.index("examples/") :] for d in docs] == [
        "examples/directories/england-and-uk-directory.csv",
        "examples/evidence/2024-newcastle-post-discharge-peer-support-evaluation.pdf",
        "examples/workshops/2023-08-09-newcastle-site-visit.html",
    ]
    quotes = _select(
        store,
        """SELECT DISTINCT ?text WHERE { ?q a qkg:Quote ; prov:value ?text ; qkg:startOffset 1433 ;
             prov:wasQuotedFrom/dct:identifier ?doc .
             FILTER(STRENDS(?doc, "examples/workshops/2023-08-09-newcastle-site-visit.html")) }""",
        "text",
    )
    assert quotes == [
        "Dr Anna Kowalski of Newcastle University is leading an evaluation of the scheme."
    ]


@pytest.mark.slow
def test_rdf_forgotten_document_leaves_no_trace(example_store: Any, tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "copy")
    store.apply(example_store.all_claims())
    from ingest.pipeline import forget

    doc_id = forget(store, "2023-07-12-derry-community-conversation.txt")
    text, _ = serialize(store.graph(), "nt", B)
    assert "derry-community-conversation" not in text
    before, _ = serialize(example_store.graph(), "nt", B)
    assert "derry-community-conversation" in before and doc_id.endswith(".txt")


def test_rdf_import_refuses_a_remote_jsonld_context(
    small_store: EmbeddedStore, tmp_path: Path
) -> None:
    remote = tmp_path / "remote.jsonld"
    remote.write_text('{"@context": "https://example.org/context.jsonld", "@id": "x"}')
    with pytest.raises(InputError, match="remote JSON-LD @context"):
        import_file(remote, small_store)
    text, _ = serialize(small_store.graph(), "json-ld", B)  # our own export: inline context
    local = tmp_path / "local.jsonld"
    local.write_text(text)
    assert import_file(local, EmbeddedStore(tmp_path / "other")).kind == "export"


def test_rdf_cli_export_to_stdout(small_store: EmbeddedStore) -> None:
    result = runner.invoke(app, ["export", "--format", "nt", "--data", str(small_store.data_dir)])
    assert result.exit_code == 0, result.output
    parsed = Graph().parse(data=result.stdout, format="nt")
    assert isomorphic(parsed, to_rdf(small_store.graph(), B))
    assert f"{len(parsed):,} triples (nt)" in result.stderr
