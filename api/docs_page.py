"""`/docs`: the API reference as one server-rendered page, built from the OpenAPI schema.

FastAPI's Swagger UI and ReDoc load their scripts from a CDN, which these machines and many NHS
networks block, so qkg renders the schema itself: every operation with its parameters, body and
responses, readable without a key or any script.
"""

from __future__ import annotations

from html import escape
from typing import Any

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

METHODS = ("get", "post", "put", "patch", "delete")


def _type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"])
    if schema.get("type") == "array":
        return f"list of {_type(schema.get('items', {}))}"
    if "enum" in schema:
        return " | ".join(repr(v) for v in schema["enum"])
    kind = str(schema.get("type", "any"))
    bounds = [f"{k} {schema[k]}" for k in ("minimum", "maximum", "maxLength") if k in schema]
    return f"{kind} ({', '.join(bounds)})" if bounds else kind


def _parameters(operation: dict[str, Any]) -> str:
    rows = [
        f"<tr><td><code>{escape(p['name'])}</code></td><td>{escape(p['in'])}</td>"
        f"<td>{'yes' if p.get('required') else 'no'}</td>"
        f"<td>{escape(_type(p.get('schema', {})))}</td>"
        f"<td>{escape(p.get('description', '') or p.get('schema', {}).get('description', ''))}</td>"
        "</tr>"
        for p in operation.get("parameters", [])
    ]
    if not rows:
        return ""
    return (
        "<table><caption>Parameters</caption><thead><tr><th scope=col>name</th>"
        "<th scope=col>in</th><th scope=col>required</th><th scope=col>type</th>"
        "<th scope=col>description</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _body_and_responses(operation: dict[str, Any]) -> str:
    parts = []
    body = operation.get("requestBody", {}).get("content", {})
    for media, content in body.items():
        parts.append(
            f"<p>Body: <code>{escape(media)}</code> {escape(_type(content.get('schema', {})))}</p>"
        )
    items = []
    for status, response in operation.get("responses", {}).items():
        kinds = ", ".join(
            f"{escape(media)} {escape(_type(c.get('schema', {})))}"
            for media, c in response.get("content", {}).items()
        )
        items.append(
            f"<li><strong>{escape(status)}</strong> {escape(response.get('description', ''))}"
            f"{' — ' + kinds if kinds else ''}</li>"
        )
    if items:
        parts.append("<p>Responses:</p><ul>" + "".join(items) + "</ul>")
    return "".join(parts)


def render(schema: dict[str, Any]) -> str:
    info = schema.get("info", {})
    sections = []
    for path, item in schema.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            anchor = escape(operation.get("operationId", f"{method}-{path}"))
            sections.append(
                f'<section id="{anchor}"><h2><span class=method>{method.upper()}</span> '
                f"<code>{escape(path)}</code></h2>"
                f"<p>{escape(operation.get('summary', ''))}</p>"
                f"<p>{escape(operation.get('description', '') or '')}</p>"
                + _parameters(operation)
                + _body_and_responses(operation)
                + "</section>"
            )
    models = sorted(schema.get("components", {}).get("schemas", {}))
    return (
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(info.get('title', 'API'))} API reference</title>"
        '<link rel="stylesheet" href="/static/qkg.css"></head><body><main>'
        f"<h1>{escape(info.get('title', 'API'))} {escape(info.get('version', ''))}: API "
        f"reference</h1><p>{escape(info.get('summary', ''))}</p>"
        f"<p>{escape(info.get('description', ''))}</p>"
        '<p>The machine-readable schema is <a href="/openapi.json">/openapi.json</a>. '
        f"Models: {escape(', '.join(models))}.</p>" + "".join(sections) + "</main></body></html>"
    )


def install(app: FastAPI) -> None:
    """Serve the reference at /docs (the app is created with docs_url=None, redoc_url=None)."""

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(render(app.openapi()))
