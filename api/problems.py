"""One error shape for the API: RFC 9457 problem details, served as application/problem+json.

Every error — qkg's own (QkgError), HTTP ones (401, 403, 404, 405, 413, 415), validation
(422) and unexpected ones (500, without internals) — has `type`, `title`, `status`, `detail`
and `instance`; an unknown name or topic adds `suggestions` ("did you mean"), a validation
error adds `errors` (where and what).
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.hardening import allowed_methods, headers_for, without_server_paths
from graph.errors import NotFoundError, QkgError

log = logging.getLogger(__name__)

MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "urn:qkg:problem:"


class Problem(BaseModel):
    """An error (RFC 9457). `type` is a URN naming the kind of problem."""

    type: str = Field(examples=["urn:qkg:problem:not-found"])
    title: str
    status: int
    detail: str
    instance: str = Field(description="the path of the request that failed")
    suggestions: list[str] | None = Field(default=None, description="did you mean")
    errors: list[dict[str, Any]] | None = Field(default=None, description="validation errors")


class ApiProblem(Exception):
    """An error raised by the API layer itself (authentication, uploads)."""

    def __init__(
        self, status: int, title: str, detail: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.headers = headers


def _slug(title: str) -> str:
    return "-".join(title.lower().replace("'", "").split())


def problem(
    request: Request,
    status: int,
    title: str,
    detail: str,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body = Problem(
        type=TYPE_BASE + _slug(title),
        title=title,
        status=status,
        detail=without_server_paths(detail),  # names what failed, never where on the server
        instance=request.url.path,
        **extra,
    )
    # the security headers here too: a 500 is answered outside the app's middleware
    headers = {**headers_for(MEDIA_TYPE), **(headers or {})}
    return JSONResponse(
        body.model_dump(exclude_none=True), status, headers=headers, media_type=MEDIA_TYPE
    )


def _one_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


async def _on_api_problem(request: Request, error: Exception) -> JSONResponse:
    exc = cast(ApiProblem, error)
    return problem(request, exc.status, exc.title, exc.detail, exc.headers)


async def _on_qkg_error(request: Request, error: Exception) -> JSONResponse:
    exc = cast(QkgError, error)
    suggestions = exc.suggestions if isinstance(exc, NotFoundError) else None
    if exc.status >= 500:
        log.error("%s: %s", type(exc).__name__, _one_line(exc))
    return problem(request, exc.status, exc.title, _one_line(exc), suggestions=suggestions)


async def _on_validation(request: Request, error: Exception) -> JSONResponse:
    exc = cast(RequestValidationError, error)
    errors = [
        {"loc": [str(part) for part in e.get("loc", ())], "msg": str(e.get("msg", ""))}
        for e in exc.errors()
    ]
    first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
    where = ".".join(first["loc"])
    return problem(
        request, 422, "invalid request", f"{where}: {first['msg']}".lstrip(": "), errors=errors
    )


async def _on_http(request: Request, error: Exception) -> JSONResponse:
    exc = cast(StarletteHTTPException, error)
    phrase = HTTPStatus(exc.status_code).phrase.lower()
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail else phrase
    headers = dict(exc.headers or {})
    if exc.status_code == 405:  # every method the path takes, not only its first route's
        methods = allowed_methods(request.app, request.scope)
        if methods:
            headers["Allow"] = ", ".join(methods)
    return problem(request, exc.status_code, phrase, detail, headers or None)


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s", request.url.path)
    return problem(request, 500, "internal server error", "the server failed; see its log")


def install(app: FastAPI) -> None:
    app.add_exception_handler(ApiProblem, _on_api_problem)
    app.add_exception_handler(QkgError, _on_qkg_error)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(Exception, _on_unexpected)


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for these error statuses, all with the Problem shape."""
    return {
        status: {
            "model": Problem,
            "description": HTTPStatus(status).phrase,
            "content": {MEDIA_TYPE: {}},
        }
        for status in statuses
    }
