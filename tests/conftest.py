"""Shared fixtures. Tests marked `slow` load the spaCy model or ingest the example corpus."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def extractor() -> Any:
    from ingest.extract import Extractor

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
    from graph.embedded import EmbeddedStore
    from ingest.pipeline import ingest

    store = EmbeddedStore(tmp_path_factory.mktemp("example-store"))
    report = ingest([corpus], store, extractor=extractor)
    assert not report.errors, report.errors
    return store


def named(graph: Any, label: str) -> dict[str, str]:
    """name -> node key for every node with `label`."""
    return {d["name"]: k for k, d in graph.nodes(data=True) if d["label"] == label}
