"""The setup scripts wait for another apt or dpkg run instead of failing (issue #14, defect
12): `scripts/browser-setup` is run with a stand-in apt-get that reports the lock held, as
apt-get does, until the test lets it go."""

from __future__ import annotations

import os
import stat
import subprocess
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FAKE_APT_GET = """#!/usr/bin/env bash
echo "$*" >> "$FAKE_APT_LOG"
if [ -e "$FAKE_APT_LOCK" ]; then
  echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 4242 (apt-get)" >&2
  echo "E: Unable to lock directory /var/lib/apt/lists/" >&2
  exit 100
fi
case " $* " in
  *" install "*) printf '#!/bin/sh\\necho Chromium 1.0\\n' > "$CHROMIUM"; chmod +x "$CHROMIUM" ;;
esac
"""


def _executable(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


@pytest.mark.slow  # waits for a real lock to be let go
def test_scripts_browser_setup_waits_for_another_apt_run(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _executable(bin_dir / "apt-get", FAKE_APT_GET)
    _executable(bin_dir / "sudo", '#!/bin/sh\nexec "$@"\n')
    lock, log = tmp_path / "lock-held", tmp_path / "apt.log"
    lock.touch()  # another apt-get is running
    env = {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "CHROMIUM": str(tmp_path / "chromium"),
        "FAKE_APT_LOCK": str(lock),
        "FAKE_APT_LOG": str(log),
        "APT_LOCK_RETRY_SECONDS": "0.2",
    }
    release = threading.Timer(2.0, lock.unlink)  # ... and finishes two seconds later
    release.start()
    started = time.monotonic()
    try:
        run = subprocess.run(
            ["bash", str(ROOT / "scripts" / "browser-setup")],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        release.cancel()
    assert run.returncode == 0, run.stderr
    assert time.monotonic() - started >= 1.5  # it waited
    assert (tmp_path / "chromium").exists()
    calls = log.read_text().splitlines()
    assert any(" update" in c or c.startswith("update") for c in calls)
    assert all("DPkg::Lock::Timeout=" in c for c in calls), calls  # apt's own wait, too
    assert "waiting" in run.stderr


@pytest.mark.slow  # waits out a real lock
def test_scripts_browser_setup_gives_up_on_a_lock_that_stays(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _executable(bin_dir / "apt-get", FAKE_APT_GET)
    _executable(bin_dir / "sudo", '#!/bin/sh\nexec "$@"\n')
    (tmp_path / "lock-held").touch()
    env = {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "CHROMIUM": str(tmp_path / "chromium"),
        "FAKE_APT_LOCK": str(tmp_path / "lock-held"),
        "FAKE_APT_LOG": str(tmp_path / "apt.log"),
        "APT_LOCK_TIMEOUT": "1",
        "APT_LOCK_RETRY_SECONDS": "0.2",
    }
    run = subprocess.run(
        ["bash", str(ROOT / "scripts" / "browser-setup")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode != 0
    assert "Could not get lock" in run.stderr
