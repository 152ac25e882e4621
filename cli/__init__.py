"""The `qkg` command line, a second way in beside `api`. Thin Typer commands over `ingest` and
`query` functions (and `api` for `qkg serve`); only this package prints.

May import: everything below it: `api`, `query`, `ingest`, `graph`.
"""
