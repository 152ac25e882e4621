"""The store contract every backend honours, and the atomic file helpers the embedded one uses."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import networkx as nx

from graph.model import DocumentClaims, ResolutionDecision

DecisionChange = Callable[[list[ResolutionDecision]], list[ResolutionDecision]]


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """What the store knows about one ingested document."""

    doc_id: str
    path: str
    content_hash: str
    kind: str
    ingested_at: str
    source: str = ""  # the file's real location when it was read ("" in older stores)


class GraphStore(Protocol):
    """What ingest and the questions need from a store."""

    kind: str  # "embedded" or "neo4j"

    def ledger(self) -> dict[str, LedgerEntry]: ...

    def claims(self, doc_id: str) -> DocumentClaims | None: ...

    def person_names(self, doc_ids: Sequence[str], first_words: Sequence[str]) -> list[str]:
        """The names of the persons `doc_ids` name, as last derived (one per person), whose
        first word is one of `first_words`."""
        ...

    def apply(self, upserts: Sequence[DocumentClaims], forget: Sequence[str] = ()) -> None:
        """Replace the claims of `upserts`, drop those of `forget`: all or nothing."""
        ...

    def decisions(self) -> list[ResolutionDecision]: ...

    def set_decisions(self, decisions: Sequence[ResolutionDecision]) -> None: ...

    def update_decisions(self, change: DecisionChange) -> list[ResolutionDecision]:
        """Replace the decisions by `change(current decisions)`, read and written under the
        store's write lock, so rulings recorded at the same time are all kept."""
        ...

    def graph(self) -> nx.MultiDiGraph: ...

    def stats(self) -> dict[str, Any]: ...

    def close(self) -> None: ...


class Collaborators:
    """The gazetteer and resolver a store derives its graph with, created on first use."""

    _gazetteer: Any = None
    _resolver: Any = None

    @property
    def gazetteer(self) -> Any:
        if self._gazetteer is None:
            from graph.reference.gazetteer import load_gazetteer

            self._gazetteer = load_gazetteer()
        return self._gazetteer

    @property
    def resolver(self) -> Any:
        if self._resolver is None:
            from graph.derive.resolve import FuzzyMatchResolver

            self._resolver = FuzzyMatchResolver(self.gazetteer)
        return self._resolver


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` so that `path` holds either the old bytes or the new, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


@contextlib.contextmanager
def exclusive_lock(path: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold an advisory lock so two writers never interleave on one data directory; wait up
    to `wait` seconds for another writer to finish before refusing."""
    import fcntl
    import time

    from graph.errors import StoreError

    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    with path.open("a+") as handle:
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as e:
                if time.monotonic() >= deadline:
                    raise StoreError(f"{path.parent}: another qkg process is writing here") from e
                time.sleep(0.02)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
