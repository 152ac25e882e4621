"""Linked data and network insight over HTTP: the RDF export, boundary spanners, communities
and the gap map. Each calls the same function in graph/ as its `qkg` command; answers are kept
per store version like the questions' (computing bridges on a large graph takes a while)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from api.problems import responses
from api.routes_questions import _answer
from api.security import ReadRole
from graph.analytics import BridgesAnswer, CommunitiesAnswer, bridges, find_communities
from graph.analytics.gaps import GapMap, gap_map, write_csv
from query import scope_keys

router = APIRouter(prefix="/api", tags=["insight"], responses=responses(401, 403, 422))

MEDIA = {
    "turtle": "text/turtle",
    "json-ld": "application/ld+json",
    "nt": "application/n-triples",
    "gexf": "application/gexf+xml",
    "graphml": "application/graphml+xml",
}
SUFFIX = {"turtle": "ttl", "json-ld": "jsonld", "nt": "nt", "gexf": "gexf", "graphml": "graphml"}

Topic = Annotated[
    str | None,
    Query(min_length=1, max_length=200, description="only people linked to this topic"),
]


def _file(path: Path, media_type: str, name: str) -> FileResponse:
    """Send a temporary file, then delete it."""
    return FileResponse(
        path,
        media_type=media_type,
        filename=name,
        background=BackgroundTask(path.unlink, missing_ok=True),
    )


def _scratch(suffix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix="qkg-", suffix=f".{suffix}")
    os.close(fd)
    return Path(name)


@router.get(
    "/export",
    response_class=FileResponse,
    responses={200: {"content": {m: {} for m in MEDIA.values()}, "description": "the file"}},
)
async def export(
    _role: ReadRole,
    request: Request,
    fmt: Annotated[
        Literal["turtle", "json-ld", "nt", "gexf", "graphml"],
        Query(alias="format", description="RDF syntax, or gexf / graphml for network tools"),
    ] = "turtle",
) -> FileResponse:
    """The whole graph as RDF (FOAF, schema.org, org, SKOS, DCTERMS, PROV-O) under the
    configured base IRI, or as a GEXF / GraphML network (no contact details at all); people who
    have not consented are never exported."""
    from graph.analytics.exchange import NETWORK_FORMATS, write_network
    from graph.rdf.write import write_file

    service = request.app.state.service
    path = _scratch(SUFFIX[fmt])

    def write() -> None:
        if fmt in NETWORK_FORMATS:
            write_network(service.store().graph(), fmt, path)
        else:
            write_file(service.store().graph(), fmt, service.settings.base_iri, path)

    try:
        await run_in_threadpool(write)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return _file(path, MEDIA[fmt], f"qkg-export.{SUFFIX[fmt]}")


@router.get("/bridges", response_model=BridgesAnswer, responses=responses(400, 404))
async def bridges_(
    _role: ReadRole,
    request: Request,
    topic: Topic = None,
    across: Annotated[
        Literal["nation", "profession", "sector", "organisation"],
        Query(description="the boundary the bridges span"),
    ] = "nation",
    limit: Annotated[int, Query(ge=1, le=500)] = 10,
) -> Response:
    """Boundary spanners: who links people on different sides of a boundary (brokerage,
    betweenness, constraint, explained in words), and the share of ties crossing each one."""
    graph_of = request.app.state.service.store

    def compute(_ask: object) -> BridgesAnswer:
        graph = graph_of().graph()
        return bridges(graph, across, scope_keys(graph, topic), limit)

    return await _answer(request, compute)


@router.get("/communities", response_model=CommunitiesAnswer, responses=responses(400, 404))
async def communities(
    _role: ReadRole,
    request: Request,
    topic: Topic = None,
    seed: Annotated[int, Query(ge=0, le=2**31 - 1, description="Louvain's seed")] = 42,
) -> Response:
    """Communities of people who work, meet or write together (Louvain, fixed seed)."""
    graph_of = request.app.state.service.store

    def compute(_ask: object) -> CommunitiesAnswer:
        graph = graph_of().graph()
        return find_communities(graph, scope_keys(graph, topic), seed)

    return await _answer(request, compute)


@router.get(
    "/gaps",
    response_model=GapMap,
    responses={200: {"content": {"text/csv": {}, "image/png": {}}, "description": "the map"}},
)
async def gaps(
    _role: ReadRole,
    request: Request,
    by: Annotated[Literal["nation", "sector"], Query(description="the columns")] = "nation",
    limit: Annotated[int, Query(ge=1, le=500, description="most active topics")] = 25,
    fmt: Annotated[
        Literal["json", "csv", "png"], Query(alias="format", description="json, csv or png")
    ] = "json",
) -> Response:
    """The gap map: evidence, people and learning per topic and nation (or sector), as JSON,
    CSV, or a heatmap for a slide."""
    graph_of = request.app.state.service.store
    if fmt == "json":
        return await _answer(request, lambda _ask: gap_map(graph_of().graph(), by, limit))
    path = _scratch(fmt)

    def write() -> None:
        answer = gap_map(graph_of().graph(), by, limit)
        if fmt == "csv":
            write_csv(answer, path)
        else:
            from graph.analytics.heatmap import draw

            draw(answer, path)

    try:
        await run_in_threadpool(write)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    media = "text/csv" if fmt == "csv" else "image/png"
    return _file(path, media, f"qkg-gaps-by-{by}.{fmt}")
