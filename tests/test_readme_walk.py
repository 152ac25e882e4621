"""Walk the README as a new user would: its first command's main job (`qkg demo`), then every
command under "Asking it", each in a fresh process as written (an optional part in
[brackets] left out), each answering something."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow
TIMEOUT_S = 600


def asking_commands() -> list[list[str]]:
    """The `uv run qkg …` lines of the README's "Asking it" block, as argument lists."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("Asking it (")
    block = text[text.index("```sh", start) + 5 : text.index("```", text.index("```sh", start) + 5)]
    commands = []
    for line in block.splitlines():
        line = re.sub(r"\s+#.*$", "", line).strip()  # the comment after a command
        if not line.startswith("uv run qkg "):
            continue
        line = re.sub(r"\s*\[[^\]]*\]", "", line)  # optional parts: as written, without them
        commands.append(shlex.split(line)[3:])  # after "uv run qkg"
    return commands


def qkg(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        cwd=cwd,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


def test_readme_asking_it_commands_answer_after_the_demo(tmp_path: Path) -> None:
    commands = asking_commands()
    asked = [c for c in commands if c[0] not in ("demo", "serve")]
    assert len(asked) >= 8, commands  # the block is where the README says it is
    env = {k: v for k, v in os.environ.items() if k != "QKG_DATA"}
    demo = qkg(["demo"], env, tmp_path)  # the README's main job, in a fresh directory
    assert demo.returncode == 0, demo.stderr
    assert (tmp_path / "qkg-demo-data").is_dir()
    env["QKG_DATA"] = "qkg-demo-data"  # the block's first line: export QKG_DATA=qkg-demo-data
    for args in asked:
        done = qkg(args, env, tmp_path)
        assert done.returncode == 0, (args, done.stderr)
        assert len(done.stdout.strip().splitlines()) >= 2, (args, done.stdout, done.stderr)
