"""The data directory `qkg demo` fills: made new, or emptied of the embedded store's own files
when `qkg demo` made it before, and never anything else."""

from __future__ import annotations

from pathlib import Path

from graph.errors import InputError

DEMO_MARKER = ".qkg-demo"
_OWN_FILES = (
    "store.db",
    "store.db-wal",
    "store.db-shm",
    "store.db-journal",
    "state.json",
    "decisions.yaml",
    ".lock",
    DEMO_MARKER,
)


def _own(name: str) -> bool:
    """A file the embedded store (or `qkg demo`) writes in its data directory."""
    return name in _OWN_FILES or (
        name.startswith((".state.json.", ".decisions.yaml.")) and name.endswith(".tmp")
    )


def clear_demo_dir(data_dir: Path) -> None:
    """Make `data_dir` an empty data directory for `qkg demo`: create it, take an empty one, or
    empty one that `qkg demo` made (it holds DEMO_MARKER) of the store's own files. Anything
    else is refused with InputError: a file, a directory `qkg demo` did not make (a real store
    among them), or a demo directory holding something qkg did not write there."""
    path = Path(data_dir)
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: not a directory; qkg demo needs a new or empty one")
    names = sorted(p.name for p in path.iterdir()) if path.exists() else []
    if names and DEMO_MARKER not in names:
        raise InputError(
            f"{path}: not made by qkg demo and not empty, so qkg demo will not use or empty "
            "it; give --data a new or empty directory"
        )
    foreign = [name for name in names if not _own(name)]
    if foreign:
        raise InputError(
            f"{path}: holds {foreign[0]!r}, which qkg demo did not write, so it will not empty "
            "it; remove that yourself or give --data another directory"
        )
    path.mkdir(parents=True, exist_ok=True)
    for name in names:
        if name != DEMO_MARKER:
            (path / name).unlink()
    (path / DEMO_MARKER).write_text("made by qkg demo: it empties this directory on every run\n")
