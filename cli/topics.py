"""`qkg topics`: the topic vocabulary, the phrases of the documents proposed as topics, and a
curator's accepting or rejecting them (kept like merge/split decisions, surviving re-ingest)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer

from cli.common import DataOpt, JsonOpt, StoreOpt, _guarded, _settings, app, open_store, out

topics = typer.Typer(
    rich_markup_mode=None,
    help="The topic vocabulary, proposed topics from the documents' text, accept or reject.",
    no_args_is_help=True,
)
app.add_typer(topics, name="topics")
Phrase = Annotated[str, typer.Argument(help="a phrase of the documents")]


@topics.command("list")
@_guarded
def list_(data: DataOpt = None, store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Every topic: the vocabulary and the phrases accepted as topics."""
    from graph.derive.open_topics import topic_list

    found = topic_list(open_store(_settings(data, store)).graph())
    if as_json:
        out.print_json(json.dumps([asdict(t) for t in found]))
        return
    for t in found:
        under = f"  (under {', '.join(t.broader)})" if t.broader else ""
        mark = " [accepted]" if t.status == "accepted" else ""
        out.print(f"{t.name}{mark}{under}", markup=False)


@topics.command("proposed")
@_guarded
def proposed(
    limit: Annotated[int, typer.Option("--limit", min=1, max=500, help="how many")] = 30,
    data: DataOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Phrases the documents use that the vocabulary lacks, most used first."""
    from graph.derive.open_topics import proposals

    target = open_store(_settings(data, store))
    found = proposals(target.graph(), target.decisions(), limit)
    if as_json:
        out.print_json(json.dumps([asdict(p) for p in found]))
        return
    if not found:
        out.print("no phrase recurs across documents that is not a topic already")
    for p in found:
        out.print(f"{p.phrase}  ({p.documents} documents, {p.occurrences} uses)", markup=False)
    if found:
        out.print(
            f'accept one with: uv run qkg topics accept "{found[0].phrase}" [--broader TOPIC]'
        )


@topics.command("accept")
@_guarded
def accept(
    phrase: Phrase,
    broader: Annotated[str, typer.Option("--broader", help="the topic it is narrower than")] = "",
    note: str = "",
    data: DataOpt = None,
    store: StoreOpt = None,
) -> None:
    """Make a phrase of the documents a topic (kept across re-ingest)."""
    from graph.stores.decisions import decide_topic

    ruling = decide_topic(open_store(_settings(data, store)), phrase, True, broader, note)
    under = f" under {ruling.b}" if ruling.b else ""
    out.print(f"accepted: {ruling.a}{under}", markup=False)


@topics.command("reject")
@_guarded
def reject(phrase: Phrase, note: str = "", data: DataOpt = None, store: StoreOpt = None) -> None:
    """Never propose this phrase again (an accepted one stops being a topic)."""
    from graph.stores.decisions import decide_topic

    ruling = decide_topic(open_store(_settings(data, store)), phrase, False, "", note)
    out.print(f"rejected: {ruling.a}", markup=False)
