"""API throughput and latency under concurrent load, on loopback.

Ingests examples/ into a fresh embedded store (or uses --data), starts a real `qkg serve`
process on a free port with a new read key, then, for each of connect and evidence, runs
--clients concurrent clients (asyncio, one keep-alive HTTP/1.1 connection each, written by
hand so that the generator costs less CPU than the server it measures) that send requests
back to back for --seconds, over a mix of topics and nations. Reports requests/s and p50/p95/p99
latency as each client saw it (request sent to response read), and whether p95 meets the
target. The load generator shares the machine with the server, so on a small machine the
figures include its own CPU use: treat them as indicative.

Usage:  uv run python bench/bench_api.py [--clients 50] [--seconds 10] [--workers 1] [--data DIR]
                                         [--json OUT]
(QKG_ANSWER_CACHE=0 in the environment measures every request computed afresh.)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from api.security import create_key  # noqa: E402

TARGET_P95_MS = 100.0
TOPICS = [
    "peer support",
    "peer-support",
    "social prescribing",
    "carers",
    "loneliness",
    "mental health",
    "workforce wellbeing",
    "co-production",
]
NATIONS = ["England", "Scotland", "Wales", "Northern Ireland"]


def requests_for(question: str, rng: random.Random) -> tuple[str, dict[str, str]]:
    params = {"asked": rng.choice(TOPICS), "limit": "10"}
    if rng.random() < 0.5:
        params["nation"] = rng.choice(NATIONS)
    return f"/api/{question}", params


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(
    data: Path, keys: str, log: Path, workers: int = 1
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = os.environ | {"QKG_DATA": str(data), "QKG_API_KEYS": keys}
    command = [
        sys.executable,
        "-c",
        "from cli.app import main; main()",
        "serve",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/health", timeout=2):
                return process, url
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"qkg serve did not start:\n{log.read_text()}") from None
            time.sleep(0.2)


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """One HTTP/1.1 response on a keep-alive connection (the server sends Content-Length)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(
        int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:")
    )
    return status, await reader.readexactly(length)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of a process and its children (its workers), Linux."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


async def load(
    url: str, key: str, question: str, clients: int, seconds: float, pid: int
) -> dict[str, Any]:
    latencies: list[float] = []
    failures = 0
    stop_at = time.perf_counter() + seconds

    host, port = url.removeprefix("http://").split(":")

    async def client(number: int) -> None:
        nonlocal failures
        rng = random.Random(number)
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while time.perf_counter() < stop_at:
                path, params = requests_for(question, rng)
                target = f"{path}?{urlencode(params)}"
                started = time.perf_counter()
                writer.write(
                    f"GET {target} HTTP/1.1\r\nHost: {host}\r\n"
                    f"Authorization: Bearer {key}\r\n\r\n".encode()
                )
                status, _body = await read_response(reader)
                latencies.append(time.perf_counter() - started)
                if status != 200:
                    failures += 1
        finally:
            writer.close()

    began, server_cpu = time.perf_counter(), cpu_seconds(pid)
    await asyncio.gather(*(client(n) for n in range(clients)))
    elapsed = time.perf_counter() - began
    server_cpu = cpu_seconds(pid) - server_cpu
    ms = [x * 1000 for x in latencies]
    return {
        "question": question,
        "clients": clients,
        "requests": len(ms),
        "failures": failures,
        "requests_per_s": round(len(ms) / elapsed, 1),
        "p50_ms": round(percentile(ms, 0.50), 1),
        "p95_ms": round(percentile(ms, 0.95), 1),
        "p99_ms": round(percentile(ms, 0.99), 1),
        "server_cpu_ms_per_request": round(server_cpu * 1000 / max(1, len(ms)), 2),
        "p95_target_met": percentile(ms, 0.95) <= TARGET_P95_MS,
    }


def example_store(target: Path) -> Path:
    from graph.stores.embedded import EmbeddedStore
    from ingest.pipeline import ingest

    report = ingest([ROOT / "examples"], EmbeddedStore(target))
    if report.errors:
        raise SystemExit("\n".join(report.errors))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--data", type=Path, help="an existing data directory (else examples/)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--workers", type=int, default=1, help="qkg serve --workers")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="qkg-bench-api-") as tmp:
        data = args.data or example_store(Path(tmp) / "data")
        key, entry = create_key("read")
        process, url = start_server(data, entry.line(), Path(tmp) / "serve.log", args.workers)
        try:
            auth = {"Authorization": f"Bearer {key}"}
            with httpx.Client(base_url=url, headers=auth, timeout=120) as http:
                for question in ("connect", "evidence"):  # warm-up: indexes and TF-IDF, once
                    for topic in TOPICS:
                        http.get(f"/api/{question}", params={"asked": topic}).raise_for_status()
            results = [
                asyncio.run(load(url, key, q, args.clients, args.seconds, process.pid))
                for q in ("connect", "evidence")
            ]
        finally:
            process.terminate()
            process.wait(timeout=20)

    print(
        f"{'question':<10} {'clients':>7} {'requests':>8} {'req/s':>7} {'p50 ms':>7} "
        f"{'p95 ms':>7} {'p99 ms':>7} {'srv cpu/req':>11}  p95 ≤ {TARGET_P95_MS:.0f} ms"
    )
    for r in results:
        print(
            f"{r['question']:<10} {r['clients']:>7} {r['requests']:>8} {r['requests_per_s']:>7} "
            f"{r['p50_ms']:>7} {r['p95_ms']:>7} {r['p99_ms']:>7} "
            f"{r['server_cpu_ms_per_request']:>8} ms  "
            f"{'met' if r['p95_target_met'] else 'NOT met'}"
            + (f" ({r['failures']} failed)" if r["failures"] else "")
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
