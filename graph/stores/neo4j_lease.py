"""One qkg writer at a time on a Neo4j server, as the embedded store's file lock does locally.

The lease is a `QkgMeta {id: 'write-lease'}` node: taking it is one statement that takes the
node's write lock before it reads the holder, so two writers cannot both succeed. It names its
holder (host:pid:nonce) and expires, and the holder renews it while it writes, so a writer that
died blocks others only until the lease runs out — or not at all when it was on this machine and
no longer runs.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from graph.errors import StoreError
from graph.stores import cypher


class LeaseBusy(StoreError):
    """Another qkg process holds the write lease."""


_HELD: set[str] = set()  # holders this process has now (a left-over one of ours is stale)


class WriteLease:
    def __init__(self, run_write: Callable[..., Any], uri: str, seconds: float) -> None:
        self._run_write, self.uri, self.seconds = run_write, uri, seconds
        self._holder: str | None = None
        self._renewed = 0.0

    @property
    def _ttl_ms(self) -> int:
        return int(self.seconds * 1000)

    @contextlib.contextmanager
    def hold(self, wait: float = 0.0) -> Iterator[None]:
        """Hold the lease for the block; wait up to `wait` seconds for another writer's."""
        deadline = time.monotonic() + wait
        while True:
            try:
                holder = self._acquire()
                break
            except LeaseBusy:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.2)
        try:
            yield
        finally:
            self._holder = None
            _HELD.discard(holder)
            with contextlib.suppress(StoreError):  # the server may be gone; the lease expires
                self._run_write(lambda tx: tx.run(cypher.DROP_WRITE_LEASE, holder=holder).consume())

    def _acquire(self) -> str:
        holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        # Known as ours before it is taken: another thread of this process that finds it on the
        # server must not take it for a left-over one (see is_stale).
        _HELD.add(holder)
        try:
            found = self._take(holder, stale=None)
            if not found["free"] and is_stale(found["holder"]):
                found = self._take(holder, stale=found["holder"])
        except BaseException:
            _HELD.discard(holder)
            raise
        if not found["free"]:
            _HELD.discard(holder)
            raise LeaseBusy(
                f"Neo4j at {self.uri}: another qkg process ({found['holder']}) is writing; try "
                f"again when it is done (its lease ends within {found['remaining_ms'] // 1000} s)"
            )
        self._holder, self._renewed = holder, time.monotonic()
        return holder

    def renew(self) -> None:
        """Push the expiry out again if a quarter of it has passed (called between batches).
        Raises StoreError when the lease ran out and another writer has taken it: this write
        stops before it records anything, and running it again completes it."""
        holder = self._holder
        if holder and time.monotonic() - self._renewed > self.seconds / 4:
            found = self._run_write(
                lambda tx: tx.run(
                    cypher.RENEW_WRITE_LEASE, holder=holder, ttl_ms=self._ttl_ms
                ).single()
            )
            if not found or not found["renewed"]:
                raise StoreError(
                    f"Neo4j at {self.uri}: this write's lease ran out and another qkg process "
                    "is writing; run the same command again when it is done"
                )
            self._renewed = time.monotonic()

    def _take(self, holder: str, stale: str | None) -> Any:
        return self._run_write(
            lambda tx: tx.run(
                cypher.TAKE_WRITE_LEASE, holder=holder, stale=stale, ttl_ms=self._ttl_ms
            ).single()
        )


def is_stale(holder: str | None) -> bool:
    """Whether a holder ("host:pid:nonce") was on this machine and is gone: its process has
    ended, or it is this process and no write here holds it (a write that failed mid-way).

    >>> is_stale(f"{socket.gethostname()}:{os.getpid()}:left-over")
    True
    >>> is_stale("some-other-host:1:x")
    False
    """
    host, _, rest = (holder or "").partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit() or holder in _HELD:
        return False
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
