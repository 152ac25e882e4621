"""The qkg HTTP API and the Lab team's web page: `create_app()` builds the FastAPI app that
`qkg serve` runs. Routes are thin: every answer comes from query.Questions or the store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel

from api import (
    docs_page,
    problems,
    routes_insight,
    routes_questions,
    routes_screens,
    routes_store,
    routes_topics,
)
from api.hardening import SecurityHeaders, headers_for, install_access_log_filter
from api.service import Service
from api.settings import Settings, get_settings
from api.uploads import UploadLimit

WEB = Path(__file__).resolve().parent / "web"
# the page's own script and style only (api.hardening.PAGE_POLICY): no inline code, no other origin
PAGE_HEADERS = {**headers_for("text/html"), "Cache-Control": "no-cache"}


class Health(BaseModel):
    status: str
    store: str


def create_app(
    settings: Settings | None = None, store: Any = None, extractor: Any = None
) -> FastAPI:
    """The app over the store the settings choose (or `store`, for tests and benchmarks)."""
    settings = settings or get_settings()
    service = Service(settings, store=store, extractor=extractor)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        service.close()

    app = FastAPI(
        title="qkg",
        version="0.1.0",
        summary="The Q Improvement Lab's knowledge graph: who to connect, what evidence, "
        "what was learned.",
        description="Send an API key as `Authorization: Bearer KEY` (or `X-API-Key: KEY`). "
        "Errors are RFC 9457 problem details (application/problem+json).",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: api.docs_page instead
        redoc_url=None,
    )
    app.state.service = service
    problems.install(app)
    docs_page.install(app)
    app.include_router(routes_questions.router)
    app.include_router(routes_store.router)
    app.include_router(routes_insight.router)
    app.include_router(routes_topics.router)
    app.include_router(routes_screens.router)
    app.add_middleware(UploadLimit, max_bytes=settings.upload_max_bytes)
    if settings.cors_origin_list:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origin_list,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type"],
        )
    app.add_middleware(SecurityHeaders)  # outermost: every response, the refusals above too
    install_access_log_filter()

    @app.get("/health", tags=["service"])
    def health(request: Request) -> Health:
        """Is the service up (no key needed)."""
        return Health(status="ok", store=request.app.state.service.store_kind)

    @app.get("/", include_in_schema=False)
    def page() -> Response:
        return FileResponse(WEB / "index.html", headers=PAGE_HEADERS)

    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")
    return app
