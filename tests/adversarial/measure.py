"""Run in its own process (`python measure.py MODE OUT FILE...`): load the spaCy model once,
then ingest (MODE cli) or upload through the API (MODE api) each file in a forked child,
measuring each child's wall time and peak RSS with os.wait4. Prints one JSON list.
`python measure.py exec OUT COMMAND...` runs one command so (see run_measured)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

TIMEOUT = float(os.environ.get("QKG_ADV_TIMEOUT", "60"))


def _ingest_one(path: Path, data: Path, extractor: Any) -> dict[str, Any]:
    from graph.stores.embedded import EmbeddedStore
    from ingest.pipeline import ingest

    report = ingest([path], EmbeddedStore(data), extractor=extractor)
    return {"errors": report.errors, "added": report.added, "skipped": report.skipped}


def _upload_one(path: Path, data: Path, extractor: Any) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.security import create_key
    from api.settings import get_settings

    key, entry = create_key("write")
    app = create_app(get_settings(data=data, api_keys=entry.line()), extractor=extractor)
    client = TestClient(app, raise_server_exceptions=False)
    body = path.read_bytes()
    response = client.post(
        "/api/documents",
        files=[("files", (path.name, body, "application/octet-stream"))],
        headers={"X-API-Key": key},
    )
    try:
        answer = response.json()
    except ValueError:
        answer = response.text[:500]
    return {"status": response.status_code, "body": answer}


def main(mode: str, out: Path, files: list[Path]) -> None:
    from ingest.extract.extractor import Extractor

    extractor = Extractor()
    run = _ingest_one if mode == "cli" else _upload_one
    results = []
    for i, path in enumerate(files):
        result_file = out / f"result-{i}.json"
        data = out / f"store-{i}"
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:  # the child: one file, then exit without cleanup
            code = 0
            try:
                result_file.write_text(json.dumps(run(path, data, extractor)))
            except BaseException as exc:  # a crash is what we are looking for
                result_file.write_text(json.dumps({"crash": f"{type(exc).__name__}: {exc}"}))
                code = 3
            os._exit(code)
        status, usage = 0, None
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() - start > TIMEOUT:
                os.kill(pid, 9)
                _, status, usage = os.wait4(pid, 0)
                break
            time.sleep(0.02)
        seconds = time.monotonic() - start
        outcome = json.loads(result_file.read_text()) if result_file.exists() else {}
        results.append(
            {
                "file": str(path),
                "seconds": round(seconds, 2),
                "peak_mb": round(usage.ru_maxrss / 1024, 1),
                "exit": os.waitstatus_to_exitcode(status),
                **outcome,
            }
        )
        print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    print(json.dumps(results))


def run_measured(out: Path, command: list[str]) -> None:
    """Run `command` in a child forked from this small process and write its exit code and
    peak RSS to `out`. (A process exec'd straight from pytest would report pytest's own peak:
    Linux keeps ru_maxrss across exec, not across fork.)"""
    pid = os.fork()
    if pid == 0:
        os.execvp(command[0], command)
    _, status, usage = os.wait4(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    out.write_text(json.dumps({"exit": code, "peak_mb": round(usage.ru_maxrss / 1024, 1)}))


if __name__ == "__main__":
    if sys.argv[1] == "exec":
        run_measured(Path(sys.argv[2]), sys.argv[3:])
    else:
        main(sys.argv[1], Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]])
