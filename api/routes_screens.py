"""What the web page's screens read: the evidence and gap map, the pairs to review and an
entity's neighbourhood. Each answer comes from graph.analytics over the store's derived graph
(the graph every question reads, consent already applied) and is kept per store version like
the questions'. A review ruling is written through POST /api/decisions (routes_store), exactly
as `qkg merge` / `qkg split` write it, with a write key."""

from __future__ import annotations

import hashlib
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from api.problems import responses
from api.routes_questions import _answer
from api.security import ReadRole
from graph.analytics.evidence_map import EvidenceMap, evidence_map
from graph.analytics.neighbourhood import Neighbourhood, neighbourhood
from graph.analytics.review import ReviewAnswer, review_candidates
from graph.stores.cypher import BROWSER_NEIGHBOURHOOD

router = APIRouter(prefix="/api", tags=["screens"], responses=responses(401, 403, 422))


class NeighbourhoodView(Neighbourhood):
    neo4j_browser: str | None = None  # the same neighbourhood in the Neo4j Browser


def browser_link(browser: str, key: str) -> str:
    """A Neo4j Browser address that opens the neighbourhood query for `key` in its editor
    (the key set as a parameter first, never written into the query).

    >>> from urllib.parse import unquote
    >>> unquote(browser_link("http://db:7474/browser/", "person:ann-prys")).splitlines()[0]
    "http://db:7474/browser/?cmd=edit&arg=:param key => 'person:ann-prys';"
    """
    text = f":param key => {key!r};\n{BROWSER_NEIGHBOURHOOD}"
    return f"{browser}?cmd=edit&arg={quote(text, safe='')}"


class StoreVersion(BaseModel):
    version: str = Field(description="changes with every write to the store (opaque)")


@router.get("/version")
async def version(_role: ReadRole, request: Request) -> StoreVersion:
    """The store's version: a page asks this (cheap) to know when to fetch the map again."""
    from starlette.concurrency import run_in_threadpool

    marks = await run_in_threadpool(request.app.state.service.version)
    # hashed: the embedded store's version is its files' times and sizes, nobody's business
    return StoreVersion(version=hashlib.sha256(marks.encode()).hexdigest()[:16])


@router.get("/map", response_model=EvidenceMap)
async def map_(_role: ReadRole, request: Request) -> Response:
    """The evidence and gap map: challenges and topics × nations, each cell's evidence,
    learning and workshops, with what the page filters by (years, types, sectors)."""
    graph_of = request.app.state.service.store
    return await _answer(request, lambda _ask: evidence_map(graph_of().graph()))


@router.get("/map.html", response_class=HTMLResponse)
async def map_file(_role: ReadRole, request: Request) -> Response:
    """The map as one standalone, offline HTML file (what `qkg gaps --html` writes)."""
    from starlette.concurrency import run_in_threadpool

    from api.map_html import map_html

    graph_of = request.app.state.service.store
    text = await run_in_threadpool(lambda: map_html(evidence_map(graph_of().graph())))
    return HTMLResponse(
        text, headers={"Content-Disposition": 'attachment; filename="qkg-evidence-map.html"'}
    )


@router.get("/review", response_model=ReviewAnswer)
async def review(
    _role: ReadRole,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Response:
    """Pairs of people or organisations resolution left apart but may be one, with their
    sources; rule on one with POST /api/decisions (same / not-same)."""
    store_of = request.app.state.service.store

    def compute(_ask: object) -> ReviewAnswer:
        store = store_of()
        return review_candidates(store.graph(), store.decisions(), limit)

    return await _answer(request, compute)


@router.get("/neighbourhood", response_model=NeighbourhoodView, responses=responses(404))
async def neighbourhood_(
    _role: ReadRole,
    request: Request,
    name: Annotated[
        str, Query(min_length=1, max_length=200, description="a person, organisation or topic")
    ],
    limit: Annotated[int, Query(ge=1, le=200)] = 40,
) -> Response:
    """An entity and its neighbours, each with its side of every boundary to colour by."""
    service = request.app.state.service

    def compute(_ask: object) -> NeighbourhoodView:
        found = neighbourhood(service.store().graph(), name, limit)
        link = None
        if service.store_kind == "neo4j":
            link = browser_link(service.settings.browser_url, found.centre.key)
        return NeighbourhoodView(**found.model_dump(), neo4j_browser=link)

    return await _answer(request, compute)
