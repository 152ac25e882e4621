"""Deriving one more document alone (graph.derive.increment) gives exactly the rows a full
derivation from every document's claims gives: after each write of several sequences (add,
add again changed, forget, a new namesake, a directory saying "no"), on bench/synthetic.py
data and on the examples/ corpus. Every table the questions read is compared, and the state
the next write starts from."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import pytest

from graph.model import DocumentClaims, EntityClaim, Label, Provenance, Rel, RelationClaim
from graph.stores.derived_rows import decode
from graph.stores.embedded import EmbeddedStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from synthetic import generate

TABLES = {  # table: (key columns, value columns decoded by)
    "nodes": "SELECT key, label, name, withheld, aliases FROM nodes",
    "node_data": "SELECT key, data FROM node_data",
    "edges": "SELECT src, rel, dst, data FROM edges",
    "facets": "SELECT key, data FROM facets",
    "coverage": "SELECT key, places, nations FROM coverage",
    "ranking": "SELECT key, data FROM ranking",
    "passages": "SELECT key, doc_id, subject, rows FROM passages",
    "texts": "SELECT key, text FROM texts",
    "indexes": "SELECT name, value FROM indexes",
    "resolved": "SELECT label, surface, fold, count, canonical, block FROM resolved",
    "acronyms": "SELECT short, full, count FROM acronyms",
    "rekeyed": "SELECT pre, post FROM rekeyed",
    "hidden": "SELECT key, words FROM hidden",
    "increment": "SELECT name, value FROM increment",
}


def _value(table: str, row: tuple[Any, ...]) -> tuple[Any, Any]:
    if table == "node_data":
        return row[0], decode(row[1])
    if table == "edges":
        return row[:3], decode(row[3])
    if table in ("facets", "ranking", "increment"):
        return row[0], orjson.loads(row[1])
    if table == "resolved":
        return row[:2], row[2:]
    if table == "acronyms":
        return row[:2], row[2]
    return row[0], row[1:]


def _key(table: str, row: tuple[Any, ...]) -> Any:
    """The key part of `_value(table, row)`, read without decoding the row."""
    return row[:3] if table == "edges" else row[:2] if table in ("resolved", "acronyms") else row[0]


def derived_rows(data_dir: Path) -> dict[str, Any]:
    """Every derived table of a store, key -> row as stored (edges by their ends, not their
    order); `differing` compares them decoded."""
    with sqlite3.connect(data_dir / "store.db") as conn:
        found: dict[str, Any] = {
            table: {_key(table, row): row for row in map(tuple, conn.execute(query))}
            for table, query in TABLES.items()
        }
        counts = conn.execute("SELECT value FROM meta WHERE name = 'counts'").fetchone()[0]
        found["counts"] = {k: dict(v) for k, v in orjson.loads(counts).items()}
        found["pairs"] = {r[0] for r in conn.execute("SELECT pair FROM pairs")}
    found["counts"] = {k: {n: c for n, c in v.items() if c} for k, v in found["counts"].items()}
    return found


def differing(table: str, a: dict[Any, Any], b: dict[Any, Any]) -> dict[Any, Any]:
    """key -> (a's value, b's value) wherever they differ decoded. Rows equal as stored are
    equal decoded, so only the others are decoded (a row can be stored differently and mean
    the same, e.g. a JSON object's keys in another order)."""
    if table not in TABLES:
        return {k: (a.get(k), b.get(k)) for k in a.keys() | b.keys() if a.get(k) != b.get(k)}
    diff = {}
    for k in a.keys() | b.keys():
        x, y = a.get(k), b.get(k)
        if x != y:
            x, y = (None if r is None else _value(table, r)[1] for r in (x, y))
            if x != y:
                diff[k] = (x, y)
    return diff


def full_rows(store: EmbeddedStore, where: Path) -> dict[str, Any]:
    """The rows of a full derivation from the same claims (on a copy of the store)."""
    shutil.rmtree(where, ignore_errors=True)
    where.mkdir(parents=True)
    with sqlite3.connect(store.db_path) as source, sqlite3.connect(where / "store.db") as copy:
        source.backup(copy)
    if store.decisions_path.exists():
        shutil.copy(store.decisions_path, where / "decisions.yaml")
    full = EmbeddedStore(where)
    full._refresh(full.all_claims())
    full.close()
    return derived_rows(where)


def assert_same(store: EmbeddedStore, tmp_path: Path) -> None:
    mine, full = derived_rows(store.data_dir), full_rows(store, tmp_path / "full")
    assert mine["pairs"] >= full["pairs"]  # a superset only makes the checks more careful
    for table in [*TABLES, "counts"]:
        if diff := differing(table, mine[table], full[table]):
            pytest.fail(f"{table} differs ({store.derivation}): {sorted(diff.items())[:3]}")


def _prov(doc_id: str, quote: str, start: int = 0) -> Provenance:
    return Provenance(doc_id, quote, start, start + len(quote), "test", 0.9)


def note(
    doc_id: str,
    people: list[str],
    topic: str,
    org: str,
    place: str = "",
    acronyms: dict[str, str] | None = None,
) -> DocumentClaims:
    """A workshop note: its people attend, work at `org`, and say something about `topic`;
    the organisations it calls by `acronyms` are named by them too."""
    entities, relations = [], []
    for short in acronyms or {}:
        entities.append(EntityClaim(Label.ORGANISATION, short, {}, [_prov(doc_id, short, 80)]))
    event = (Label.WORKSHOP, f"Workshop of {doc_id}")
    quote = f"The workshop on {topic} met."
    entities.append(
        EntityClaim(*event, {"date": "2024-03-01", "doc_id": doc_id}, [_prov(doc_id, quote)])
    )
    entities.append(EntityClaim(Label.TOPIC, topic, {}, [_prov(doc_id, quote)]))
    relations.append(
        RelationClaim(event, Rel.ADDRESSES, (Label.TOPIC, topic), {}, [_prov(doc_id, quote)])
    )
    entities.append(EntityClaim(Label.ORGANISATION, org, {}, [_prov(doc_id, org, 40)]))
    if place:
        entities.append(EntityClaim(Label.PLACE, place, {}, [_prov(doc_id, place, 60)]))
        relations.append(RelationClaim(event, Rel.COVERS, (Label.PLACE, place), {}, []))
    passages = [(0, len(quote), quote)]
    for i, person in enumerate(people):
        said = f"{person} said {topic} matters."
        start = 100 + 50 * i
        passages.append((start, start + len(said), said))
        prov = _prov(doc_id, said, start)
        entities.append(EntityClaim(Label.PERSON, person, {}, [prov]))
        relations.append(RelationClaim((Label.PERSON, person), Rel.ATTENDED, event, {}, [prov]))
        relations.append(
            RelationClaim(
                (Label.PERSON, person), Rel.WORKS_AT, (Label.ORGANISATION, org), {}, [prov]
            )
        )
        relations.append(
            RelationClaim(
                (Label.PERSON, person), Rel.INTERESTED_IN, (Label.TOPIC, topic), {}, [prov]
            )
        )
    return DocumentClaims(
        doc_id, doc_id, f"hash-{doc_id}", "md", "workshop", "flag", f"Notes {doc_id}",
        "2026-01-01T00:00:00+00:00", entities=entities, relations=relations, passages=passages,
        words=100, acronyms=dict(acronyms or {}),
    )  # fmt: skip


def _works(doc_id: str, person: str, org: str) -> DocumentClaims:
    """A document saying only that `person` (no entity of its own) works at `org`."""
    prov = _prov(doc_id, f"{person} works at {org}.")
    relation = RelationClaim(
        (Label.PERSON, person), Rel.WORKS_AT, (Label.ORGANISATION, org), {}, [prov]
    )
    entity = EntityClaim(Label.ORGANISATION, org, {}, [prov])
    return DocumentClaims(
        doc_id, doc_id, "h", "txt", "evidence", "flag", doc_id, "2026-01-01T00:00:00+00:00",
        entities=[entity], relations=[relation],
    )  # fmt: skip


@pytest.fixture(scope="module")
def synthetic() -> tuple[list[DocumentClaims], dict[str, list[str]]]:
    return generate(0.01, seed=5)


def _kinds(docs: list[DocumentClaims]) -> dict[str, list[DocumentClaims]]:
    kinds: dict[str, list[DocumentClaims]] = {}
    for d in docs:
        kinds.setdefault(d.doc_id.split("/")[1].split("-")[0], []).append(d)
    return kinds


@pytest.mark.slow  # about 6 s: the full suite runs it, the quick one stays quick
def test_increment_synthetic_write_sequences_match_a_full_derivation(
    tmp_path: Path, synthetic: tuple[list[DocumentClaims], dict[str, list[str]]]
) -> None:
    docs, samples = synthetic
    kinds = _kinds(docs)
    base = (
        kinds["vocabulary.ttl"] + kinds["directory"] + kinds["workshop"][:4] + kinds["evidence"][:4]
    )
    store = EmbeddedStore(tmp_path / "store")
    store.apply(base)
    person, topic = samples["people"][0], samples["topics"][0]
    org = next(e.name for e in kinds["directory"][0].entities if e.label == Label.ORGANISATION)
    surname = person.split()[-1]
    glasgow = "Peer Network Glasgow"
    writes: list[tuple[str, Any]] = [
        ("a workshop note", [kinds["workshop"][5]]),
        ("an evidence item", [kinds["evidence"][6]]),
        ("a note before every other document", [note("a-first.md", [person], topic, org)]),
        (
            "a note naming new people",
            [note("notes/new.md", ["Callum MacLeod", "Fiona Drummond"], topic, glasgow, "Glasgow")],
        ),
        (
            "the same people again",
            [note("notes/again.md", ["Callum MacLeod", "Iain Robertson"], topic, glasgow)],
        ),
        (
            "a namesake by surname",
            [note("notes/namesake.md", [f"Zed {surname}", f"Z. {surname}"], topic, org)],
        ),
        (
            "an acronym for a new organisation",
            [
                note(
                    "notes/srn.md",
                    [person],
                    topic,
                    "Scot Recovery Network",
                    "",
                    {"SRN": "Scot Recovery Network"},
                )
            ],
        ),
        (
            "an acronym for a known one",
            [note("notes/known.md", [person], topic, org, "", {"KNO": org})],
        ),
        (
            "a relationship's end named as before",
            [_works("notes/zz-ends.md", f"Z. {surname}", org)],
        ),
        ("the note again, changed", [note("notes/new.md", ["Callum MacLeod"], topic, org)]),
        ("a forgotten note", ("forget", "notes/again.md")),
        ("another workshop", [kinds["workshop"][7]]),
    ]
    ones = 0
    for what, write in writes:
        if isinstance(write, tuple):
            store.apply([], [write[1]])
        else:
            store.apply(write)
        ones += store.derivation == "one document"
        print(f"{what}: {store.derivation}")
        assert_same(store, tmp_path)
    assert ones >= 7  # most of these writes are derived alone
    # a directory saying "no" for someone already named: every document derived again
    entry = EntityClaim(
        Label.PERSON, "Callum MacLeod", {"consent": False}, [_prov("dir.csv", "row", 1)]
    )
    entry = replace(entry, provenance=[replace(entry.provenance[0], extractor="directory")])
    directory = DocumentClaims(
        "dir.csv", "dir.csv", "h", "csv", "directory", "flag", "dir", "2026-01-01T00:00:00+00:00",
        entities=[entry],
    )  # fmt: skip
    store.apply([directory])
    assert store.derivation.startswith("every document")
    assert_same(store, tmp_path)
    store.apply([note("notes/after.md", ["Callum MacLeod", "Shona McKay"], topic, org)])
    print(f"after the directory: {store.derivation}")
    assert_same(store, tmp_path)


@pytest.mark.slow  # example_store ingests the example corpus with spaCy
def test_increment_examples_each_document_added_last_matches_a_full_derivation(
    tmp_path: Path, example_store: Any
) -> None:
    claims = sorted(example_store.all_claims(), key=lambda d: d.doc_id)
    print(sorted({(d.kind, d.doc_id.split("/")[1]) for d in claims}))
    chosen = [d for d in claims if d.kind == "workshop"][:6]
    chosen += [d for d in claims if d.kind == "evidence"][::4]
    chosen += [d for d in claims if d.kind not in ("workshop", "evidence", "directory")][:3]
    ones = 0
    for i, doc in enumerate(chosen):
        store = EmbeddedStore(tmp_path / f"store-{i}")
        store.apply([d for d in claims if d.doc_id != doc.doc_id])
        store.apply([doc])
        print(f"{doc.doc_id}: {store.derivation}")
        ones += store.derivation == "one document"
        assert_same(store, tmp_path)
        if ones == 1 and store.derivation == "one document":
            _assert_same_answers(store)
        store.close()
    assert ones >= 1


def _assert_same_answers(store: EmbeddedStore) -> None:
    """The relationships a document adds are stored after the others (their order differs
    from a full derivation's): every parity question answers from the rows as from the whole
    graph derived from the claims, and so does every call of the query contract, but for the
    order of `topic_links` (a person's links come in the order their relationships were
    stored; the questions built on it do not depend on it)."""
    from query import Questions, questions_for
    from query.backends import backend_for
    from query.backends.embedded import EmbeddedBackend
    from tests.test_embedded_sqlite import contract_calls
    from tests.test_parity import QUESTIONS, answers

    graph = store.graph()
    from_rows, from_graph = backend_for(store), EmbeddedBackend(graph)
    differ = Counter()
    for name, args in contract_calls(graph):
        a, b = getattr(from_rows, name)(*args), getattr(from_graph, name)(*args)
        if a != b:
            differ[name] += 1
            assert sorted(map(repr, a)) == sorted(map(repr, b)), (name, args)  # only the order
    assert set(differ) <= {"topic_links"}, differ
    expected = answers(Questions(EmbeddedBackend(graph)))
    for (name, args, _kw), a, b in zip(
        QUESTIONS, answers(questions_for(store)), expected, strict=True
    ):
        assert a == b, f"{name}{args} differs between the derived rows and the graph"
