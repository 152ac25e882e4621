"""Shared fixtures. Tests marked `slow` load the spaCy model or ingest the example corpus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# pytest caches each test module with its asserts rewritten (tests/__pycache__/*-pytest-*.pyc),
# and the plugins' packages it rewrites too (hypothesis, anyio), only where bytecode may be
# written: where PYTHONDONTWRITEBYTECODE is set, every run would rewrite and compile them all
# again (seconds of every run's collection, in every xdist worker). scripts/setup compiles
# qkg's own modules for the same reason.
sys.dont_write_bytecode = False


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that asks for the Neo4j server is a `neo4j` test whatever it is marked, so
    `-m "not neo4j"` never starts the server (and leaves it running)."""
    for item in items:
        if {"neo4j_env", "neo4j_store"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.neo4j)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """The run is over: freezing what is left lets the interpreter exit without one last walk
    over every object the tests made (about a second in each xdist worker, whose exit the
    run waits for)."""
    import gc

    gc.freeze()


ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


class StubExtractor:
    """An Extractor's `pipe` without spaCy: directories, lists, headers and front matter are
    read by qkg's own rules, prose is not (no NER)."""

    _real: Any = None

    @property
    def gaz(self) -> Any:
        from ingest.extract.extractor import Extractor

        if StubExtractor._real is None:
            StubExtractor._real = Extractor()  # the gazetteer, once; spaCy is never loaded
        return StubExtractor._real.gaz

    def pipe(self, raws: Any, n_process: int = 1, known: Any = None) -> Any:
        _ = self.gaz
        for raw in raws:
            yield StubExtractor._real.claims_for(raw, None)


@pytest.fixture()
def stub_extractor() -> Any:
    return StubExtractor()


@pytest.fixture(scope="session")
def extractor() -> Any:
    from ingest.extract.extractor import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of examples/ (tests may change files in it)."""
    target = tmp_path_factory.mktemp("corpus") / "examples"
    shutil.copytree(EXAMPLES, target)
    return target


@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory, extractor: Any, corpus: Path) -> Any:
    """examples/ ingested once into an embedded store; treat as read-only."""
    from graph.stores.embedded import EmbeddedStore
    from ingest.pipeline import ingest

    store = EmbeddedStore(tmp_path_factory.mktemp("example-store"))
    report = ingest([corpus], store, extractor=extractor)
    assert not report.errors, report.errors
    return store


def write_doc(tmp_path: Path, name: str, text: str) -> Path:
    """A document of `text` written as `tmp_path / name` (UTF-8)."""
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def extract_file(extractor: Any, path: Path, kind: Any) -> tuple[Any, set[Any]]:
    """The claims the extractor reads from one file, and its relations as (rel, source name,
    target name)."""
    from ingest.readers import read_document

    claims = extractor(read_document(path, kind=kind))
    return claims, {(r.rel, r.source[1], r.target[1]) for r in claims.relations}


def linked_people(claims: Any, rel: Any) -> set[str]:
    """The names of the people the claims link by `rel` (ATTENDED, AUTHORED…)."""
    return {r.source[1] for r in claims.relations if r.rel == rel}


def named(graph: Any, label: str) -> dict[str, str]:
    """name -> node key for every node with `label`."""
    return {d["name"]: k for k, d in graph.nodes(data=True) if d["label"] == label}


# -- a real Neo4j server (scripts/neo4j-dev) ------------------------------------------------------

NEO4J_SCRIPT = ROOT / "scripts" / "neo4j-dev"


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _unavailable(reason: str) -> None:
    """Under CI a missing server is a failure, elsewhere a skip."""
    if under_ci():
        pytest.fail(f"Neo4j is required under CI: {reason}")
    pytest.skip(f"no Neo4j server ({reason}); run `scripts/neo4j-dev install`")


@pytest.fixture(scope="session")
def neo4j_env() -> dict[str, str]:
    """NEO4J_URI / USER / PASSWORD / DATABASE of a running dev server, started if needed."""
    home = Path(os.environ.get("NEO4J_DEV_HOME", ROOT / ".neo4j-dev"))
    if not (home / "lib").is_dir() and not under_ci():
        _unavailable(f"not installed in {home}")
    started = subprocess.run([str(NEO4J_SCRIPT), "start"], capture_output=True, text=True)
    if started.returncode != 0:
        _unavailable(
            f"scripts/neo4j-dev start failed: {started.stdout[-2000:]}{started.stderr[-2000:]}"
        )
    printed = subprocess.run([str(NEO4J_SCRIPT), "env"], capture_output=True, text=True, check=True)
    env = {}
    for part in printed.stdout.replace("export ", " ").split():
        if "=" in part:
            name, value = part.split("=", 1)
            env[name] = value.strip("'\"")
    return env


def wipe_neo4j(env: dict[str, str]) -> None:
    from neo4j import GraphDatabase

    auth = (env["NEO4J_USER"], env["NEO4J_PASSWORD"])
    with (
        GraphDatabase.driver(env["NEO4J_URI"], auth=auth) as driver,
        driver.session(database=env.get("NEO4J_DATABASE", "neo4j")) as session,
    ):
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


@pytest.fixture()
def neo4j_store(neo4j_env: dict[str, str]) -> Any:
    """An empty Neo4jStore on the dev server."""
    from graph.stores.neo4j import Neo4jStore

    wipe_neo4j(neo4j_env)
    store = Neo4jStore(
        neo4j_env["NEO4J_URI"],
        neo4j_env["NEO4J_USER"],
        neo4j_env["NEO4J_PASSWORD"],
        neo4j_env.get("NEO4J_DATABASE", "neo4j"),
    )
    yield store
    store.close()


# -- the API ---------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def api_keys() -> dict[str, str]:
    """A new read key and write key, and (under "config") the QKG_API_KEYS value admitting them."""
    from api.security import create_key

    read, read_entry = create_key("read")
    write, write_entry = create_key("write")
    return {"read": read, "write": write, "config": f"{read_entry.line()},{write_entry.line()}"}


@pytest.fixture()
def store_copy(tmp_path: Path, example_store: Any) -> Path:
    """A data directory holding the example corpus, safe to write (a copy of example_store's)."""
    target = tmp_path / "data"
    target.mkdir()
    copy_store(example_store, target)
    return target


def copy_store(store: Any, target: Path) -> None:
    """A consistent copy of an embedded store's database (SQLite's backup, WAL and all)."""
    import sqlite3

    with sqlite3.connect(store.db_path) as source, sqlite3.connect(target / "store.db") as copy:
        source.backup(copy)


def stored_claims(store: Any) -> str:
    """The claims the embedded store's ledger holds (its documents table), as text."""
    import sqlite3

    with sqlite3.connect(store.db_path) as conn:
        rows = conn.execute("SELECT claims FROM documents ORDER BY doc_id").fetchall()
    return "\n".join(bytes(r[0]).decode("utf-8") for r in rows)


def stored_bytes(store: Any) -> str:
    """Every byte of the embedded store's database files (store.db and its WAL), as text: what
    someone reading the disk would find, derived rows and free pages included."""
    return "".join(
        p.read_bytes().decode("utf-8", "replace") for p in sorted(store.data_dir.glob("store.db*"))
    )


# -- headless Chromium (scripts/browser-setup) ----------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture()
def chromium() -> Path:
    """Debian's chromium (Playwright's own download does not work here): skip without it,
    fail under CI. Ask for it before neo4j_store, so a skip does not empty the database."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: run scripts/browser-setup"
        if under_ci():
            pytest.fail(f"the browser tests are required under CI: {reason}")
        pytest.skip(reason)
    return CHROMIUM
