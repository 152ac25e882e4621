"""The commands that build and curate the graph: ingest, extract, stats, documents, forget,
merge, split and decisions. Each calls an `ingest` or `graph` function and prints its result."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cli.common import (
    DataOpt,
    JsonOpt,
    StoreOpt,
    _guarded,
    _kind,
    _progress,
    _settings,
    app,
    err,
    get_settings,
    open_store,
    out,
)

if TYPE_CHECKING:
    from graph.model import Label


@app.command()
@_guarded
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="files or folders (walked recursively)")],
    kind: Annotated[
        str | None, typer.Option(help="treat every file as workshop, evidence or directory")
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            help="spaCy processes [QKG_JOBS] (default: the usable cores, for a batch big enough)",
        ),
    ] = None,
    prune: Annotated[
        bool, typer.Option(help="forget documents under these folders whose files are gone")
    ] = False,
    again: Annotated[
        bool,
        typer.Option(
            "--again",
            help="read unchanged files again too (after adding a directory, or a new qkg)",
        ),
    ] = False,
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Read, extract and store documents. Unchanged files are passed over (unless --again);
    changed ones replaced."""
    from ingest.pipeline import ingest as run_ingest

    settings = get_settings(data=data, store=store, jobs=jobs)
    target = open_store(settings)
    show = not as_json and sys.stderr.isatty()
    with _progress(show) as progress:
        report = run_ingest(
            paths,
            target,
            kind=_kind(kind),
            n_process=settings.jobs,
            prune=prune,
            progress=progress,
            again=again,
        )
    for line in report.errors:
        err.print(f"error: {line}", markup=False)
    if as_json:
        out.print_json(json.dumps(report.to_dict()))
    else:
        _print_ingest(report)
    if report.failed:
        raise typer.Exit(1)


def _print_ingest(report: Any) -> None:
    out.print(
        f"documents: {len(report.added)} added, {len(report.changed)} changed, "
        f"{len(report.unchanged)} unchanged, {len(report.pruned)} forgotten, "
        f"{len(report.errors)} failed, {len(report.skipped)} skipped ({report.words:,} words read)"
    )
    for doc_id in report.added + report.changed:
        out.print(f"  {doc_id}: {report.kinds[doc_id]}", markup=False)
    _print_stats(report.stats)
    for line in report.skipped:
        out.print(f"skipped: {line}", markup=False)
    for line in report.warnings:
        out.print(f"warning: {line}", markup=False)


def _print_stats(stats: dict[str, Any]) -> None:
    from rich.table import Table

    table = Table("entities", "count", "relationships", "count", box=None)
    nodes = list(stats["nodes"].items())
    rels = list(stats["relationships"].items())
    for i in range(max(len(nodes), len(rels))):
        n = nodes[i] if i < len(nodes) else ("", "")
        r = rels[i] if i < len(rels) else ("", "")
        table.add_row(n[0], str(n[1]), r[0], str(r[1]))
    out.print(f"store: {stats['store']} at {stats['location']}: {stats['documents']} documents")
    out.print(table)


@app.command()
@_guarded
def extract(
    file: Annotated[Path, typer.Argument(help="one document")],
    kind: Annotated[str | None, typer.Option(help="workshop, evidence or directory")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Show what qkg finds in one file, writing nothing."""
    from ingest.pipeline import extract_file

    found = extract_file(file, _kind(kind))
    if as_json:
        sys.stdout.write(json.dumps(found, ensure_ascii=False) + "\n")
        return
    for key, values in found.items():
        shown = [" → ".join(v) if isinstance(v, list) else v for v in values]
        out.print(f"{key} ({len(values)}): " + "; ".join(shown), markup=False)


@app.command()
@_guarded
def stats(data: DataOpt = None, store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Summarise the store: documents, entities and relationships by type."""
    figures = open_store(_settings(data, store)).stats()
    if as_json:
        out.print_json(json.dumps(figures))
    else:
        _print_stats(figures)


@app.command()
@_guarded
def documents(data: DataOpt = None, store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """List the ingested documents (the ledger) with their kind and content hash."""
    ledger = open_store(_settings(data, store)).ledger()
    rows = [
        {
            "document": e.doc_id,
            "kind": e.kind,
            "sha256": e.content_hash[:12],
            "ingested_at": e.ingested_at,
        }
        for e in ledger.values()
    ]
    if as_json:
        out.print_json(json.dumps(rows))
        return
    for row in rows:
        out.print(
            f"{row['document']}  {row['kind']}  {row['sha256']}  {row['ingested_at']}", markup=False
        )


@app.command()
@_guarded
def forget(
    document: Annotated[str, typer.Argument(help="document id, path or file name")],
    data: DataOpt = None,
    store: StoreOpt = None,
) -> None:
    """Remove one document's facts (facts other documents also support stay)."""
    from ingest.pipeline import forget as run_forget

    doc_id = run_forget(open_store(_settings(data, store)), document)
    out.print(f"forgot {doc_id}", markup=False)


LabelOpt = Annotated[
    str | None, typer.Option("--label", help="person, organisation, place or profession")
]


def _label(value: str | None) -> Label | None:
    from graph.model import Label

    if value is None:
        return None
    for label in Label:
        if label.value.lower() == value.strip().lower():
            return label
    raise typer.BadParameter(f"{value!r} is not a label")


@app.command()
@_guarded
def merge(
    a: str,
    b: str,
    label: LabelOpt = None,
    note: str = "",
    data: DataOpt = None,
    store: StoreOpt = None,
) -> None:
    """Record that two names are the same entity (kept across re-ingest)."""
    from graph.model import Decision
    from graph.stores.decisions import decide

    ruling = decide(open_store(_settings(data, store)), a, b, Decision.SAME, _label(label), note)
    out.print(f"recorded: {ruling.a} = {ruling.b} ({ruling.label.value})", markup=False)


@app.command()
@_guarded
def split(
    a: str,
    b: str,
    label: LabelOpt = None,
    note: str = "",
    data: DataOpt = None,
    store: StoreOpt = None,
) -> None:
    """Record that two names are different entities (never merged again)."""
    from graph.model import Decision
    from graph.stores.decisions import decide

    ruling = decide(
        open_store(_settings(data, store)), a, b, Decision.NOT_SAME, _label(label), note
    )
    out.print(f"recorded: {ruling.a} ≠ {ruling.b} ({ruling.label.value})", markup=False)


@app.command()
@_guarded
def decisions(data: DataOpt = None, store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """List the recorded same / not-same decisions."""
    rulings = [d.to_dict() for d in open_store(_settings(data, store)).decisions()]
    if as_json:
        out.print_json(json.dumps(rulings))
        return
    for d in rulings:
        if d["decision"] in ("accept-topic", "reject-topic"):
            under = f" under {d['b']}" if d["b"] else ""
            verb = "accepted" if d["decision"] == "accept-topic" else "rejected"
            out.print(f"Topic: {verb} {d['a']}{under}  {d['note']}".rstrip(), markup=False)
            continue
        sign = "=" if d["decision"] == "same" else "≠"
        out.print(f"{d['label']}: {d['a']} {sign} {d['b']}  {d['note']}".rstrip(), markup=False)
