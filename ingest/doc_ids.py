"""A document's id: the same for the same file however it is named on the command line.

A new document's id is where the file really is (symlinks resolved), relative to the folder
above the one given to `qkg ingest`: `qkg ingest notes/` names `notes/2024/a.md` so whether
it is run from inside `notes/` or elsewhere, with a relative or an absolute path, or through a
symlink. A file given on its own is named from its own folder (`2024/a.md`), unless it is
inside a folder ingested before, whose files' ids it follows. Ids never name an absolute path.

The store keeps each document's real location (`source`), so a file it already holds keeps
its id however it is named the next time (from a sub-folder, on its own, through a link).
Two different files that would get the same id are told apart by the folders above
(`2023/notes/a.md`, `2024/notes/a.md`).

Stores written before `source` was kept named a document by its path relative to the working
directory, else its absolute path. Such a document is matched by that old id: a relative one
is kept, an absolute one is renamed (it named a server path).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import posixpath
from collections.abc import Sequence
from pathlib import Path

from graph.model import DocumentClaims, Provenance
from graph.stores.contract import LedgerEntry

_EXTRA_LEVELS = 3  # folders added above the given one to tell two files apart, before a hash


def real(path: Path | str) -> str:
    """Where a file really is: absolute, symlinks and `..` resolved."""
    return os.path.realpath(path)


def root_of(path: Path, given: Sequence[Path]) -> Path:
    """The folder named on the command line that `path` was found in, else its own folder."""
    for folder in given:
        if folder.is_dir() and path.is_relative_to(folder):
            return folder
    return path.parent


def _parts(path: Path, root: Path) -> tuple[list[str], list[str]]:
    """(the real root's folders from the top, the file's path below the root)."""
    real_root = Path(real(root))
    real_file = Path(real(path))
    try:
        below = real_file.relative_to(real_root).parts
    except ValueError:  # a symlinked file whose target is outside the folder: as it is named
        below = Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).parts
    return [p for p in real_root.parts if p != real_root.anchor], list(below)


def new_id(path: Path, root: Path, levels: int = 1) -> str:
    """The id of a file found under `root`: its path from `levels` folders above the files'.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     (Path(d) / "notes" / "2024").mkdir(parents=True)
    ...     new_id(Path(d) / "notes" / "2024" / "a.md", Path(d) / "notes")
    'notes/2024/a.md'
    """
    above, below = _parts(path, root)
    return posixpath.join(*above[len(above) - levels :], *below) if above else "/".join(below)


def legacy_ids(path: Path) -> list[str]:
    """The ids an older qkg gave this file: relative to the working directory, else absolute."""
    found = []
    for absolute in (Path(os.path.abspath(path)), Path(real(path))):
        if absolute.is_relative_to(Path.cwd()):
            found.append(absolute.relative_to(Path.cwd()).as_posix())
    found += [Path(os.path.abspath(path)).as_posix(), real(path)]
    return list(dict.fromkeys(found))


class DocumentIds:
    """Gives ids to the files of one ingest run, against what the store holds."""

    def __init__(self, ledger: dict[str, LedgerEntry]) -> None:
        self.ledger = ledger
        self.by_source: dict[str, str] = {}
        self.taken = {doc_id: e.source for doc_id, e in ledger.items()}
        self.folders: dict[str, str] = {}  # a folder ingested before -> the folder above it
        for doc_id, entry in ledger.items():
            if entry.source:
                self._know(doc_id, entry.source)

    def _know(self, doc_id: str, source: str) -> None:
        self.by_source[source] = doc_id
        self.taken[doc_id] = source
        top, _, below = doc_id.partition("/")
        if below and source.endswith("/" + doc_id) and not top.startswith("."):
            above = source[: -len(doc_id) - 1] or "/"
            self.folders.setdefault(posixpath.join(above, top), above)

    def assign(self, path: Path, root: Path) -> tuple[str, str | None]:
        """(the file's id, the old id of its stored document when that id must change)."""
        source = real(path)
        if source in self.by_source:
            return self.by_source[source], None
        minted = new_id(path, root)
        old = self._legacy(path, minted)
        if old is not None and not old.startswith("/"):
            doc_id, renamed = old, None
        else:
            doc_id, renamed = self._in_known_folder(source) or self._unique(path, root, source), old
        self._know(doc_id, source)
        return doc_id, renamed

    def _in_known_folder(self, source: str) -> str | None:
        """A new file inside a folder ingested before is named as that folder's files are
        (`qkg ingest notes/2024/new.md` after `qkg ingest notes/`: `notes/2024/new.md`)."""
        for folder in sorted(self.folders, key=len):
            if source.startswith(folder + "/"):
                doc_id = Path(source).relative_to(self.folders[folder]).as_posix()
                if self.taken.get(doc_id, source) == source:
                    return doc_id
        return None

    def _legacy(self, path: Path, minted: str) -> str | None:
        for doc_id in (*legacy_ids(path), minted):
            entry = self.ledger.get(doc_id)
            if entry is not None and not entry.source and self.taken.get(doc_id) == "":
                return doc_id
        return None

    def _unique(self, path: Path, root: Path, source: str) -> str:
        depth = len(_parts(path, root)[0])  # never all of them: that is the absolute path
        for levels in range(1, max(1, min(depth - 1, 1 + _EXTRA_LEVELS)) + 1):
            doc_id = new_id(path, root, levels)
            if self.taken.get(doc_id, source) == source:
                return doc_id
        digest = hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()[:8]
        return f"{digest}/{new_id(path, root)}"


def located(claims: DocumentClaims, doc_id: str, source: str) -> DocumentClaims:
    """`claims` under the id `doc_id` (every quote's too), read from `source`."""
    if claims.doc_id == doc_id:
        return dataclasses.replace(claims, path=doc_id, source=source)

    def moved(provenance: list[Provenance]) -> list[Provenance]:
        return [dataclasses.replace(p, doc_id=doc_id) for p in provenance]

    return dataclasses.replace(
        claims,
        doc_id=doc_id,
        path=doc_id,
        source=source,
        entities=[dataclasses.replace(e, provenance=moved(e.provenance)) for e in claims.entities],
        relations=[
            dataclasses.replace(r, provenance=moved(r.provenance)) for r in claims.relations
        ],
    )


def find(ledger: dict[str, LedgerEntry], document: str) -> str | None:
    """The stored document `document` names: its id, or a path to its file (as it is now, or
    an older qkg's id for it), else None."""
    if document in ledger:
        return document
    source = real(document)
    for doc_id, entry in ledger.items():
        if entry.source == source:
            return doc_id
    for doc_id in (posixpath.normpath(document), *legacy_ids(Path(document))):
        if doc_id in ledger:
            return doc_id
    return None
