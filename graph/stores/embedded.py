"""The embedded default store: claims and decisions in one JSON file, the graph in networkx.

Layout of the data directory (default ./qkg-data):
    state.json      every document's claims (the ledger) — replaced atomically on each write
    decisions.yaml  "same" / "not the same" rulings, human-editable, re-applied on every build
    .lock           advisory lock held while writing
    .qkg-demo       marks a directory `qkg demo` made (see clear_demo_dir)

A crash or kill at any moment leaves the previous state.json intact: new state is written to a
temporary file, fsynced, then renamed over the old one.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
import orjson
import yaml

from graph.derive.build import build_graph
from graph.errors import InputError, StoreError
from graph.model import DocumentClaims, Label, ResolutionDecision
from graph.stores.contract import (
    Collaborators,
    DecisionChange,
    LedgerEntry,
    atomic_write,
    exclusive_lock,
)

log = logging.getLogger(__name__)

STATE_FORMAT = 1
DECISIONS_WAIT_S = 30.0  # how long recording a ruling waits for another writer
Resolver = Callable[[Sequence[DocumentClaims], Sequence[ResolutionDecision]], Any]


class EmbeddedStore(Collaborators):
    """A GraphStore kept in a data directory; the graph is derived from the claims on demand."""

    kind = "embedded"

    def __init__(self, data_dir: Path, resolver: Any = None, gazetteer: Any = None) -> None:
        self.data_dir = Path(data_dir)
        self.state_path = self.data_dir / "state.json"
        self.decisions_path = self.data_dir / "decisions.yaml"
        self._resolver = resolver
        self._gazetteer = gazetteer
        self._docs: dict[str, DocumentClaims] = self._load_state()
        self._graph: nx.MultiDiGraph | None = None

    # -- loading --------------------------------------------------------------------------------

    def _load_state(self) -> dict[str, DocumentClaims]:
        if not self.state_path.exists():
            return {}
        try:
            raw = orjson.loads(self.state_path.read_bytes())
            if raw.get("format") != STATE_FORMAT:
                raise StoreError(
                    f"{self.state_path}: unsupported state format {raw.get('format')!r}"
                )
            return {d["doc_id"]: DocumentClaims.from_dict(d) for d in raw["documents"]}
        except StoreError:
            raise
        except (OSError, orjson.JSONDecodeError, ValueError, KeyError, TypeError) as e:
            raise StoreError(
                f"{self.state_path}: cannot read store ({type(e).__name__}: {e})"
            ) from e

    def decisions(self) -> list[ResolutionDecision]:
        if not self.decisions_path.exists():
            return []
        try:
            raw = yaml.safe_load(self.decisions_path.read_text("utf-8")) or {}
            return [ResolutionDecision.from_dict(d) for d in raw.get("decisions", [])]
        except (OSError, yaml.YAMLError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise StoreError(f"{self.decisions_path}: invalid decisions file ({e})") from e

    # -- the contract -----------------------------------------------------------------------------

    def ledger(self) -> dict[str, LedgerEntry]:
        return {
            doc_id: LedgerEntry(doc_id, d.path, d.content_hash, d.kind, d.ingested_at, d.source)
            for doc_id, d in sorted(self._docs.items())
        }

    def claims(self, doc_id: str) -> DocumentClaims | None:
        return self._docs.get(doc_id)

    def all_claims(self) -> list[DocumentClaims]:
        return [self._docs[k] for k in sorted(self._docs)]

    def apply(self, upserts: Sequence[DocumentClaims], forget: Sequence[str] = ()) -> None:
        if not upserts and not forget:
            return
        with exclusive_lock(self.data_dir / ".lock"):
            for stale in self.data_dir.glob(f".{self.state_path.name}.*.tmp"):
                stale.unlink(missing_ok=True)  # left by a writer that was killed mid-write
            docs = dict(self._load_state())  # re-read under the lock: another writer may have run
            for doc_id in forget:
                docs.pop(doc_id, None)
            for doc in upserts:
                docs[doc.doc_id] = doc
            payload = {
                "format": STATE_FORMAT,
                "documents": [docs[k].to_dict() for k in sorted(docs)],
            }
            atomic_write(self.state_path, orjson.dumps(payload))
            self._docs = docs
            self._graph = None

    def set_decisions(self, decisions: Sequence[ResolutionDecision]) -> None:
        self.update_decisions(lambda _current: list(decisions))

    def update_decisions(self, change: DecisionChange) -> list[ResolutionDecision]:
        # a ruling is quick to write: wait for another writer rather than refuse
        with exclusive_lock(self.data_dir / ".lock", wait=DECISIONS_WAIT_S):
            decisions = change(self.decisions())
            body = yaml.safe_dump(
                {"decisions": [d.to_dict() for d in decisions]}, sort_keys=False, allow_unicode=True
            )
            header = "# qkg resolution decisions: edit freely; applied on every build\n"
            atomic_write(self.decisions_path, (header + body).encode("utf-8"))
            self._graph = None
            return decisions

    def graph(self) -> nx.MultiDiGraph:
        if self._graph is None:
            decisions = self.decisions()
            resolution = self.resolver.resolve(self.all_claims(), decisions)
            self._graph = build_graph(self.all_claims(), resolution.name, self.gazetteer, decisions)
        return self._graph

    def stats(self) -> dict[str, Any]:
        graph = self.graph()
        nodes = Counter(data["label"] for _, data in graph.nodes(data=True))
        rels = Counter(rel for _, _, rel in graph.edges(keys=True))
        return {
            "store": "embedded",
            "location": str(self.data_dir),
            "documents": len(self._docs),
            "words": sum(d.words for d in self._docs.values()),
            "nodes": dict(sorted(nodes.items())),
            "relationships": dict(sorted(rels.items())),
            "decisions": len(self.decisions()),
            "persons": nodes.get(Label.PERSON.value, 0),
        }

    def close(self) -> None:
        self._graph = None


DEMO_MARKER = ".qkg-demo"
_OWN_FILES = ("state.json", "decisions.yaml", ".lock", DEMO_MARKER)


def _own(name: str) -> bool:
    """A file the embedded store (or `qkg demo`) writes in its data directory."""
    return name in _OWN_FILES or (
        name.startswith((".state.json.", ".decisions.yaml.")) and name.endswith(".tmp")
    )


def clear_demo_dir(data_dir: Path) -> None:
    """Make `data_dir` an empty data directory for `qkg demo`: create it, take an empty one, or
    empty one that `qkg demo` made (it holds DEMO_MARKER) of the store's own files. Anything
    else is refused with InputError: a file, a directory `qkg demo` did not make (a real store
    among them), or a demo directory holding something qkg did not write there."""
    path = Path(data_dir)
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: not a directory; qkg demo needs a new or empty one")
    names = sorted(p.name for p in path.iterdir()) if path.exists() else []
    if names and DEMO_MARKER not in names:
        raise InputError(
            f"{path}: not made by qkg demo and not empty, so qkg demo will not use or empty "
            "it; give --data a new or empty directory"
        )
    foreign = [name for name in names if not _own(name)]
    if foreign:
        raise InputError(
            f"{path}: holds {foreign[0]!r}, which qkg demo did not write, so it will not empty "
            "it; remove that yourself or give --data another directory"
        )
    path.mkdir(parents=True, exist_ok=True)
    for name in names:
        if name != DEMO_MARKER:
            (path / name).unlink()
    (path / DEMO_MARKER).write_text("made by qkg demo: it empties this directory on every run\n")
