"""The layering `cli → api → query → graph ← ingest`, read from every module's imports.

Each package may import only the packages it points at (directly or further down); `graph`
imports nothing of ours above it. Imports inside functions count too: a lazy import is still an
arrow. A failure names the module, the line and the import. Within `graph`, the sub-packages
keep their own order (reference ← privacy ← derive ← stores; rdf and analytics above derive).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("graph", "ingest", "query", "api", "cli")

# package -> the packages of ours it may import (besides itself)
ALLOWED: dict[str, frozenset[str]] = {
    "graph": frozenset(),
    "ingest": frozenset({"graph"}),
    "query": frozenset({"graph"}),
    "api": frozenset({"query", "graph", "ingest"}),
    "cli": frozenset({"api", "query", "graph", "ingest"}),
}
# inside graph: sub-package -> the graph sub-packages it may import (top-level graph modules
# such as graph.model, graph.errors and graph.nogc are open to all)
GRAPH_ALLOWED: dict[str, frozenset[str]] = {
    "reference": frozenset(),
    "privacy": frozenset({"reference"}),
    "derive": frozenset({"reference", "privacy"}),
    "stores": frozenset({"reference", "privacy", "derive"}),
    "rdf": frozenset({"reference", "privacy", "derive"}),
    "analytics": frozenset({"reference", "privacy", "derive"}),
}


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, imported module) for every import in a file, relative ones made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
    return found


def modules() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py"))


def violations(files: list[Path]) -> list[str]:
    """One line per import against the layering: 'file:line imports module (rule)'."""
    found = []
    for path in files:
        rel = path.relative_to(ROOT)
        own = rel.parts[0]
        for line, module in imports_of(path):
            target = module.split(".")[0]
            if target not in PACKAGES or target == own:
                if own == target == "graph":
                    found.extend(_graph_violation(rel, line, module))
                continue
            if target not in ALLOWED[own]:
                found.append(f"{rel}:{line} imports {module} ({own} may not import {target})")
    return found


def _graph_violation(rel: Path, line: int, module: str) -> list[str]:
    parts = module.split(".")
    source = rel.parts[1] if len(rel.parts) > 2 else None
    target = parts[1] if len(parts) > 1 and parts[1] in GRAPH_ALLOWED else None
    if source not in GRAPH_ALLOWED or target is None or target == source:
        return []
    if target in GRAPH_ALLOWED[source]:
        return []
    return [f"{rel}:{line} imports {module} (graph.{source} may not import graph.{target})"]


def package_cycles(files: list[Path]) -> list[str]:
    """Cycles between our top-level packages (and graph's sub-packages), as 'a -> b -> a'."""
    edges: dict[str, set[str]] = {}
    for path in files:
        rel = path.relative_to(ROOT)
        own = _unit(rel.with_suffix("").parts)
        for _line, module in imports_of(path):
            target = _unit(tuple(module.split(".")))
            if target and own and target != own:
                edges.setdefault(own, set()).add(target)
    cycles = []
    for a, targets in sorted(edges.items()):
        for b in sorted(targets):
            if a < b and a in edges.get(b, set()):
                cycles.append(f"{a} -> {b} -> {a}")
    return cycles


def _unit(parts: tuple[str, ...]) -> str | None:
    if not parts or parts[0] not in PACKAGES:
        return None
    if parts[0] == "graph" and len(parts) > 2 and parts[1] in GRAPH_ALLOWED:
        return f"graph.{parts[1]}"
    return parts[0]


def test_layers_every_import_follows_the_layering() -> None:
    bad = violations(modules())
    assert not bad, "imports against `cli → api → query → graph ← ingest`:\n" + "\n".join(bad)


def test_layers_no_cycle_between_packages() -> None:
    cycles = package_cycles(modules())
    assert not cycles, "cycles between packages:\n" + "\n".join(cycles)


@pytest.mark.parametrize(
    ("where", "source", "expected"),
    [
        ("graph/stores/x.py", "from query.backends.neo4j import Neo4jBackend\n", "graph may not"),
        ("graph/x.py", "def f():\n    import ingest.pipeline\n", "graph may not import ingest"),
        ("query/x.py", "from api.settings import Settings\n", "query may not import api"),
        ("ingest/x.py", "from query import Questions\n", "ingest may not import query"),
        ("api/x.py", "from cli.app import main\n", "api may not import cli"),
        ("graph/derive/x.py", "from graph.stores.embedded import E\n", "graph.derive may not"),
        ("graph/reference/x.py", "from ..derive import build\n", "graph.reference may not"),
    ],
)
def test_layers_a_back_arrow_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, source: str, expected: str
) -> None:
    """The check itself: a planted back-arrow fails, naming the file, line and import."""
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    path = tmp_path / where
    path.parent.mkdir(parents=True)
    path.write_text(source)
    found = violations([path])
    assert len(found) == 1 and expected in found[0] and found[0].startswith(where), found


def test_layers_a_cycle_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    for where, source in [("api/a.py", "import query\n"), ("query/b.py", "import api\n")]:
        (tmp_path / where).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / where).write_text(source)
    assert package_cycles([tmp_path / "api/a.py", tmp_path / "query/b.py"]) == [
        "api -> query -> api"
    ]
