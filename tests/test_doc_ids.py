"""A file is one document however it is named on the command line (issue #14, defect 6):
relative or absolute, from another working directory, through a symlink, alone or in its
folder. Ids name no absolute path; stores written with the old ids keep working. Claims come
from a stub extractor, so no spaCy model is loaded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.stores.embedded import EmbeddedStore
from ingest.pipeline import find_document, ingest
from tests.conftest import StubExtractor


def _corpus(root: Path) -> Path:
    corpus = root / "corpus"
    (corpus / "notes").mkdir(parents=True)
    (corpus / "notes" / "a.md").write_text("# Carers exchange\n\nWe met in Fife.\n")
    (corpus / "notes" / "b.txt").write_text("Peer support in Wales.\n")
    (corpus / "report.txt").write_text("A report on frailty.\n")
    return corpus


def _run(paths: list[Path | str], store: EmbeddedStore, **kw: Any) -> Any:
    return ingest([Path(p) for p in paths], store, extractor=StubExtractor(), **kw)


def test_doc_ids_same_file_is_one_document_however_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "work")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "link").symlink_to(corpus, target_is_directory=True)
    store = EmbeddedStore(tmp_path / "data")
    monkeypatch.chdir(tmp_path / "work")
    first = _run(["corpus"], store)
    assert len(first.added) == 3
    ids = set(store.ledger())
    namings: list[tuple[str, list[Path | str]]] = [
        ("work", [corpus]),  # absolute
        ("work", ["./corpus/"]),
        ("elsewhere", ["../work/corpus"]),
        ("elsewhere", [tmp_path / "link"]),  # through a symlink
        ("elsewhere", [corpus / "notes"]),  # a sub-folder
        ("elsewhere", ["../work/corpus/notes/a.md", tmp_path / "link" / "report.txt"]),  # files
        ("work", ["corpus/notes/../report.txt"]),
    ]
    for cwd, paths in namings:
        monkeypatch.chdir(tmp_path / cwd)
        again = _run(paths, store)
        assert again.added == [] and again.changed == [], (cwd, paths, again.added)
        assert set(store.ledger()) == ids, (cwd, paths)
    # a changed file named another way replaces its document
    (corpus / "notes" / "a.md").write_text("# Carers exchange\n\nWe met in Kirkcaldy.\n")
    monkeypatch.chdir(tmp_path / "elsewhere")
    changed = _run([tmp_path / "link" / "notes"], store)
    assert changed.added == [] and len(changed.changed) == 1
    assert set(store.ledger()) == ids


def test_doc_ids_name_no_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path / "work")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    store = EmbeddedStore(tmp_path / "data")
    _run([corpus], store)
    _run([corpus / "notes" / "a.md"], store)
    for doc_id, entry in store.ledger().items():
        assert not doc_id.startswith("/") and str(tmp_path) not in doc_id
        assert not entry.path.startswith("/") and str(tmp_path) not in entry.path
    assert sorted(store.ledger()) == [
        "corpus/notes/a.md",
        "corpus/notes/b.txt",
        "corpus/report.txt",
    ]
    for claims in store.all_claims():
        assert all(str(tmp_path) not in str(e.provenance) for e in claims.entities)


def test_doc_ids_two_folders_of_one_name_stay_two_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for year in ("2023", "2024"):
        (tmp_path / year / "notes").mkdir(parents=True)
        (tmp_path / year / "notes" / "a.txt").write_text(f"Minutes of {year}.\n")
    monkeypatch.chdir(tmp_path)
    store = EmbeddedStore(tmp_path / "data")
    _run(["2023/notes"], store)
    _run(["2024/notes"], store)
    assert len(store.ledger()) == 2
    assert "notes/a.txt" in store.ledger()
    assert _run(["2024/notes/a.txt"], store).added == []
    assert len(store.ledger()) == 2


def test_doc_ids_forget_and_prune_by_any_naming(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "work")
    (tmp_path / "elsewhere").mkdir()
    store = EmbeddedStore(tmp_path / "data")
    monkeypatch.chdir(tmp_path / "work")
    _run(["corpus"], store)
    monkeypatch.chdir(tmp_path / "elsewhere")
    ledger = store.ledger()
    assert find_document(ledger, str(corpus / "notes" / "a.md")) == "corpus/notes/a.md"
    assert find_document(ledger, "../work/corpus/report.txt") == "corpus/report.txt"
    # pruning from another directory forgets only the file that is gone
    (corpus / "notes" / "b.txt").unlink()
    pruned = _run(["../work/corpus"], store, prune=True)
    assert pruned.pruned == ["corpus/notes/b.txt"]
    assert sorted(store.ledger()) == ["corpus/notes/a.md", "corpus/report.txt"]


def test_doc_ids_store_written_with_old_ids_keeps_its_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, a document's id was its path relative to the working directory, else its
    absolute path. Those documents are matched, not duplicated; an absolute id is replaced by
    one that names no server path."""
    import dataclasses

    corpus = _corpus(tmp_path / "work")
    store = EmbeddedStore(tmp_path / "data")
    monkeypatch.chdir(tmp_path / "work")
    _run(["corpus"], store)
    old = []
    for claims in store.all_claims():
        rel = claims.doc_id  # "corpus/notes/a.md", as the old id from work/ was
        doc_id = str(corpus.parent / rel) if rel.endswith("b.txt") else rel
        old.append(dataclasses.replace(claims, doc_id=doc_id, path=rel, source=""))
    store.apply(old, forget=list(store.ledger()))
    assert str(corpus / "notes" / "b.txt") in store.ledger()
    monkeypatch.chdir(tmp_path)
    again = _run(["work/corpus"], store)
    assert again.added == []
    assert sorted(store.ledger()) == [
        "corpus/notes/a.md",
        "corpus/notes/b.txt",
        "corpus/report.txt",
    ]
    assert _run(["work/corpus"], store).changed == []


def test_doc_ids_new_file_in_an_ingested_folder_named_as_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "work")
    store = EmbeddedStore(tmp_path / "data")
    monkeypatch.chdir(tmp_path / "work")
    _run(["corpus"], store)
    (corpus / "notes" / "c.txt").write_text("Frailty in Scotland.\n")
    monkeypatch.chdir(corpus / "notes")
    assert _run(["c.txt"], store).added == ["corpus/notes/c.txt"]
