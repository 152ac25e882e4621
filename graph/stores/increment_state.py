"""What the embedded store keeps of its last full derivation, so that one more document can be
derived alone (graph.derive.increment): written with the derived rows, in the same
transaction and under the same stamp, and read back a few rows at a time.

Kept (tables of graph.stores.sql): every name form the resolver saw with its count, folded
form, canonical name and block (`resolved`), the acronyms the documents define (`acronyms`),
the nodes withholding renamed (`rekeyed`), each withheld person's single words (`hidden`), the
pairs of adjacent capitalised words the stored texts hold (`pairs`), and as whole values
(`increment`): the rewriter's name sets, the privacy register of the directories and whether
every document was admitted under the current privacy rule. All of it is derived from the
ledger (the names in it are the names the ledger keeps) and is rewritten by every full
derivation, like every other derived row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

import orjson

from graph.derive.increment import Delta, Triple
from graph.derive.increment_resolve import OneResolution, Surface
from graph.derive.resolve import Resolution
from graph.model import fold
from graph.privacy import Register
from graph.privacy.names import word_pairs
from graph.privacy.withhold import Withholding
from graph.stores import sql
from graph.stores.derived_rows import decode


def _keys(keys: Iterable[Any]) -> bytes:
    return orjson.dumps(sorted(set(keys)))


def write_state(
    conn: sqlite3.Connection,
    resolution: Resolution,
    withholding: Withholding,
    register: Register,
    admitted: bool,
) -> None:
    """Store what the incremental path needs (inside the caller's transaction, after
    graph.stores.derived_rows.write_derived made the tables again)."""
    conn.executemany(
        sql.PUT_RESOLVED,
        (
            (
                label.value,
                surface,
                fold(surface),
                count,
                resolution.canonical[(label, fold(surface))],
                resolution.blocks.get((label, fold(surface)), ""),
            )
            for label, counts in resolution.surfaces.items()
            for surface, count in counts.items()
        ),
    )
    conn.executemany(
        sql.PUT_ACRONYM,
        ((s, f, fold(s), fold(f), n) for (s, f), n in resolution.acronyms.items()),
    )
    conn.executemany(sql.PUT_REKEYED, withholding.mapping.items())
    conn.executemany(
        sql.PUT_HIDDEN, ((k, orjson.dumps(sorted(w))) for k, w in withholding.singles.items())
    )
    conn.executemany(sql.PUT_PAIR, ((p,) for p in word_pairs(withholding.texts)))
    rewrite = withholding.rewrite
    singles = {w for words in withholding.singles.values() for w in words}
    put_redaction(conn, rewrite.full, rewrite.kept, singles)
    conn.execute(
        sql.PUT_INCREMENT,
        (
            "register",
            orjson.dumps(
                {
                    "forms": dict(register.forms),
                    "people": sorted(register.people),
                    "shared": sorted(register.shared),
                }
            ),
        ),
    )
    conn.execute(sql.PUT_INCREMENT, ("admitted", orjson.dumps(admitted)))


def update_state(
    conn: sqlite3.Connection, state: StoredState, resolved: OneResolution, delta: Delta
) -> None:
    """Grow the state by one document derived alone (inside the caller's transaction)."""
    conn.executemany(sql.PUT_RESOLVED, resolved.surfaces)
    conn.executemany(
        sql.PUT_ACRONYM, ((s, f, fold(s), fold(f), n) for s, f, n in resolved.acronyms)
    )
    conn.executemany(sql.PUT_REKEYED, delta.rekeyed.items())
    conn.executemany(
        sql.PUT_HIDDEN, ((k, orjson.dumps(sorted(w))) for k, w in delta.singles.items())
    )
    conn.executemany(sql.PUT_PAIR, ((p,) for p in word_pairs(delta.texts)))
    if delta.full or delta.kept or delta.singles:
        full, kept, singles = state.redaction()
        words = {w for ws in delta.singles.values() for w in ws}
        put_redaction(conn, full | delta.full, kept | delta.kept, singles | words)


def put_redaction(
    conn: sqlite3.Connection, full: Iterable[str], kept: Iterable[str], singles: Iterable[str]
) -> None:
    value = {"full": sorted(full), "kept": sorted(kept), "singles": sorted(singles)}
    conn.execute(sql.PUT_INCREMENT, ("redaction", orjson.dumps(value)))


class StoredState:
    """The kept state and the derived rows, read through one connection (implements
    graph.derive.increment_resolve.Resolved and graph.derive.increment.Derived)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._redaction: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None

    def _value(self, name: str) -> Any:
        found = self.conn.execute(sql.INCREMENT, (name,)).fetchone()
        return orjson.loads(found[0]) if found else None

    def ready(self) -> bool:
        """Was the state written, with every document admitted under the current rule?"""
        return bool(self._value("admitted"))

    def register(self) -> Register:
        raw = self._value("register")
        return Register(raw["forms"], frozenset(raw["people"]), frozenset(raw["shared"]))

    # -- Resolved ---------------------------------------------------------------------------

    def surfaces(self, label: str, folds: Iterable[str]) -> list[Surface]:
        return self.conn.execute(sql.RESOLVED_FOLDS, (label, _keys(folds))).fetchall()

    def named(self, label: str, names: Iterable[str]) -> list[Surface]:
        return self.conn.execute(sql.RESOLVED_SURFACES, (label, _keys(names))).fetchall()

    def block(self, label: str, blocks: Iterable[str]) -> list[Surface]:
        return self.conn.execute(sql.RESOLVED_BLOCKS, (label, _keys(blocks))).fetchall()

    def acronyms(self, shorts: Iterable[str], fulls: Iterable[str]) -> list[tuple[str, str, int]]:
        return self.conn.execute(sql.ACRONYMS_OF, (_keys(shorts), _keys(fulls))).fetchall()

    def qualified(self) -> list[str]:
        return [r[0] for r in self.conn.execute(sql.RESOLVED_QUALIFIED)]

    # -- Derived ----------------------------------------------------------------------------

    def nodes(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        rows = self.conn.execute(sql.NODES_DATA, (_keys(keys),))
        return {k: decode(d) for k, d in rows}

    def edges(self, triples: Iterable[Triple]) -> dict[Triple, dict[str, Any]]:
        found = {}
        for triple in sorted(set(triples)):
            row = self.conn.execute(sql.EDGE_AT, triple).fetchone()
            if row is not None:
                found[triple] = decode(row[1])
        return found

    def rekeyed(self, keys: Iterable[str]) -> dict[str, str]:
        return dict(self.conn.execute(sql.REKEYED, (_keys(keys),)).fetchall())

    def rekey_targets(self, keys: Iterable[str]) -> set[str]:
        return {r[0] for r in self.conn.execute(sql.REKEY_TARGETS, (_keys(keys),))}

    def redaction(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        if self._redaction is None:
            raw = self._value("redaction")
            self._redaction = (
                frozenset(raw["full"]),
                frozenset(raw["kept"]),
                frozenset(raw["singles"]),
            )
        return self._redaction

    def singles(self, keys: Iterable[str]) -> dict[str, frozenset[str]]:
        rows = self.conn.execute(sql.HIDDEN, (_keys(keys),))
        return {k: frozenset(orjson.loads(w)) for k, w in rows}

    def pairs(self, pairs: Iterable[str]) -> set[str]:
        return {r[0] for r in self.conn.execute(sql.PAIRS, (_keys(pairs),))}
