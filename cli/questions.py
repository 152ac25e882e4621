"""The question commands of `qkg` (connect, evidence, learning, organisations, profile, path,
search) and `qkg demo`. Each calls query.Questions and prints the answer, or its JSON."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli.common import DataOpt, JsonOpt, StoreOpt, _guarded, _settings, app, open_store, out

if TYPE_CHECKING:
    from pydantic import BaseModel

    from query import Questions
    from query.types import Boundary

AcrossOpt = Annotated[
    str | None,
    typer.Option("--across", help="boundary to cross: nation, profession, organisation, sector"),
]
FromOpt = Annotated[
    str | None, typer.Option("--from", help="cross the boundary from this person or organisation")
]
NationOpt = Annotated[
    str | None, typer.Option("--nation", help="cross from (or focus on) a nation")
]
LimitOpt = Annotated[int, typer.Option("--limit", min=1, max=500, help="how many results")]
Asked = Annotated[
    str, typer.Argument(help="a challenge (id or title) or a topic", metavar="CHALLENGE_OR_TOPIC")
]
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _ask(data: Path | None, store: str | None) -> Questions:
    from graph.errors import InputError
    from query import questions_for

    settings = _settings(data, store)
    opened = open_store(settings)
    if not opened.ledger():  # an empty answer would not say why
        where = f"the data directory {settings.data}" if settings.store == "embedded" else "Neo4j"
        raise InputError(
            f"nothing ingested yet in {where}: fill it with `uv run qkg ingest FOLDER "
            f"--data {settings.data}` or `uv run qkg demo --data {settings.data}`"
            if settings.store == "embedded"
            else f"nothing ingested yet in {where}: fill it with `uv run qkg ingest FOLDER "
            "--store neo4j`"
        )
    return questions_for(opened)


def _across(value: str | None) -> Boundary | None:
    if value is None:
        return None
    choices = ("nation", "profession", "organisation", "sector")
    value = value.strip().lower().replace("organization", "organisation")
    if value not in choices:
        raise typer.BadParameter(f"{value!r}: expected one of {', '.join(choices)}")
    return value  # type: ignore[return-value]


def _emit(answer: BaseModel, as_json: bool, printer: str) -> None:
    """Print `answer` as JSON, or with api.render's function of that name."""
    if as_json:
        out.print_json(answer.model_dump_json())
    else:
        from api import render

        getattr(render, printer)(out, answer)


@app.command()
@_guarded
def connect(
    asked: Asked,
    across: AcrossOpt = None,
    from_: FromOpt = None,
    nation: NationOpt = None,
    limit: LimitOpt = 10,
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Who to connect: people with related expertise on the other side of a boundary."""
    answer = _ask(data, store).connect(asked, _across(across), from_, nation, limit)
    _emit(answer, as_json, "connect")


@app.command()
@_guarded
def evidence(
    asked: Asked,
    nation: NationOpt = None,
    limit: LimitOpt = 10,
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Evidence on a challenge or topic, ranked, with coverage by nation and the gaps."""
    _emit(_ask(data, store).evidence(asked, nation, limit), as_json, "evidence")


@app.command()
@_guarded
def learning(
    asked: Asked,
    not_from: Annotated[
        str | None, typer.Option("--not-from", help="leave out learning recorded in this nation")
    ] = None,
    limit: LimitOpt = 10,
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Prior learning on a topic from workshops and evidence, with where and when."""
    _emit(_ask(data, store).learning(asked, not_from, limit), as_json, "learning")


@app.command()
@_guarded
def organisations(
    asked: Asked,
    across: AcrossOpt = None,
    from_: FromOpt = None,
    nation: NationOpt = None,
    limit: LimitOpt = 20,
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Organisations active on a challenge or topic, by nation and sector."""
    answer = _ask(data, store).organisations(asked, _across(across), from_, nation, limit)
    _emit(answer, as_json, "organisations")


@app.command()
@_guarded
def profile(
    name: str, data: DataOpt = None, store: StoreOpt = None, as_json: JsonOpt = False
) -> None:
    """A person's or organisation's topics, affiliations, nation, documents and connections."""
    _emit(_ask(data, store).profile(name), as_json, "profile")


@app.command()
@_guarded
def path(
    a: str,
    b: str,
    limit: LimitOpt = 3,
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """How two people or organisations are connected: the shortest explained paths."""
    _emit(_ask(data, store).path(a, b, limit), as_json, "path")


@app.command()
@_guarded
def search(
    text: str,
    limit: LimitOpt = 10,
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Find entities by name, tolerant of typos and initials."""
    _emit(_ask(data, store).search(text, limit), as_json, "search")


@app.command()
@_guarded
def demo(
    data: Annotated[
        Path,
        typer.Option("--data", help="a new or empty directory, or one qkg demo made (emptied)"),
    ] = Path("qkg-demo-data"),
    examples: Annotated[Path, typer.Option(help="the corpus to ingest")] = EXAMPLES,
) -> None:
    """Ingest examples/ into a fresh data directory and take a short tour of the questions."""
    from api import render
    from graph.stores.demo_dir import clear_demo_dir
    from graph.stores.embedded import EmbeddedStore
    from ingest.pipeline import ingest as run_ingest
    from query import questions_for

    clear_demo_dir(data)
    store = EmbeddedStore(data)
    report = run_ingest([examples], store)
    people = report.stats["nodes"].get("Person", 0)
    out.print(
        f"Ingested {len(report.added)} documents ({report.words:,} words) from {examples} "
        f"into {data}: {people} people, {report.stats['nodes'].get('Organisation', 0)} "
        f"organisations, {report.stats['nodes'].get('Learning', 0)} learning statements.\n",
        markup=False,
    )
    ask = questions_for(store)
    out.rule("1. Who to connect on peer support, across nations, for someone in Scotland")
    render.connect(out, ask.connect("peer support", across="nation", nation="Scotland", limit=5))
    out.rule("2. What evidence bears on the peer support challenge, and where the gaps are")
    render.evidence(out, ask.evidence("peer-support", limit=5))
    out.rule("3. What was already learned about peer support outside Wales")
    render.learning(out, ask.learning("peer support", not_from="Wales", limit=5))
    d = f" --data {data}" if data != Path("qkg-data") else ""
    tips = [
        f"uv run qkg connect 'social prescribing'{d}",
        f"uv run qkg profile 'Aisha Khan'{d}",
        f"uv run qkg path 'Aisha Khan' 'Callum MacLeod'{d}",
        f"uv run qkg bridges --topic 'peer support'{d}",
        f"uv run qkg gaps --png gaps.png{d}",
        f"uv run qkg export --out graph.ttl{d}",
        "uv run qkg keys create   (then set QKG_API_KEYS to the line it prints, and:)",
        f"uv run qkg serve{d}   (the API and the web page)",
    ]
    out.print("\nTry, as typed here:\n  " + "\n  ".join(tips), markup=False)
