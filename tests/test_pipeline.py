"""End-to-end ingest on the example corpus: entities, affiliations, provenance, idempotency,
order independence, changed files, forget, and bad input. Loads the spaCy model."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from graph.derive.build import sorted_view
from graph.model import Label, node_key
from graph.privacy import pseudonym
from graph.stores.embedded import EmbeddedStore
from ingest.pipeline import forget, ingest
from ingest.readers import ReadLimits
from tests.conftest import named, stored_claims

pytestmark = pytest.mark.slow


def edge(graph: Any, a: str, rel: str, b: str) -> dict[str, Any] | None:
    for u, v, key, data in graph.edges(keys=True, data=True):
        if key == rel and graph.nodes[u]["name"] == a and graph.nodes[v]["name"] == b:
            return data
    return None


def snapshot(store: EmbeddedStore, prefix: str = "") -> dict[str, Any]:
    """The graph's nodes with their documents, and its edges; `prefix` is taken off document
    ids (a folder's files are named from above the folder, a file alone from its folder)."""
    graph = store.graph()
    ids = {
        node_key(Label.DOCUMENT, doc_id): node_key(Label.DOCUMENT, doc_id.removeprefix(prefix))
        for doc_id in store.ledger()
    }

    def docs(d: dict[str, Any]) -> list[str]:
        return sorted_view({doc_id.removeprefix(prefix) for doc_id in d["docs"]})

    return {
        "nodes": {ids.get(k, k): docs(d) for k, d in graph.nodes(data=True)},
        "edges": sorted(
            f"{ids.get(u, u)}|{k}|{ids.get(v, v)}" for u, v, k in graph.edges(keys=True)
        ),
    }


def test_pipeline_examples_entities_and_nations(example_store: Any) -> None:
    graph = example_store.graph()
    people = named(graph, "Person")
    assert len(people) >= 60
    for person in ("Callum MacLeod", "Aisha Khan", "Rhys Evans", "Eilidh Grant", "Tom Hargreaves"):
        assert person in people
    orgs = named(graph, "Organisation")
    for org in (
        "Healthcare Improvement Scotland",
        "Public Health Wales",
        "Public Health Agency",
        "Health Foundation",
        "Mind Cymru",
        "NHS Greater Glasgow and Clyde",
    ):
        assert org in orgs
    assert edge(graph, "Public Health Wales", "BASED_IN", "Wales") is not None
    assert edge(graph, "Belfast Health and Social Care Trust", "BASED_IN", "Northern Ireland")
    assert edge(graph, "Glasgow", "LOCATED_IN", "Scotland") is not None


def test_pipeline_examples_affiliations_with_provenance(example_store: Any) -> None:
    graph = example_store.graph()
    data = edge(
        graph, "Callum MacLeod", "WORKS_AT", "Inverclyde Health and Social Care Partnership"
    )
    assert data is not None
    docs = {Path(p.doc_id).name for p in data["provenance"]}
    assert "2023-02-14-glasgow-peer-support-workshop.md" in docs  # its attendee list
    assert "scotland-directory.csv" in docs
    for prov in data["provenance"]:
        assert prov.extractor and 0 < prov.confidence <= 1
        if prov.extractor == "front-matter":  # front matter is never quoted
            assert prov.quote == ""
        else:
            assert "MacLeod" in prov.quote or "Callum" in prov.quote
    workshop = named(graph, "Workshop")
    assert any("Glasgow" in name for name in workshop)
    glasgow = next(k for name, k in workshop.items() if "Glasgow" in name)
    attendees = {
        graph.nodes[u]["name"] for u, _v, k in graph.in_edges(glasgow, keys=True) if k == "ATTENDED"
    }
    assert {"Callum MacLeod", "Eilidh Grant", "Fiona Drummond"} <= attendees


def test_pipeline_examples_learning_evidence_and_consent(example_store: Any) -> None:
    graph = example_store.graph()
    learnings = [k for k, d in graph.nodes(data=True) if d["label"] == "Learning"]
    assert len(learnings) >= 20
    sources = {
        graph.nodes[v]["label"]
        for k in learnings
        for _u, v, r in graph.out_edges(k, keys=True)
        if r == "FROM"
    }
    assert sources == {"Workshop", "Evidence"}
    evidence = [d for _k, d in graph.nodes(data=True) if d["label"] == "Evidence"]
    assert len(evidence) >= 15
    assert all(d.get("year") for d in evidence)
    published = [(u, v) for u, v, k in graph.edges(keys=True) if k == "PUBLISHED"]
    assert len(published) >= 15
    consent = {
        d["name"]: d.get("consent") for _k, d in graph.nodes(data=True) if d["label"] == "Person"
    }
    assert True in consent.values() and False in consent.values()


def test_pipeline_reingest_unchanged_changes_nothing(example_store: Any, corpus: Path) -> None:
    before = stored_claims(example_store)
    report = ingest([corpus], example_store)
    assert report.added == [] and report.changed == []
    assert len(report.unchanged) >= 30
    assert stored_claims(example_store) == before


def test_pipeline_order_does_not_matter(
    tmp_path: Path, corpus: Path, extractor: Any, example_store: Any
) -> None:
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.stem != "README")
    store = EmbeddedStore(tmp_path)
    for chunk in (files[::-1][:10], files[::-1][10:]):
        ingest(chunk, store, extractor=extractor)
    assert snapshot(store) == snapshot(example_store, prefix=f"{corpus.name}/")


def test_pipeline_changed_file_replaces_its_facts_and_forget(
    tmp_path: Path, corpus: Path, extractor: Any
) -> None:
    folder = tmp_path / "c"
    shutil.copytree(corpus / "workshops", folder)
    store = EmbeddedStore(tmp_path / "data")
    ingest([folder], store, extractor=extractor)
    notes = folder / "2023-02-14-glasgow-peer-support-workshop.md"
    text = notes.read_text("utf-8")
    assert "Mhairi Stewart" in text
    notes.write_text(text.replace("Mhairi Stewart", "Morwenna Trelawny"), "utf-8")
    report = ingest([folder], store, extractor=extractor)
    assert [Path(d).name for d in report.changed] == [notes.name]
    # no directory here: everyone is withheld, known by the pseudonym of their name
    people = set(named(store.graph(), "Person"))
    assert pseudonym("morwenna trelawny") in people and pseudonym("mhairi stewart") not in people
    assert pseudonym("callum macleod") in people  # the doc's other facts are back
    doc_id = forget(store, notes.name)
    people = set(named(store.graph(), "Person"))
    assert pseudonym("morwenna trelawny") not in people
    assert node_key(Label.DOCUMENT, doc_id) not in store.graph()
    assert len(store.ledger()) == len(list(folder.iterdir())) - 1


def test_pipeline_prune_forgets_deleted_files(tmp_path: Path, corpus: Path, extractor: Any) -> None:
    folder = tmp_path / "c"
    shutil.copytree(corpus / "directories", folder)
    store = EmbeddedStore(tmp_path / "data")
    ingest([folder], store, extractor=extractor)
    (folder / "wales-directory.csv").unlink()
    assert ingest([folder], store, extractor=extractor).pruned == []  # not without --prune
    report = ingest([folder], store, prune=True, extractor=extractor)
    assert [Path(d).name for d in report.pruned] == ["wales-directory.csv"]
    assert "Rhys Evans" not in named(store.graph(), "Person")


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (150 * 1024 * 1024))


def test_pipeline_bad_input_reported_rest_ingested_nothing_lost(
    tmp_path: Path, corpus: Path, extractor: Any
) -> None:
    store = EmbeddedStore(tmp_path / "data")
    ingest([corpus / "directories" / "scotland-directory.csv"], store, extractor=extractor)
    before = set(named(store.graph(), "Person"))
    bad = tmp_path / "batch"
    bad.mkdir()
    (bad / "good.txt").write_text("Dr Aileen Murray, a GP at NHS Highland, leads peer support.")
    (bad / "slides.pptx").write_bytes(b"PK\x03\x04")
    (bad / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf")
    (bad / "empty.md").write_text("")
    (bad / "huge.txt").write_text("word " * 50_000)
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 40)
    _zip_bomb(bad / "bomb.docx")
    (bad / "people.csv").write_text(
        "name,organisation,consent\nMorven Gunn,NHS Highland,yes\n,NHS Fife,yes\n"
        "Priya Raman,NHS Tayside,maybe,extra\n"
    )
    report = ingest([bad], store, extractor=extractor, limits=ReadLimits(max_bytes=200_000))
    failed = {Path(line.split(": ", 1)[0]).name: line for line in report.errors}
    assert set(failed) == {"broken.pdf", "empty.md", "huge.txt", "binary.txt", "bomb.docx"}
    assert all("\n" not in line for line in report.errors)
    assert "too large" in failed["huge.txt"]
    assert any("slides.pptx" in s and "unsupported" in s for s in report.skipped)
    assert any("people.csv" in w for w in report.warnings)  # the two malformed rows
    people = set(named(store.graph(), "Person"))
    assert before <= people  # nothing stored before is lost
    assert {"Aileen Murray", "Morven Gunn"} <= people
    assert report.failed


def test_pipeline_two_processes_give_the_same_claims(corpus: Path, extractor: Any) -> None:
    from ingest.readers import read_all

    raws = read_all([corpus / "evidence"]).documents[:6]
    one = [c.to_dict() for c in extractor.pipe(raws, n_process=1)]
    two = [c.to_dict() for c in extractor.pipe(raws, n_process=2)]
    for a, b in zip(one, two, strict=True):
        a.pop("ingested_at")
        b.pop("ingested_at")
    assert one == two
