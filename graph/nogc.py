"""Holding off Python's cyclic garbage collector while building many small objects.

Ranking thousands of candidates, or deriving indexes over a large graph, makes hundreds of
thousands of small lists and tuples, none of them in a reference cycle. Each time enough
are made the collector runs, and every so often it scans every object the process holds
(the whole graph, the caches): most of the time such code took went there, for nothing.
Objects dropped inside the block are freed by reference counting as usual and never reach
the collector; anything cyclic is collected once the block ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_gc() -> Iterator[None]:
    """Collector off for the block (and back on after it, if it was on)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
