"""`qkg serve` (the API and the web page, with uvicorn) and `qkg keys create`."""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from cli.common import DataOpt, StoreOpt, _guarded, app, err, out

log = logging.getLogger(__name__)

keys = typer.Typer(
    rich_markup_mode=None, help="API keys: create one for a role.", no_args_is_help=True
)
app.add_typer(keys, name="keys")


@app.command()
@_guarded
def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="port to listen on")] = 8000,
    access_log: Annotated[
        bool,
        typer.Option(help="log each request's method, path and query (never its key)"),
    ] = True,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=32,
            help="processes answering requests (each keeps its own questions and answers)",
        ),
    ] = 1,
    data: DataOpt = None,
    store: StoreOpt = None,
) -> None:
    """Serve the HTTP API and the web page (keys from QKG_API_KEYS; see `qkg keys create`)."""
    import os

    import uvicorn

    from api.app import create_app
    from api.settings import get_settings

    settings = get_settings(data=data, store=store)
    application = create_app(settings)
    if not application.state.service.keys:
        err.print(
            "warning: QKG_API_KEYS is empty, so every request but /health and the docs gets "
            "401; make a key with `qkg keys create --role read`",
            markup=False,
        )
    # uvicorn's access log shows method, path and query only; keys travel in headers, and one
    # sent in the query by mistake is blanked (api.hardening)
    if workers == 1:
        uvicorn.run(
            application,
            host=host,
            port=port,
            log_level="info",
            access_log=access_log,
            server_header=False,  # no "Server: uvicorn" banner
        )
        return
    application.state.service.close()
    # each worker process builds its own app from the same settings, passed on in the environment
    os.environ.update({"QKG_DATA": str(settings.data), "QKG_STORE": settings.store})
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="info",
        access_log=access_log,
        server_header=False,
    )


@keys.command("create")
@_guarded
def keys_create(
    role: Annotated[
        str, typer.Option(help="read (questions) or write (also ingest, forget, merge, split)")
    ] = "read",
) -> None:
    """Print a new random API key once, and the QKG_API_KEYS entry that admits it."""
    from api.security import ROLES, create_key

    if role not in ROLES:
        raise typer.BadParameter(f"{role!r}: expected read or write", param_hint="--role")
    key, entry = create_key(role)
    out.print(f"key (shown once; give it to its user): {key}", markup=False)
    out.print(
        "add this entry to QKG_API_KEYS (comma-separated; only the hash is stored):", markup=False
    )
    out.print(entry.line(), markup=False)
