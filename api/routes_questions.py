"""The question endpoints: each calls one method of query.Questions and returns its typed
answer (the CLI's --json), plus a `page` saying which slice of the results this is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from api.problems import responses
from api.security import ReadRole
from query import Questions
from query.types import (
    Boundary,
    ConnectAnswer,
    EvidenceAnswer,
    LearningAnswer,
    OrganisationsAnswer,
    PathAnswer,
    Profile,
    SearchAnswer,
)

router = APIRouter(prefix="/api", tags=["questions"], responses=responses(401, 403, 422))
NAME_ERRORS = responses(400, 404)

MAX_LIMIT = 100
MAX_OFFSET = 1000


class Page(BaseModel):
    """Offset pagination: `results` are items offset .. offset+limit-1 of the ranked list."""

    scheme: str = "offset"
    limit: int
    offset: int
    returned: int
    has_more: bool
    next_offset: int | None = Field(description="the offset of the next page, if there is one")


async def _answer(request: Request, compute: Callable[[Questions], BaseModel]) -> Response:
    """The answer as JSON. Identical requests on one store version share one computation; a
    kept answer is sent from the event loop, a new one is computed in a worker thread."""
    service = request.app.state.service
    key = (request.url.path, tuple(sorted(request.query_params.multi_items())))
    body = service.kept(key)
    if body is None:
        body = await run_in_threadpool(service.answer, key, compute)
    return Response(body, media_type="application/json")


Asked = Annotated[
    str,
    Query(min_length=1, max_length=200, description="a challenge (id or title) or a topic"),
]
Across = Annotated[Boundary | None, Query(description="the boundary to cross")]
From = Annotated[
    str | None,
    Query(alias="from", min_length=1, max_length=200, description="cross from this person"),
]
Nation = Annotated[
    str | None, Query(min_length=1, max_length=40, description="cross from (or focus on) a nation")
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="results per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="results to skip")]


class ConnectPage(ConnectAnswer):
    page: Page


class EvidencePage(EvidenceAnswer):
    page: Page


class LearningPage(LearningAnswer):
    page: Page


class OrganisationsPage(OrganisationsAnswer):
    page: Page


class SearchPage(SearchAnswer):
    page: Page


P = TypeVar("P", bound=BaseModel)


async def _page(
    request: Request,
    page_type: type[P],
    ask_for: Callable[[Questions, int], BaseModel],
    limit: int,
    offset: int,
) -> Response:
    """`_answer` for a paged question: `ask_for(questions, n)` asks for the first n results;
    one more than the page needs says whether there is a next page."""
    return await _answer(
        request,
        lambda ask: _paged(page_type, ask_for(ask, offset + limit + 1), limit, offset),
    )


def _paged(page_type: type[P], answer: BaseModel, limit: int, offset: int) -> P:
    """The answer to limit+offset+1 results, cut to the page asked for."""
    data: dict[str, Any] = dict(answer)
    ranked = data["results"]
    shown = ranked[offset : offset + limit]
    more = len(ranked) > offset + limit
    data["results"] = shown
    data["page"] = Page(
        limit=limit,
        offset=offset,
        returned=len(shown),
        has_more=more,
        next_offset=offset + limit if more else None,
    )
    return page_type.model_validate(data)


@router.get("/connect", response_model=ConnectPage, responses=NAME_ERRORS)
async def connect(
    _role: ReadRole,
    request: Request,
    asked: Asked,
    across: Across = None,
    from_: From = None,
    nation: Nation = None,
    limit: Limit = 10,
    offset: Offset = 0,
) -> Response:
    """Who to connect: people with related expertise on the other side of a boundary."""
    return await _page(
        request,
        ConnectPage,
        lambda ask, n: ask.connect(asked, across, from_, nation, n),
        limit,
        offset,
    )


@router.get("/evidence", response_model=EvidencePage, responses=NAME_ERRORS)
async def evidence(
    _role: ReadRole,
    request: Request,
    asked: Asked,
    nation: Nation = None,
    limit: Limit = 10,
    offset: Offset = 0,
) -> Response:
    """Evidence on a challenge or topic, ranked, with coverage by nation and the gaps."""
    return await _page(
        request, EvidencePage, lambda ask, n: ask.evidence(asked, nation, n), limit, offset
    )


@router.get("/learning", response_model=LearningPage, responses=NAME_ERRORS)
async def learning(
    _role: ReadRole,
    request: Request,
    asked: Asked,
    not_from: Annotated[
        str | None,
        Query(min_length=1, max_length=40, description="leave out learning from this nation"),
    ] = None,
    limit: Limit = 10,
    offset: Offset = 0,
) -> Response:
    """Prior learning on a topic from workshops and evidence, with where and when."""
    return await _page(
        request, LearningPage, lambda ask, n: ask.learning(asked, not_from, n), limit, offset
    )


@router.get("/organisations", response_model=OrganisationsPage, responses=NAME_ERRORS)
async def organisations(
    _role: ReadRole,
    request: Request,
    asked: Asked,
    across: Across = None,
    from_: From = None,
    nation: Nation = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Response:
    """Organisations active on a challenge or topic, by nation and sector."""
    return await _page(
        request,
        OrganisationsPage,
        lambda ask, n: ask.organisations(asked, across, from_, nation, n),
        limit,
        offset,
    )


@router.get("/profile", response_model=Profile, responses=NAME_ERRORS)
async def profile(
    _role: ReadRole,
    request: Request,
    name: Annotated[str, Query(min_length=1, max_length=200)],
) -> Response:
    """A person's or organisation's topics, affiliations, nation, documents and connections."""
    return await _answer(request, lambda ask: ask.profile(name))


@router.get("/path", response_model=PathAnswer, responses=NAME_ERRORS)
async def path(
    _role: ReadRole,
    request: Request,
    a: Annotated[str, Query(min_length=1, max_length=200)],
    b: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=10, description="how many paths")] = 3,
) -> Response:
    """How two people or organisations are connected: the shortest explained paths."""
    return await _answer(request, lambda ask: ask.path(a, b, limit))


@router.get("/search", response_model=SearchPage, responses=NAME_ERRORS)
async def search(
    _role: ReadRole,
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200, description="a name, or part of one")],
    limit: Limit = 10,
    offset: Offset = 0,
) -> Response:
    """Find entities by name, tolerant of typos and initials."""
    return await _page(request, SearchPage, lambda ask, n: ask.search(q, n), limit, offset)
