"""Writing an export to a file or a string, in N-Triples, Turtle or JSON-LD.

N-Triples is streamed straight from the exporter. Turtle is that stream re-serialised by
pyoxigraph (Rust; an order of magnitude faster than rdflib's Turtle writer) with the usual
prefixes. JSON-LD goes through rdflib so it can be compacted with a readable @context; it is
the slow one on a large graph. A file is written next to its target and renamed over it, so an
interrupted export never leaves half a file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from graph.errors import InputError
from graph.rdf.export import (
    PREFIXES,
    ExportResult,
    check_base,
    check_format,
    to_rdf,
    write_ntriples,
)
from graph.rdf.vocab import qkg_ns


def _prefixes(base: str) -> dict[str, str]:
    return {p: str(ns) for p, ns in PREFIXES.items()} | {"qkg": str(qkg_ns(base))}


def write_file(graph: nx.MultiDiGraph, fmt: str, base: str, path: Path) -> int:
    """Write the export to `path` (replaced whole); returns the number of triples."""
    name = check_format(fmt)
    check_base(base)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if name == "nt":
            with tmp.open("w", encoding="utf-8") as handle:
                count = write_ntriples(graph, base, handle)
        elif name == "turtle":
            stream = tmp.with_suffix(".nt")
            try:
                with stream.open("w", encoding="utf-8") as handle:
                    count = write_ntriples(graph, base, handle)
                triples = ox.parse(path=str(stream), format=ox.RdfFormat.N_TRIPLES)
                ox.serialize(triples, str(tmp), ox.RdfFormat.TURTLE, prefixes=_prefixes(base))
            finally:
                stream.unlink(missing_ok=True)
        else:
            rdf = to_rdf(graph, base)
            rdf.serialize(tmp, format="json-ld", context=_prefixes(base), auto_compact=True)
            count = len(rdf)
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as e:
        raise InputError(f"{path}: cannot write ({e.strerror or e})") from e
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return count


def serialize(graph: nx.MultiDiGraph, fmt: str, base: str) -> tuple[str, int]:
    """(text, triple count) of the export in `fmt` (turtle, json-ld or nt)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export"
        count = write_file(graph, fmt, base, path)
        return path.read_text("utf-8"), count


def export(
    graph: nx.MultiDiGraph, fmt: str, base: str, out: Path | None = None
) -> tuple[ExportResult, str | None]:
    """Write the export to `out` when given, else return its text too."""
    started = time.perf_counter()
    text = None
    if out is not None:
        count = write_file(graph, fmt, base, Path(out))
    else:
        text, count = serialize(graph, fmt, base)
    result = ExportResult(
        format=check_format(fmt),
        base=base,
        triples=count,
        nodes=graph.number_of_nodes(),
        relationships=graph.number_of_edges(),
        out=str(out) if out is not None else None,
        seconds=round(time.perf_counter() - started, 3),
    )
    return result, text
