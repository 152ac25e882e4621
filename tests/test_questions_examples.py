"""The questions end to end on examples/, through the CLI (loads the spaCy model)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.app import app
from graph.stores.embedded import EmbeddedStore
from ingest.pipeline import ingest
from query import Questions
from query.backends.embedded import EmbeddedBackend
from query.rank import SAME_SOURCE

pytestmark = pytest.mark.slow
runner = CliRunner()


def ask(store: Any, *args: str) -> dict[str, Any]:
    result = runner.invoke(app, [*args, "--data", str(store.data_dir), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_questions_connect_across_nations_explains_and_withholds(example_store: Any) -> None:
    answer = ask(example_store, "connect", "peer support", "--nation", "Scotland")
    assert answer["across"] == "nation" and answer["origin"] == "Scotland"
    assert len(answer["results"]) >= 5
    for hit in answer["results"]:
        assert hit["person"]["nations"] and "Scotland" not in hit["person"]["nations"]
        assert hit["person"]["consent"] is True
        assert hit["why"].startswith(hit["person"]["name"])
        assert any(t["topic"] == "peer support" for t in hit["shared_topics"])
        quotes = [q for r in hit["reasons"] for q in r["quotes"]]
        assert quotes and all(Path(q["document"]).suffix for q in quotes)
    # ordered by score, each spread over the pieces of work behind the list: the n-th person
    # listed from the same report or workshop counts SAME_SOURCE**n for the order, and says so
    ordered = [hit["score"] * SAME_SOURCE ** _after(hit["why"]) for hit in answer["results"]]
    assert ordered == sorted(ordered, reverse=True)
    assert any(_after(hit["why"]) for hit in answer["results"])  # the examples have such runs
    assert answer["withheld_no_consent"] > 0 and answer["excluded_same_side"] > 0


def _after(why: str) -> int:
    """How many others from the same piece of work a result says it is listed after."""
    found = re.search(r"listed after (\d+) others? from", why)
    return int(found.group(1)) if found else 0


def test_questions_connect_from_a_person_across_profession(example_store: Any) -> None:
    answer = ask(
        example_store,
        "connect",
        "peer-support",
        "--from",
        "Callum MacLeod",
        "--across",
        "profession",
        "--limit",
        "5",
    )
    assert answer["scope"]["challenge"].startswith("What would it take for peer support")
    assert answer["origin_side"] == ["peer support worker"]
    for hit in answer["results"]:
        assert "peer support worker" not in hit["person"]["professions"]
        assert hit["path"][0]["source"] == "Callum MacLeod"
        assert hit["path"][-1]["target"] == hit["person"]["name"]


def test_questions_evidence_coverage_and_gaps(example_store: Any) -> None:
    answer = ask(example_store, "evidence", "social prescribing")
    assert answer["results"]
    assert set(answer["coverage"]) == {"England", "Scotland", "Wales", "Northern Ireland", "UK"}
    assert answer["gaps"] == [
        n
        for n in ("England", "Scotland", "Wales", "Northern Ireland")
        if answer["coverage"][n] == 0
    ]
    top = answer["results"][0]
    assert 0 < top["score"] <= 1 and top["year"] and "examples/evidence/" in top["document"]
    wales = ask(example_store, "evidence", "social prescribing", "--nation", "Wales")
    assert all({"Wales", "UK"} & set(i["nations"]) for i in wales["results"])


def test_questions_learning_not_from_a_nation(example_store: Any) -> None:
    answer = ask(example_store, "learning", "peer support", "--not-from", "Wales")
    assert answer["results"] and answer["excluded_from_nation"] > 0
    for item in answer["results"]:
        assert set(item["nations"]) - {"UK"} != {"Wales"}
        assert item["source"] and item["quote"]["document"]


def test_questions_organisations_profile_path_search(example_store: Any) -> None:
    orgs = ask(example_store, "organisations", "peer support")
    assert orgs["results"] and orgs["by_nation"] and orgs["by_sector"]
    profile = ask(example_store, "profile", "Aisha Khan")
    assert profile["label"] == "Person" and "Mind Cymru" in profile["card"]["organisations"]
    assert profile["nations"] == ["Wales"] and profile["documents"]
    path = ask(example_store, "path", "Aisha Khan", "Callum MacLeod")
    assert path["paths"] and path["paths"][0][0]["source"] == "Aisha Khan"
    assert path["paths"][0][-1]["target"] == "Callum MacLeod"
    found = ask(example_store, "search", "C MacLeod")
    assert found["results"][0]["name"] == "Callum MacLeod"


def test_questions_unknown_names_suggest(example_store: Any) -> None:
    result = runner.invoke(app, ["profile", "Aisha Kahn", "--data", str(example_store.data_dir)])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no person or organisation named 'Aisha Kahn'")
    assert "did you mean: Aisha Khan" in result.stderr
    topic = runner.invoke(
        app, ["evidence", "quantum widgets", "--data", str(example_store.data_dir)]
    )
    assert topic.exit_code == 2 and "no challenge or topic" in topic.stderr


def test_questions_readable_output(example_store: Any) -> None:
    result = runner.invoke(app, ["evidence", "peer-support", "--data", str(example_store.data_dir)])
    assert result.exit_code == 0
    assert "coverage by nation:" in result.stdout and "gaps:" in result.stdout


def test_questions_same_answers_in_any_ingest_order(
    tmp_path: Path, corpus: Path, extractor: Any, example_store: Any
) -> None:
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.stem != "README")
    store = EmbeddedStore(tmp_path)
    for chunk in (files[::-1][:12], files[::-1][12:]):
        ingest(chunk, store, extractor=extractor)
    answers = []
    for each in (store, example_store):
        q = Questions(EmbeddedBackend(each.graph()))
        answers.append(
            [
                q.connect("peer support", nation="Wales").model_dump(),
                q.evidence("peer-support").model_dump(),
                q.learning("loneliness").model_dump(),
            ]
        )
    # the files given one by one are named from their folders (workshops/…), the folder's
    # from above it (examples/workshops/…): the same documents, the same answers
    shown = [json.dumps(a, sort_keys=True, default=str) for a in answers]
    assert shown[0] == shown[1].replace(f'"{corpus.name}/', '"')


def test_questions_demo_runs_the_tour(tmp_path: Path, corpus: Path) -> None:
    result = runner.invoke(
        app, ["demo", "--data", str(tmp_path / "demo"), "--examples", str(corpus)]
    )
    assert result.exit_code == 0, result.output
    assert "Who to connect on" in result.stdout
    assert "gaps:" in result.stdout
    assert "What was learned on" in result.stdout


def test_no_answer_quotes_one_sentence_twice(example_store: Any) -> None:
    """A sentence that gives a person two reasons (an author line naming two topics), or an
    evidence item two topics, is quoted once in the answer."""
    from query import questions_for

    ask = questions_for(example_store)
    for topic in ("peer support", "carers", "workforce", "mental health", "social prescribing"):
        for answer in (ask.connect(topic, limit=10), ask.evidence(topic, limit=10)):
            for result in answer.results:
                quoted = [
                    (q.document, q.text)
                    for part in getattr(result, "reasons", [result])
                    for q in part.quotes
                ]
                assert len(quoted) == len(set(quoted)), (topic, quoted)
