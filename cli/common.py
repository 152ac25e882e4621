"""What every `qkg` command shares: the Typer app, the common options, the consoles, and the
rule that an error qkg raises on purpose prints as one line and exits with status 2."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from graph.errors import NotFoundError, QkgError

# The settings, the stores and their libraries load when a command runs, so that
# `qkg --help` starts at once.
if TYPE_CHECKING:
    from rich.console import Console

    from api.settings import Settings
    from graph.stores.contract import GraphStore

app = typer.Typer(
    help="qkg: the Q Improvement Lab's knowledge graph. Ingest notes and evidence, ask who to "
    "connect, what evidence and what was learned.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich's help formatter costs most of a second to import
    add_completion=False,
)


class _LazyConsole:
    """A rich Console made on first use: importing rich costs a tenth of a second that
    `qkg --help` does not need."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return getattr(self._console, name)


out: Console = _LazyConsole(highlight=False, soft_wrap=True)  # type: ignore[assignment]
err: Console = _LazyConsole(stderr=True, highlight=False, soft_wrap=True)  # type: ignore[assignment]

DataOpt = Annotated[
    Path | None, typer.Option("--data", help="data directory of the embedded store [QKG_DATA]")
]
StoreOpt = Annotated[
    str | None, typer.Option("--store", help="embedded (default) or neo4j [QKG_STORE]")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="print one JSON object")]


def get_settings(**overrides: Any) -> Settings:
    from api.settings import get_settings as settings_from

    return settings_from(**overrides)


def open_store(settings: Settings) -> GraphStore:
    from api.settings import open_store as store_of

    store = store_of(settings)
    if getattr(store, "migrated", ""):  # an older embedded store, moved into store.db just now
        err.print(store.migrated, markup=False)
    return store


def _settings(data: Path | None, store: str | None = None) -> Settings:
    return get_settings(data=data, store=store)


def _fail(error: QkgError) -> None:
    line = str(error).splitlines()[0] if str(error) else type(error).__name__
    err.print(f"error: {line}", markup=False, style="red")
    if isinstance(error, NotFoundError) and error.suggestions:
        err.print("did you mean: " + "; ".join(error.suggestions), markup=False)
    raise typer.Exit(2)


def _guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Run a command body; QkgError becomes one line on stderr and exit status 2."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except QkgError as e:
            _fail(e)

    return wrapper


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[int, int, str], None] | None]:
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("", total=None)

        def update(done: int, total: int, doc_id: str) -> None:
            bar.update(task, completed=done, total=total, description=doc_id[-50:])

        yield update


def _kind(value: str | None) -> Any:
    if value is None:
        return None
    from ingest.readers.kinds import parse_kind

    kind = parse_kind(value)
    if kind is None:
        raise typer.BadParameter(f"{value!r}: expected workshop, evidence or directory")
    return kind
