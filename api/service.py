"""What the API process holds: the store, the questions over it (built once per store version),
the parsed API keys, and the one writer lock.

Reads take the cached `Questions` for the store's current version: the embedded store's version
is the claims version in its store.db and its decisions file's content (so a `qkg ingest` by
another process is seen too), Neo4j's is the version node the store bumps on every write. Writes
(ingest, forget, merge/split) run one at a time under a lock, and the store itself also locks
(the embedded store's file lock, Neo4j transactions).
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from api.security import KeyEntry, parse_keys
from api.settings import Settings, open_store
from graph.errors import StoreError
from query import Questions, questions_for

log = logging.getLogger(__name__)

WRITE_WAIT_S = 120.0


class Service:
    def __init__(self, settings: Settings, store: Any = None, extractor: Any = None) -> None:
        self.settings = settings
        self.keys: list[KeyEntry] = parse_keys(settings.api_keys.get_secret_value())
        self._store = store if store is not None else open_store(settings)
        self._extractor = extractor
        self._built: tuple[str, Questions] | None = None
        self._build_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._answers: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()
        self._answers_lock = threading.Lock()

    @property
    def store_kind(self) -> str:
        return str(self._store.kind)

    def version(self) -> str:
        return str(self._store.version())

    def _current(self) -> tuple[str, Questions]:
        version = self.version()
        built = self._built
        if built is not None and built[0] == version:
            return built
        with self._build_lock:
            built = self._built
            if built is not None and built[0] == version:
                return built
            built = (version, questions_for(self._store))
            with self._answers_lock:
                self._answers.clear()
            self._built = built
            log.info("questions built for store version %s", version)
            return built

    def questions(self) -> Questions:
        return self._current()[1]

    def kept(self, key: tuple[Any, ...]) -> bytes | None:
        """The kept answer for `key`, when the store's version is cheap to read (the embedded
        store's file times): fast enough to run on the event loop, so a repeated question
        never waits for a worker thread."""
        if self.store_kind != "embedded" or not self.settings.answer_cache:
            return None
        version = self.version()
        with self._answers_lock:
            body = self._answers.get((version, *key))
            if body is not None:
                self._answers.move_to_end((version, *key))
            return body

    def answer(self, key: tuple[Any, ...], compute: Callable[[Questions], Any]) -> bytes:
        """The JSON of `compute(questions)`, kept per store version for the next identical
        request (the last `settings.answer_cache` answers; 0 keeps none)."""
        version, questions = self._current()
        size = self.settings.answer_cache
        full = (version, *key)
        if size:
            with self._answers_lock:
                body = self._answers.get(full)
                if body is not None:
                    self._answers.move_to_end(full)
                    return body
        body = compute(questions).model_dump_json().encode("utf-8")
        if size:
            with self._answers_lock:
                self._answers[full] = body
                while len(self._answers) > size:
                    self._answers.popitem(last=False)
        return body

    def store(self) -> Any:
        """The store as of its current version (for stats, the ledger and claims)."""
        self._current()
        return self._store

    def extractor(self) -> Any:
        if self._extractor is None:
            from ingest.extract.extractor import Extractor

            self._extractor = Extractor()
        return self._extractor

    @contextmanager
    def writing(self) -> Iterator[Any]:
        """The store, to one writer at a time; questions are rebuilt on the next read."""
        if not self._write_lock.acquire(timeout=WRITE_WAIT_S):
            raise StoreError("another write is still running; try again later")
        try:
            yield self.store()
        finally:
            self._built = None
            self._write_lock.release()

    def close(self) -> None:
        self._store.close()
