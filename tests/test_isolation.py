"""Tests never depend on what else is in the shared temporary directory (issue #14, defect
12): several test runs and other programs share /tmp on a machine, so a test keeps its files
in its own `tmp_path` (or sends the code under test there) and never lists, reads or names the
shared directory itself."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent

SHARED = [
    (re.compile(r"gettempdir\("), "tempfile.gettempdir()"),
    (re.compile(r"""["'](/tmp|/var/tmp|/dev/shm)(/|["'])"""), "a fixed path in /tmp"),
    (re.compile(r"environ\[?\.?(get\()?[\"']TMPDIR"), "TMPDIR"),
    (
        re.compile(r"(mkdtemp|mkstemp|TemporaryDirectory|NamedTemporaryFile)\((?![^)]*dir=)"),
        "a temporary file or directory outside tmp_path (no dir=)",
    ),
]


def test_isolation_no_test_uses_the_shared_temporary_directory() -> None:
    found = []
    for path in sorted(TESTS.glob("*.py")):
        if path.name == Path(__file__).name:
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            for pattern, what in SHARED:
                if pattern.search(line):
                    found.append(f"{path.name}:{number}: {what}: {line.strip()}")
    assert not found, "\n".join(found)
