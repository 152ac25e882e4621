"""HTTP hardening shared by every response: security headers, the methods a 405 allows, error
details without server paths, and an access log that never holds a key.

- Every response says `X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer`;
  an HTML page gets PAGE_POLICY (its own scripts and styles only: no inline code, no other
  origin, no framing), anything else `default-src 'none'`. uvicorn's `Server` header is
  switched off where it is started (cli/serve.py).
- A 405 names in `Allow` every method some route takes at that path (Starlette names only the
  first route's).
- A problem's detail never holds an absolute server path: each is cut to its last part.
- API keys are read from headers only (api.security); uvicorn's access log writes the query,
  so a key sent there by mistake is blanked before it is logged.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PAGE_POLICY = (
    "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'self'"
)
OTHER_POLICY = "default-src 'none'; frame-ancestors 'none'"
COMMON_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


def headers_for(content_type: str) -> dict[str, str]:
    """The security headers a response with this content type carries."""
    html = content_type.split(";")[0].strip().lower() == "text/html"
    return {**COMMON_HEADERS, "Content-Security-Policy": PAGE_POLICY if html else OTHER_POLICY}


class SecurityHeaders:
    """Add the security headers to every response that does not set its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in headers_for(headers.get("content-type", "")).items():
                    headers.setdefault(name, value)
                if "server" in headers:
                    del headers["server"]
            await send(message)

        await self.app(scope, receive, send_with_headers)


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def allowed_methods(app: Any, scope: Scope) -> list[str]:
    """Every method some route of `app` takes at the request's path; [] when a route takes
    them all (a mount, such as the static files, which answers its own 405)."""
    found = [
        method
        for method in _METHODS
        if any(r.matches({**scope, "method": method})[0] == Match.FULL for r in app.router.routes)
    ]
    return [] if len(found) == len(_METHODS) else found


# an absolute path: "/" then at least one more part, not inside a URL ("bolt://host/x")
_ABSOLUTE = re.compile(r"(?<![\w:/.~-])/(?:[^\s/'\"`:;,()]+/)*([^\s/'\"`:;,()]+)")


def without_server_paths(text: str) -> str:
    """`text` with each absolute path cut to its last part.

    >>> without_server_paths("/srv/qkg/data: another qkg process is writing here")
    'data: another qkg process is writing here'
    >>> without_server_paths("Neo4j at bolt://db:7687 is not reachable")
    'Neo4j at bolt://db:7687 is not reachable'
    """
    return _ABSOLUTE.sub(lambda m: m.group(1), text)


_KEY = re.compile(r"qkg_[A-Za-z0-9_\-]+")
_KEY_PARAM = re.compile(r"((?:^|[?&])(?:api[_-]?key|key|token|access_token)=)[^&\s]*", re.I)


def blank_keys(text: str) -> str:
    """`text` with anything that may be an API key blanked.

    >>> blank_keys("/api/stats?api_key=qkg_abc&q=carers")
    '/api/stats?api_key=[blanked]&q=carers'
    """
    return _KEY.sub("[blanked]", _KEY_PARAM.sub(r"\1[blanked]", text))


class _BlankKeys(logging.Filter):
    """Blank keys in uvicorn's access-log lines (its args: client, method, path, ...)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(blank_keys(a) if isinstance(a, str) else a for a in record.args)
        return True


def install_access_log_filter() -> None:
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, _BlankKeys) for f in logger.filters):
        logger.addFilter(_BlankKeys())
