"""`qkg serve --workers 2`: two processes answer from the same store, and a write through one
is seen by the other (each checks the store's version before answering)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.test_api_browser import free_port

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]


def _get(url: str, key: str) -> tuple[int, Any]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, json.loads(response.read())


def test_two_workers_share_one_store(
    store_copy: Path, api_keys: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    log = tmp_path / "serve.log"
    env = os.environ | {"QKG_DATA": str(store_copy), "QKG_API_KEYS": api_keys["config"]}
    command = [sys.executable, "-c", "from api.cli import main; main()", "serve"]
    command += ["--port", str(port), "--workers", "2"]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                status, stats = _get(url + "/api/stats", api_keys["read"])
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"qkg serve did not start: {log.read_text()}") from None
                time.sleep(0.3)
        assert status == 200 and stats["documents"] == 35
        # a write in one worker (a forget), then every answer, from either worker, sees it
        request = urllib.request.Request(
            url + "/api/documents/2022-pha-peer-support-mapping-ni.pdf",
            method="DELETE",
            headers={"Authorization": f"Bearer {api_keys['write']}"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status == 200
        seen = {_get(url + "/api/stats", api_keys["read"])[1]["documents"] for _ in range(20)}
        assert seen == {34}
        assert "Started parent process" in log.read_text()  # uvicorn's multi-process supervisor
    finally:
        process.terminate()
        process.wait(timeout=30)
