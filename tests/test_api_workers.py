"""`qkg serve --workers 2`: two processes answer from the same store, and a write through one
is seen by the other (each checks the store's version before answering)."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.test_api_browser import serving

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]


def _get(url: str, key: str) -> tuple[int, Any]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, json.loads(response.read())


def test_two_workers_share_one_store(
    store_copy: Path, api_keys: dict[str, str], tmp_path: Path
) -> None:
    log = tmp_path / "serve.log"
    with serving(store_copy, api_keys["config"], log, "--workers", "2") as url:
        status, stats = _get(url + "/api/stats", api_keys["read"])
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
