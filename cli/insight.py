"""The linked-data and network-insight commands of `qkg`: export, import, bridges,
communities and gaps. Each calls a function in graph/ that returns a pydantic model."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from cli.common import (
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
from graph.errors import InputError

BaseOpt = Annotated[
    str | None, typer.Option("--base", help="base of the minted IRIs [QKG_BASE_IRI]")
]


@app.command()
@_guarded
def export(
    fmt: Annotated[
        str, typer.Option("--format", help="turtle, json-ld, nt, or gexf / graphml (network)")
    ] = "turtle",
    out_file: Annotated[Path | None, typer.Option("--out", help="write here, not stdout")] = None,
    base: BaseOpt = None,
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Write the whole graph as RDF (FOAF, schema.org, org, SKOS, DCTERMS, PROV-O), or as a
    network for Gephi and other network tools (GEXF, GraphML)."""
    from graph.analytics.exchange import NETWORK_FORMATS
    from graph.rdf import export as run_export
    from graph.rdf.export import check_base, check_format

    if fmt.strip().lower() in NETWORK_FORMATS:
        _export_network(fmt.strip().lower(), out_file, _settings(data, store), as_json)
        return
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


def _export_network(fmt: str, out_file: Path | None, settings: Any, as_json: bool) -> None:
    from graph.analytics.exchange import write_network

    if out_file is None:
        raise InputError(f"--format {fmt} writes a file: give it with --out FILE.{fmt}")
    nodes, edges = write_network(open_store(settings).graph(), fmt, out_file)
    if as_json:
        out.print_json(data={"format": fmt, "file": str(out_file), "nodes": nodes, "edges": edges})
    else:
        out.print(
            f"wrote {nodes:,} nodes and {edges:,} relationships ({fmt}) to {out_file}", markup=False
        )


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


TopicOpt = Annotated[
    str | None,
    typer.Option("--topic", help="only people linked to this topic or challenge (and narrower)"),
]


def _boundary(value: str) -> Any:
    from graph.analytics.projection import BOUNDARIES

    value = value.strip().lower().replace("organization", "organisation")
    if value not in BOUNDARIES:
        raise InputError(f"--across {value!r}: expected one of {', '.join(BOUNDARIES)}")
    return value


@app.command()
@_guarded
def bridges(
    topic: TopicOpt = None,
    across: Annotated[
        str, typer.Option("--across", help="nation, profession, sector or organisation")
    ] = "nation",
    limit: Annotated[int, typer.Option("--limit", min=1, max=500)] = 10,
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Boundary spanners: who bridges nations, professions, sectors; share of crossing ties."""
    from graph.analytics import bridges as find_bridges
    from query import scope_keys

    boundary = _boundary(across)
    graph = open_store(_settings(data, store)).graph()
    answer = find_bridges(graph, boundary, scope_keys(graph, topic), limit)
    if as_json:
        out.print_json(answer.model_dump_json())
        return
    scope = ", ".join(answer.scope) or "the whole graph"
    out.print(
        f"Bridges across {answer.across} in {scope}: {answer.people} people, {answer.ties} ties "
        f"({answer.projection}).",
        markup=False,
    )
    for rank, b in enumerate(answer.bridges, 1):
        holes = "" if b.constraint is None else f", constraint {b.constraint:.2f}"
        sides = ", ".join(b.sides) or "side unknown"
        out.print(
            f"{rank}. {b.name} ({sides}): {b.crossing_pairs} pairs across, "
            f"betweenness {b.betweenness:.3f}{holes}\n   {b.explanation}",
            markup=False,
        )
    if answer.withheld:
        out.print(f"{answer.withheld} more not shown: not consented to be contacted", markup=False)
    for b in answer.organisations[:5]:
        out.print(f"organisation: {b.explanation}", markup=False)
    shares = "; ".join(
        f"{h.boundary} {h.share:.0%} of {h.known}" if h.share is not None else f"{h.boundary} –"
        for h in answer.health
    )
    out.print(f"ties crossing each boundary: {shares}", markup=False)


@app.command()
@_guarded
def communities(
    topic: TopicOpt = None,
    seed: Annotated[int, typer.Option(help="Louvain's random seed (fixed: same answer)")] = 42,
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Communities of people who work, meet or write together (Louvain, fixed seed)."""
    from graph.analytics import find_communities
    from query import scope_keys

    graph = open_store(_settings(data, store)).graph()
    answer = find_communities(graph, scope_keys(graph, topic), seed)
    if as_json:
        out.print_json(answer.model_dump_json())
        return
    quality = "–" if answer.modularity is None else f"{answer.modularity:.3f}"
    out.print(
        f"{len(answer.communities)} communities among {answer.people} people "
        f"({answer.ties} ties, modularity {quality}; with no tie: {answer.isolated}).",
        markup=False,
    )
    for c in answer.communities:
        nations = ", ".join(f"{k} {v}" for k, v in c.nations.items())
        out.print(
            f"{c.number}. {c.size} people ({nations}); topics: {', '.join(c.topics) or '–'}",
            markup=False,
        )
        names = ", ".join(c.members) + (f" and {c.withheld} not shown" if c.withheld else "")
        out.print(f"   {names}", markup=False)


@app.command()
@_guarded
def gaps(
    by: Annotated[str, typer.Option("--by", help="nation or sector")] = "nation",
    csv_file: Annotated[Path | None, typer.Option("--csv", help="write the counts here")] = None,
    png: Annotated[Path | None, typer.Option("--png", help="draw the heatmap here")] = None,
    html_file: Annotated[
        Path | None,
        typer.Option("--html", help="write the evidence and gap map as one offline HTML file"),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="most active topics")] = 25,
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """The gap map: evidence, people and learning per topic and nation (or sector)."""
    from graph.analytics.gaps import gap_map, write_csv

    if by not in ("nation", "sector"):
        raise InputError(f"--by {by!r}: expected nation or sector")
    if png is not None and png.suffix.lower() != ".png":
        raise InputError(f"--png {png}: the file name must end in .png")
    graph = open_store(_settings(data, store)).graph()
    if html_file is not None:
        from api.map_html import write_map_html
        from graph.analytics.evidence_map import evidence_map

        write_map_html(evidence_map(graph), html_file)
    answer = gap_map(graph, by, limit)  # type: ignore[arg-type]
    if csv_file is not None:
        write_csv(answer, csv_file)
    if png is not None:
        from graph.analytics.heatmap import draw

        draw(answer, png)
    if as_json:
        out.print_json(answer.model_dump_json())
        return
    from rich.table import Table

    table = Table("topic", *answer.columns, title=f"evidence / people / learning by {by}")
    for row in answer.rows:
        cells = [row.cells[c] for c in answer.columns]
        table.add_row(
            row.topic,
            *(
                "[red]gap[/red]" if c.evidence + c.people + c.learning == 0
                else f"{c.evidence} / {c.people} / {c.learning}"
                for c in cells
            ),
        )  # fmt: skip
    out.print(table)
    out.print(f"{answer.gaps} topic–{by} cells with no evidence where the topic has some elsewhere")
    for written in (csv_file, png, html_file):
        if written is not None:
            out.print(f"wrote {written}", markup=False)
