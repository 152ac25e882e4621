"""The ingest pipeline: read -> compare with the ledger -> extract -> store, and `extract_file`.

A document is identified by where its file is (ingest.doc_ids: the same file is the same
document however it is named) and versioned by the sha256 of its bytes. Unchanged files are
not re-extracted; a changed file's claims replace its old ones; the store writes all of a
run's changes at once, atomically.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.derive.resolve import FuzzyMatchResolver
from graph.errors import InputError, NotFoundError
from graph.model import DocumentClaims, Label, Rel
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import capitalised
from graph.stores.contract import GraphStore
from ingest.doc_ids import DocumentIds, find, legacy_ids, located, new_id, real, root_of
from ingest.extract.extractor import Extractor
from ingest.extract.known_people import KnownPeople, words_in
from ingest.readers import ReadLimits, read_all, read_document
from ingest.readers.core import NO_SUCH_PATH
from ingest.types import DocumentKind, RawDocument

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, current doc_id)


@dataclass
class IngestReport:
    """What one `qkg ingest` run did. `errors` and `skipped` are one line each."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)  # doc_id -> "workshop (guess)"
    words: int = 0
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "pruned": self.pruned,
            "errors": self.errors,
            "skipped": self.skipped,
            "warnings": self.warnings,
            "kinds": self.kinds,
            "words": self.words,
            "stats": self.stats,
        }


PAYS_FOR_A_WORKER = 250_000  # characters of text: below it, starting a worker (and loading the
# model in it, about 2 s) costs more than it saves


def auto_jobs(todo: Sequence[RawDocument], cores: int | None = None) -> int:
    """Processes for a batch: the usable cores, no more than the batch has documents and
    enough text to keep busy, at least 1.

    >>> from ingest.types import DocumentKind, KindSource
    >>> doc = RawDocument(Path("a.txt"), "a.txt", "0", "txt", DocumentKind.EVIDENCE,
    ...                   KindSource.FLAG, "", "word " * 100_000)
    >>> auto_jobs([doc] * 2, cores=8), auto_jobs([doc] * 20, cores=8), auto_jobs([doc], cores=8)
    (2, 8, 1)
    """
    usable = cores if cores is not None else len(os.sched_getaffinity(0))
    prose = [raw for raw in todo if raw.kind != DocumentKind.DIRECTORY]
    text = sum(len(raw.text) for raw in prose)
    return max(1, min(usable, len(prose), text // PAYS_FOR_A_WORKER))


def ingest(
    paths: Sequence[Path],
    store: GraphStore,
    kind: DocumentKind | None = None,
    n_process: int | None = 1,
    prune: bool = False,
    extractor: Extractor | None = None,
    progress: Progress | None = None,
    limits: ReadLimits = ReadLimits(),  # noqa: B008 - frozen
    kept_at: Mapping[Path, Path] | None = None,
    again: bool = False,
) -> IngestReport:
    """Ingest files and folders into `store`. Bad files are reported and passed over.
    Unchanged files are passed over too, unless `again` (read them again: a directory added
    since names people they name, or qkg reads better than it did).

    `kept_at` maps files read from one place to where they will be kept once stored (an upload
    is stored before it replaces the file it updates): each is the document of that place."""
    kept_at = kept_at or {}
    missing = [p for p in paths if not os.path.lexists(p)]
    if paths and len(missing) == len(paths):  # nothing to do: one line, before the store
        raise InputError(f"{', '.join(map(str, missing))}: {NO_SUCH_PATH}")
    report = IngestReport()
    read = read_all(list(paths), kind=kind, limits=limits)
    # a path given that does not exist is an error (the run fails), not a file passed over
    report.errors = [f"{p}: {NO_SUCH_PATH}" for p in missing] + [str(e) for e in read.errors]
    report.skipped = [f"{s.path}: {s.reason}" for s in read.skipped if s.path not in missing]
    ledger = store.ledger()
    ids = DocumentIds(ledger)
    todo: list[RawDocument] = []
    upserts: list[DocumentClaims] = []  # stored documents that only move to their new id
    renamed: list[str] = []  # their old ids
    sources: dict[str, str] = {}
    for raw in read.documents:
        path = kept_at.get(raw.path, raw.path)
        raw.doc_id, was = ids.assign(path, root_of(path, [kept_at.get(p, p) for p in paths]))
        sources[raw.doc_id] = real(path)
        report.kinds[raw.doc_id] = f"{raw.kind.value} ({raw.kind_source.value})"
        report.warnings.extend(raw.warnings)
        old = ledger.get(was or raw.doc_id)
        if was is not None:
            renamed.append(was)
        if (
            not again
            and old is not None
            and old.content_hash == raw.content_hash
            and old.kind == raw.kind.value
        ):
            report.unchanged.append(raw.doc_id)
            stored = store.claims(old.doc_id)
            if stored is not None and (was is not None or old.source != sources[raw.doc_id]):
                upserts.append(located(stored, raw.doc_id, sources[raw.doc_id]))
            continue
        (report.changed if old is not None else report.added).append(raw.doc_id)
        todo.append(raw)
    if prune:
        report.pruned = _vanished(paths, ledger, {real(p) for p in _seen(read)})
    extractor = extractor or Extractor()
    total = len(todo)
    jobs = n_process if n_process is not None else auto_jobs(todo)
    known = known_people(read.documents, store, ledger, extractor.gaz, todo)
    for done, claims in enumerate(extractor.pipe(todo, n_process=jobs, known=known), start=1):
        upserts.append(located(claims, claims.doc_id, sources[claims.doc_id]))
        report.words += claims.words
        if progress is not None:
            progress(done, total, claims.doc_id)
    store.apply(upserts, forget=sorted({*report.pruned, *renamed}))
    report.stats = store.stats()
    return report


def known_people(
    batch: Sequence[RawDocument],
    store: GraphStore,
    ledger: Mapping[str, Any],
    gaz: Gazetteer,
    todo: Sequence[RawDocument],
) -> KnownPeople | None:
    """The people named in the batch's directories and the store's other directories, for
    the prose documents of `todo` (None when it has none)."""
    if all(raw.kind == DocumentKind.DIRECTORY for raw in todo):
        return None
    names = [row.name for raw in batch if raw.kind == DocumentKind.DIRECTORY for row in raw.rows]
    read = {raw.doc_id for raw in batch}
    stored = [
        entry.doc_id
        for entry in ledger.values()
        if entry.kind == DocumentKind.DIRECTORY.value and entry.doc_id not in read
    ]
    present = words_in(raw.text for raw in todo if raw.kind != DocumentKind.DIRECTORY)
    names += store.person_names(stored, sorted(w for w in present if capitalised(w)))
    return KnownPeople(
        names, lambda name: gaz.org(name) is not None or gaz.place(name) is not None, present
    )


def _seen(read: Any) -> list[Path]:
    return [d.path for d in read.documents] + [Path(e.path) for e in read.errors]


def _vanished(paths: Sequence[Path], ledger: dict[str, Any], present: set[str]) -> list[str]:
    """Ledger documents under the given folders whose files no longer exist (`present`: the
    real locations of the files found)."""
    folders = [Path(real(p)) for p in paths if p.is_dir()]
    legacy = [f"{i.rstrip('/')}/" for p in paths if p.is_dir() for i in legacy_ids(p)]
    gone = []
    for doc_id, entry in ledger.items():
        if entry.source:  # where its file was
            under = any(Path(entry.source).is_relative_to(f) for f in folders)
            missing = entry.source not in present and not os.path.exists(entry.source)
        else:  # stored by an older qkg: its id is the path from where it ran
            under = any(doc_id.startswith(f) for f in legacy)
            missing = not Path(entry.path).exists()
        if under and missing:
            gone.append(doc_id)
    return sorted(gone)


def find_document(ledger: dict[str, Any], document: str) -> str:
    """The ledger id `document` names (its id, path or unique file name), else NotFoundError
    with the closest file names as suggestions."""
    found = find(ledger, document)
    if found is not None:
        return found
    by_name = [d for d in ledger if Path(d).name == Path(document).name]
    if len(by_name) == 1:
        return by_name[0]
    from rapidfuzz import process

    names = {doc_id: Path(doc_id).name for doc_id in ledger}
    matches = process.extract(Path(document).name, names, limit=3, score_cutoff=50)
    suggestions = [doc_id for _name, _score, doc_id in matches]
    raise NotFoundError(f"no ingested document {document!r}", suggestions)


def forget(store: GraphStore, document: str) -> str:
    """Remove one document's facts. `document` is its id, path or file name."""
    doc_id = find_document(store.ledger(), document)
    store.apply([], forget=[doc_id])
    return doc_id


# -- qkg extract ---------------------------------------------------------------------------------

EXTRACT_KEYS = ("persons", "organisations", "nations", "places", "topics", "relations")


def extract_document(raw: RawDocument, extractor: Extractor | None = None) -> dict[str, list[Any]]:
    """The `qkg extract --json` object for one document; writes nothing."""
    extractor = extractor or Extractor()
    claims = extractor(raw)
    return claims_summary(claims)


def claims_summary(claims: DocumentClaims) -> dict[str, list[Any]]:
    """Names as the document gives them, merged within the document (no gazetteer renaming)."""
    resolution = FuzzyMatchResolver(use_gazetteer=False).resolve([claims])

    def names(label: Label) -> list[str]:
        out: dict[str, str] = {}
        for entity in claims.entities:
            if entity.label == label:
                name = resolution.name(label, entity.name)
                out.setdefault(name.lower(), name)
        return sorted(out.values(), key=str.lower)

    relations: dict[tuple[str, str], list[str]] = {}
    for relation in claims.relations:
        if relation.rel == Rel.WORKS_AT:
            person = resolution.name(Label.PERSON, relation.source[1])
            org = resolution.name(Label.ORGANISATION, relation.target[1])
            relations.setdefault((person.lower(), org.lower()), [person, org])
    return {
        "persons": names(Label.PERSON),
        "organisations": names(Label.ORGANISATION),
        "nations": names(Label.NATION),
        "places": names(Label.PLACE),
        "topics": names(Label.TOPIC),
        "relations": [relations[k] for k in sorted(relations)],
    }


def extract_file(path: Path | str, kind: DocumentKind | None = None) -> dict[str, list[Any]]:
    """Read and extract one file (used by `qkg extract` and bench/eval_extract.py)."""
    raw = read_document(Path(path), Path(path).parent, kind)
    raw.doc_id = new_id(raw.path, raw.path.parent)
    return extract_document(raw, _shared_extractor())


_EXTRACTOR: Extractor | None = None


def _shared_extractor() -> Extractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR
