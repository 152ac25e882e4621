"""The command line refuses what it must not do, in one line (issue #14, defects 7 and 10):
`qkg demo --data DIR` never deletes what qkg did not create; a path that does not exist and a
merge naming nobody are refused. No spaCy model is loaded unless marked slow."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from cli.app import app

runner = CliRunner()


def _one_line_error(result: Result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.parametrize(
    "contents",
    [
        {"state.json": "{}", "notes.md": "# my notes"},  # a real store with the user's file
        {"state.json": "{}", "decisions.yaml": "decisions: []"},  # a real store, not a demo's
        {"thesis.docx": "years of work"},
    ],
)
def test_cli_demo_refuses_a_directory_it_did_not_make(
    tmp_path: Path, contents: dict[str, str]
) -> None:
    data = tmp_path / "precious"
    data.mkdir()
    for name, text in contents.items():
        (data / name).write_text(text)
    result = runner.invoke(app, ["demo", "--data", str(data)])
    assert result.exit_code == 2
    assert "qkg demo" in _one_line_error(result)
    assert {p.name: p.read_text() for p in data.iterdir()} == contents


def test_cli_demo_refuses_a_demo_directory_holding_something_else(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    data.mkdir()
    (data / ".qkg-demo").write_text("")
    (data / "state.json").write_text("{}")
    (data / "uploads").mkdir()
    (data / "uploads" / "minutes.md").write_text("# minutes")
    result = runner.invoke(app, ["demo", "--data", str(data)])
    assert result.exit_code == 2
    assert "uploads" in _one_line_error(result)
    assert (data / "uploads" / "minutes.md").exists() and (data / "state.json").exists()


def test_cli_demo_refuses_a_file(tmp_path: Path) -> None:
    data = tmp_path / "a-file"
    data.write_text("keep me")
    result = runner.invoke(app, ["demo", "--data", str(data)])
    assert result.exit_code == 2
    _one_line_error(result)
    assert data.read_text() == "keep me"


@pytest.mark.slow
def test_cli_demo_makes_and_remakes_its_own_directory(tmp_path: Path) -> None:
    examples = tmp_path / "examples"
    examples.mkdir()
    (examples / "note.md").write_text("# Peer support in Fife\n\nAisha Khan spoke on it.\n")
    data = tmp_path / "demo"
    for _ in range(2):  # made, then emptied and made again
        result = runner.invoke(app, ["demo", "--data", str(data), "--examples", str(examples)])
        assert result.exit_code == 0, result.output
        assert "Ingested 1 documents" in result.stdout
    assert (data / ".qkg-demo").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["demo", "--data", str(empty), "--examples", str(examples)])
    assert result.exit_code == 0, result.output


def test_cli_ingest_a_path_that_does_not_exist_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nonexistent"
    result = runner.invoke(app, ["ingest", str(missing), "--data", str(tmp_path / "data")])
    assert result.exit_code != 0
    assert _one_line_error(result) == f"error: {missing}: no such file or directory"
    assert not (tmp_path / "data").exists()


def test_cli_ingest_a_missing_path_among_others_fails_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ingest.pipeline
    from tests.conftest import StubExtractor

    monkeypatch.setattr(ingest.pipeline, "Extractor", StubExtractor)
    note = tmp_path / "note.txt"
    note.write_text("Peer support in Fife.\n")
    missing = tmp_path / "gone.txt"
    data = str(tmp_path / "data")
    result = runner.invoke(app, ["ingest", str(note), str(missing), "--data", data])
    assert result.exit_code == 1
    assert _one_line_error(result) == f"error: {missing}: no such file or directory"
    assert "1 added" in result.stdout


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory holding two people from a directory CSV, ingested by the CLI once."""
    import ingest.pipeline
    from tests.conftest import StubExtractor

    where = tmp_path_factory.mktemp("people")
    people = where / "people.csv"
    people.write_text("name,organisation,consent\nAisha Khan,NHS Fife,yes\nTom Hargreaves,,yes\n")
    data = where / "data"
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(ingest.pipeline, "Extractor", StubExtractor)
        assert runner.invoke(app, ["ingest", str(people), "--data", str(data)]).exit_code == 0
    return data


def _people(tmp_path: Path, people: Path) -> str:
    """A copy of `people` of this test's own (SQLite's backup of its database)."""
    data = tmp_path / "data"
    data.mkdir()
    with sqlite3.connect(people / "store.db") as source, sqlite3.connect(data / "store.db") as copy:
        source.backup(copy)
    return str(data)


@pytest.mark.parametrize(
    ("names", "said"),
    [
        (["Nobody", "Noone"], "no entity named 'Nobody'"),
        (["Nobody", "Aisha Khan"], "no entity named 'Nobody'"),
        (["Nobody", "Noone", "--label", "person"], "no person named 'Nobody'"),
        (["Aisha Khan", "Nobody", "--label", "person"], "no person named 'Nobody'"),
        (["Aisha Khan", "Tom Hargreaves", "--label", "organisation"], "no organisation named"),
        (["Aisha Khan", "Tom Hargreaves", "--label", "nation"], "person, organisation, place"),
        (["", ""], "say which two names"),
        ([" ", "Aisha Khan"], "say which two names"),
    ],
)
@pytest.mark.parametrize("command", ["merge", "split"])
def test_cli_merge_or_split_naming_nobody_is_refused_in_one_line(
    tmp_path: Path, people: Path, command: str, names: list[str], said: str
) -> None:
    data = _people(tmp_path, people)
    result = runner.invoke(app, [command, *names, "--data", data])
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith("error: ") and said in lines[0], result.stderr
    assert lines[1:] == [] or (len(lines) == 2 and lines[1].startswith("did you mean: "))
    listed = runner.invoke(app, ["decisions", "--json", "--data", data])
    assert listed.stdout.strip() == "[]"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_serve_sends_no_server_banner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, api_keys: dict[str, str], workers: str
) -> None:
    import uvicorn

    started: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *_a, **kw: started.append(kw))
    monkeypatch.setenv("QKG_API_KEYS", api_keys["config"])
    monkeypatch.setenv("QKG_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("QKG_STORE", "embedded")  # serve sets both for its workers
    result = runner.invoke(app, ["serve", "--workers", workers])
    assert result.exit_code == 0, result.output
    assert started and started[0]["server_header"] is False
