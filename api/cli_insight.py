"""The linked-data and network-insight commands of `qkg`: export, import, bridges,
communities and gaps. Each calls a function in graph/ that returns a pydantic model."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from api.cli import (
    DataOpt,
    JsonOpt,
    StoreOpt,
    _guarded,
    _settings,
    app,
    err,
    get_settings,
    open_store,
    out,
)

BaseOpt = Annotated[
    str | None, typer.Option("--base", help="base of the minted IRIs [QKG_BASE_IRI]")
]


@app.command()
@_guarded
def export(
    fmt: Annotated[str, typer.Option("--format", help="turtle, json-ld or nt")] = "turtle",
    out_file: Annotated[Path | None, typer.Option("--out", help="write here, not stdout")] = None,
    base: BaseOpt = None,
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Write the whole graph as RDF (FOAF, schema.org, org, SKOS, DCTERMS, PROV-O)."""
    from graph.rdf import export as run_export
    from graph.rdf.export import check_base, check_format

    settings = get_settings(data=data, store=store, base_iri=base)
    check_format(fmt)
    check_base(settings.base_iri)
    result, text = run_export(open_store(settings).graph(), fmt, settings.base_iri, out_file)
    if text is not None:
        sys.stdout.write(text)
        err.print(f"{result.triples:,} triples ({result.format})", markup=False)
    elif as_json:
        out.print_json(result.model_dump_json())
    else:
        out.print(f"wrote {result.triples:,} triples ({result.format}) to {out_file}", markup=False)


@app.command("import")
@_guarded
def import_(
    file: Annotated[Path, typer.Argument(help="a SKOS vocabulary or a previous export (.ttl, …)")],
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Load a SKOS topic vocabulary, or a previous `qkg export`, into the store."""
    from graph.rdf import import_file

    result = import_file(file, open_store(_settings(data, store)))
    if as_json:
        out.print_json(result.model_dump_json())
        return
    out.print(
        f"imported {result.file} ({result.kind}): {len(result.documents)} documents, "
        f"{result.entities} entities ({result.topics} topics), {result.relations} relationships",
        markup=False,
    )
