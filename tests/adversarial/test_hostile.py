"""Hostile files through the real CLI and the API (issue #14, "Done when", first bullet).

The corpus is written at test time (corpus.py). One real `python -m cli ingest` run over the
whole batch checks the exit code, one error line per refused file and that the good files are
stored. Per-file wall time and peak RSS come from measure.py: the spaCy model is loaded once,
then each file is ingested (or uploaded through the API) in a forked child measured by
os.wait4; a file's time is its child's wall time minus a tiny good file's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from .corpus import CASES, GOOD, write_case, write_good

ROOT = Path(__file__).resolve().parents[2]
MEASURE = Path(__file__).with_name("measure.py")
MAX_SECONDS = 10.0
MAX_PEAK_MB = 500.0
CHILD_TIMEOUT = 14.0  # a child still running then is killed (and fails the 10 s bound)

pytestmark = pytest.mark.slow

# Measured on 2 cores (2026-12-04): these break the 10 s bound in extraction (spaCy over
# millions of characters), not in the readers, which have no time budget past reading. Run to
# the end, three-million-chars.txt took 337 s and peaked at 605 MB (over 500 MB too) before it
# was stored; here each child is killed at CHILD_TIMEOUT (about 250-290 MB by then).
# Not a small reader fix: the extractor needs a time (and size) budget.
TOO_SLOW: set[str] = set()  # files too slow to extract (none: long prose is refused at once)
# Files dense with names are checked one by one (each in time and under MAX_PEAK_MB: about 2-4 s
# and 250-370 MB, measured 2026-12-06), not in the batch: with two extraction workers, one of
# them in the batch raised its peak from 452 MB to 642 MB (the worker's spaCy pass over the
# file), past the batch's bound, though no one file goes past it.
PER_FILE_ONLY = {
    "names-in-one-line.txt",
    "names-paragraph-no-breaks.txt",
    "many-footnotes.md",
    "long-footnote-label.md",
    "joined-by-1500.txt",
    "speakers-box-1500.txt",
    "letter-marks.html",
    "layout-tables.html",
    "register-grid-1500.md",
    "keys-1500.md",
    "numbered-minutes-2000.txt",
    "fields-page-2000.html",
    "checklist-2000.md",
    "own-initialled-2000.txt",
    "cards-2000.html",
    "roll-call-2000.txt",
    "cc-letter-2000.html",
    "grouped-sign-in-2000.txt",
    "initials-key-2000.txt",
    "bodies-brackets-2000.md",
    "numbered-speakers-2000.txt",
    "grid-key-2000.txt",
    "medline-authors-1500.txt",
}


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("hostile") / "batch"
    directory.mkdir()
    written = {name: write_case(directory, name) for name in CASES}
    write_good(directory)
    return {name: path for name, path in written.items() if path is not None}


def _start(mode: str, files: list[Path], out: Path) -> subprocess.Popen[str]:
    out.mkdir(parents=True, exist_ok=True)
    warm = out / "baseline-note.txt"
    warm.write_text(next(iter(GOOD.values())), encoding="utf-8")
    env = {**os.environ, "QKG_ADV_TIMEOUT": str(CHILD_TIMEOUT)}
    return subprocess.Popen(
        [sys.executable, str(MEASURE), mode, str(out), str(warm), *map(str, files)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )


def _results(driver: subprocess.Popen[str]) -> dict[str, dict[str, Any]]:
    stdout, stderr = driver.communicate(timeout=900)
    assert driver.returncode == 0, stderr[-2000:]
    results = json.loads(stdout.splitlines()[-1])
    for r in results:  # the figures, shown with `pytest -s`
        print(f"{r['file'][-40:]!r:44} {r['seconds']:6.2f} s {r['peak_mb']:7.1f} MB {r['exit']}")
    return {Path(r["file"]).name: r for r in results}


@pytest.fixture(scope="session")
def figures(hostile: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Both drivers at once (the CLI's path and the API's), one per core."""
    files = list(hostile.values())
    cli = _start("cli", files, tmp_path_factory.mktemp("cli-measure"))
    api = _start("api", files, tmp_path_factory.mktemp("api-measure"))
    return {"cli": _results(cli), "api": _results(api)}


@pytest.fixture(scope="session")
def cli_figures(figures: dict[str, Any]) -> Any:
    return figures["cli"]


@pytest.fixture(scope="session")
def api_figures(figures: dict[str, Any]) -> Any:
    return figures["api"]


def _cases() -> list[Any]:
    marks = pytest.mark.xfail(strict=True, reason="over 10 s in extraction (see TOO_SLOW)")
    return [
        pytest.param(name, marks=marks, id=name.encode("unicode_escape").decode()[:40])
        if name in TOO_SLOW
        else pytest.param(name, id=name.encode("unicode_escape").decode()[:40])
        for name in CASES
    ]


def test_real_cli_over_the_whole_batch(hostile: dict[str, Path], tmp_path: Path) -> None:
    """Files too slow to extract (checked, xfail, one by one) and files dense with names
    (PER_FILE_ONLY, checked one by one) are left out here."""
    batch = next(iter(hostile.values())).parent
    for name in TOO_SLOW | PER_FILE_ONLY:
        hostile[name].rename(tmp_path / name)
    try:
        store = tmp_path / "store"
        command = [sys.executable, "-m", "cli", "ingest", str(batch), "--data", str(store)]
        peak = tmp_path / "peak.json"
        out, err = tmp_path / "stdout", tmp_path / "stderr"
        with out.open("w") as stdout, err.open("w") as stderr:
            start = time.monotonic()
            measured = [sys.executable, str(MEASURE), "exec", str(peak), *command]
            subprocess.run(measured, stdout=stdout, stderr=stderr, cwd=ROOT, timeout=300)
            figure = json.loads(peak.read_text())
            print(f"batch: {time.monotonic() - start:.1f} s, {figure['peak_mb']} MB")
    finally:
        for name in TOO_SLOW | PER_FILE_ONLY:
            (tmp_path / name).rename(hostile[name])
    done = subprocess.CompletedProcess(command, figure["exit"], out.read_text(), err.read_text())
    assert done.returncode in (0, 1), done.stderr[-3000:]
    assert figure["peak_mb"] < MAX_PEAK_MB, figure
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "cli", "documents", "--json", "--data", str(store)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    stored = {Path(d["document"]).name for d in json.loads(listed.stdout)}
    assert set(GOOD) <= stored
    error_lines = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    for name, path in hostile.items():
        if name in TOO_SLOW | PER_FILE_ONLY:
            continue
        shown = name.replace("\n", " ")[-30:]  # a newline in a name is not printed as one
        naming = [line for line in error_lines if shown in line.replace("\\n", " ")]
        expectation = CASES[name][0]
        if name in stored:
            assert expectation == "either" and not naming, (name, naming)
        else:
            assert len(naming) == 1, (name, naming, done.stderr[-2000:])
            assert len(naming[0]) < 2000, (name, len(naming[0]))
        assert path.exists()


@pytest.mark.parametrize("name", _cases())
def test_cli_each_hostile_file_in_time_and_memory(
    name: str, hostile: dict[str, Path], cli_figures: dict[str, dict[str, Any]]
) -> None:
    if name not in hostile:
        pytest.skip("the file system refuses this name")
    figure = cli_figures[hostile[name].name]
    baseline = cli_figures["baseline-note.txt"]["seconds"]
    assert figure["exit"] == 0 and "crash" not in figure, figure
    assert figure["seconds"] - baseline <= MAX_SECONDS, figure
    assert figure["peak_mb"] < MAX_PEAK_MB, figure
    errors = figure["errors"]
    if CASES[name][0] == "error":
        assert len(errors) == 1, figure
    if errors:
        assert len(errors) == 1 and hostile[name].name in errors[0] and "\n" not in errors[0]
        assert len(errors[0]) < 2000
    else:
        assert len(figure["added"]) == 1


@pytest.mark.parametrize("name", _cases())
def test_api_each_hostile_upload(
    name: str, hostile: dict[str, Path], api_figures: dict[str, dict[str, Any]]
) -> None:
    if name not in hostile:
        pytest.skip("the file system refuses this name")
    figure = api_figures[hostile[name].name]
    baseline = api_figures["baseline-note.txt"]
    assert baseline["status"] == 200 and baseline["body"]["added"], baseline
    assert figure["exit"] == 0 and "crash" not in figure, figure
    status = figure["status"]
    assert status != 500 and (200 <= status < 300 or 400 <= status < 500), figure
    if status >= 400:
        detail = figure["body"]["detail"]
        assert "\n" not in detail and len(detail) < 2000, figure
    else:
        body = figure["body"]
        errors = body["errors"]
        if CASES[name][0] == "error":
            assert body["failed"] and len(errors) == 1, figure
        if errors:
            assert len(errors) == 1 and "\n" not in errors[0] and len(errors[0]) < 2000
            assert hostile[name].name.replace("\n", " ")[-30:] in errors[0].replace("_0A", " ")
        else:
            assert len(body["added"]) == 1, figure
        upload_dir = str(Path(figure["body"]["stats"]["location"]) / "uploads")
        lines = errors + body["warnings"] + body["skipped"]
        assert not any(upload_dir in line for line in lines), lines  # no server path
    assert figure["seconds"] - baseline["seconds"] <= MAX_SECONDS, figure
    assert figure["peak_mb"] < MAX_PEAK_MB, figure
