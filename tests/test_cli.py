"""The `qkg` command line through Typer's CliRunner, on real files (loads the spaCy model)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import app
from tests.conftest import ROOT

pytestmark = pytest.mark.slow
runner = CliRunner()


@pytest.fixture()
def folder(tmp_path: Path, corpus: Path) -> Path:
    target = tmp_path / "notes"
    shutil.copytree(corpus / "workshops", target)
    shutil.copy(corpus / "directories" / "scotland-directory.csv", target)
    return target


def test_cli_extract_json_has_exactly_the_agreed_shape(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "Peer support in the Highlands\n\nDr Morven Gunn, a GP at NHS Highland, told the "
        "Scottish Government that peer support helps people in Inverness. Public Health Agency "
        "(PHA) staff from Northern Ireland joined. The PHA will share its evaluation.\n"
    )
    result = runner.invoke(app, ["extract", str(note), "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert list(found) == ["persons", "organisations", "nations", "places", "topics", "relations"]
    assert found["persons"] == ["Morven Gunn"]
    assert {"NHS Highland", "Scottish Government", "Public Health Agency"} <= set(
        found["organisations"]
    )
    assert "PHA" not in found["organisations"]  # expanded where the document defines it
    assert set(found["nations"]) == {"Scotland", "Northern Ireland"}
    assert "Inverness" in found["places"]
    assert "peer support" in found["topics"]
    assert ["Morven Gunn", "NHS Highland"] in found["relations"]


def test_cli_ingest_summary_stats_and_rerun(tmp_path: Path, folder: Path) -> None:
    data = tmp_path / "data"
    result = runner.invoke(app, ["ingest", str(folder), "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert re.search(r"documents: 15 added, 0 changed, 0 unchanged", result.stdout)
    assert "workshop (front matter)" in result.stdout and "directory (guess)" in result.stdout
    assert "Person" in result.stdout and "WORKS_AT" in result.stdout
    again = runner.invoke(app, ["ingest", str(folder), "--data", str(data), "--json"])
    report = json.loads(again.stdout)
    assert report["added"] == [] and len(report["unchanged"]) == 15
    reread = runner.invoke(app, ["ingest", str(folder), "--data", str(data), "--json", "--again"])
    report = json.loads(reread.stdout)
    assert len(report["changed"]) == 15 and report["unchanged"] == []
    stats = json.loads(runner.invoke(app, ["stats", "--data", str(data), "--json"]).stdout)
    assert stats["documents"] == 15 and stats["nodes"]["Person"] >= 20
    listed = runner.invoke(app, ["documents", "--data", str(data)])
    assert "scotland-directory.csv  directory" in listed.stdout


def test_cli_env_var_chooses_data_directory(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QKG_DATA", str(tmp_path / "env-data"))
    result = runner.invoke(app, ["ingest", str(corpus / "directories" / "wales-directory.csv")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env-data" / "store.db").exists()


def test_cli_bad_files_exit_1_with_one_line_each(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "ok.txt").write_text("Eilidh Grant (Healthcare Improvement Scotland) led the day.")
    (batch / "broken.pdf").write_bytes(b"%PDF-1.4 nonsense")
    result = runner.invoke(app, ["ingest", str(batch), "--data", str(tmp_path / "d")])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "broken.pdf" in errors[0]
    assert "1 added" in result.stdout and "1 failed" in result.stdout


def test_cli_forget_merge_split_and_unknown_names(tmp_path: Path, folder: Path) -> None:
    data = ["--data", str(tmp_path / "data")]
    runner.invoke(app, ["ingest", str(folder), *data])
    unknown = runner.invoke(app, ["forget", "glasgow-workshop.md", *data])
    assert unknown.exit_code == 2
    assert unknown.stderr.startswith("error: no ingested document 'glasgow-workshop.md'")
    assert "did you mean" in unknown.stderr and "glasgow-peer-support-workshop" in unknown.stderr
    gone = runner.invoke(app, ["forget", "2023-02-14-glasgow-peer-support-workshop.md", *data])
    assert gone.exit_code == 0 and "forgot" in gone.stdout

    merged = runner.invoke(app, ["merge", "Callum MacLeod", "Tomasz Nowak", *data])
    assert merged.exit_code == 0, merged.output
    assert "(Person)" in merged.stdout
    stats = json.loads(runner.invoke(app, ["stats", *data, "--json"]).stdout)
    split = runner.invoke(app, ["split", "Callum MacLeod", "Tomasz Nowak", *data])
    assert split.exit_code == 0
    after = json.loads(runner.invoke(app, ["stats", *data, "--json"]).stdout)
    assert after["nodes"]["Person"] == stats["nodes"]["Person"] + 1
    listed = runner.invoke(app, ["decisions", *data, "--json"])
    assert [d["decision"] for d in json.loads(listed.stdout)] == ["not-same"]

    typo = runner.invoke(app, ["merge", "Calum McLeod", "Tomasz Nowak", *data])
    assert typo.exit_code == 2 and "Callum MacLeod" in typo.stderr
    cross = runner.invoke(app, ["merge", "NHS Highland", "Tomasz Nowak", *data])
    assert cross.exit_code == 2 and "cannot merge" in cross.stderr


def test_cli_every_command_is_documented_in_readme() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for command in app.registered_commands:
        name = command.name or (command.callback.__name__ if command.callback else "")
        assert f"qkg {name}" in readme, f"`qkg {name}` is not in README.md"


def test_cli_help_loads_no_heavy_library() -> None:
    """`qkg --help` (and the import of every command) loads none of the libraries the
    commands use: they are imported when a command runs, so the CLI starts at once."""
    import subprocess
    import sys

    heavy = ("spacy", "networkx", "fastapi", "rdflib", "pydantic", "neo4j", "numpy", "rich")
    probe = (
        "import sys, runpy; sys.argv = ['qkg', '--help']\n"
        "try:\n    runpy.run_module('cli', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert "Usage: qkg" in run.stdout and "ingest" in run.stdout
    assert run.stderr.strip().splitlines()[-1] == "[]"


def test_cli_question_on_the_embedded_store_loads_no_nlp_library(tmp_path: Path) -> None:
    """A question reads the stored rows: it never imports spaCy (half a second on its own,
    once pulled in by the TF-IDF model's stop words)."""
    import subprocess
    import sys

    data = tmp_path / "data"
    examples = Path(__file__).resolve().parents[1] / "examples" / "evidence"
    assert runner.invoke(app, ["ingest", str(examples), "--data", str(data)]).exit_code == 0
    probe = (
        "import sys, runpy\n"
        f"sys.argv = ['qkg', 'evidence', 'peer support', '--data', {str(data)!r}]\n"
        "try:\n    runpy.run_module('cli', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(m for m in ('spacy', 'thinc') if m in sys.modules), file=sys.stderr)"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert "peer support" in run.stdout.lower()
    assert run.stderr.strip().splitlines()[-1] == "[]"


def test_cli_question_on_an_empty_store_says_how_to_fill_it(tmp_path: Path) -> None:
    empty = tmp_path / "nothing-here"
    result = runner.invoke(app, ["connect", "peer support", "--data", str(empty)])
    assert result.exit_code == 2
    line = result.output.strip().splitlines()[0]
    assert line.startswith("error: nothing ingested yet") and "uv run qkg ingest" in line
