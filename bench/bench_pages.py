"""Page latency under concurrent clients: a real server process (waitress) and a load tool on loopback.

    .venv/bin/python bench/bench_pages.py                  # 20 clients, the demo database
    .venv/bin/python bench/bench_pages.py --clients 50 --seconds 20

It builds the demo database (the five sample packs) in a temporary folder,
starts ``minutebook serve`` on a free port of 127.0.0.1, and drives it from a
thread pool where each client keeps one HTTP/1.1 connection (http.client) and
sends requests back to back.  Each scenario stops at ``--requests`` or
``--seconds``, whichever comes first.  Scenarios, in one run:

- baseline: ``/healthz``, a trivial view (the server, Django and the network, nothing else)
- static: the stylesheet, served by whitenoise
- meeting (cached): the meeting pages, in turn, as readers get them (the page cache is warm)
- meeting (uncached): the same pages with a unique query string, so every one is rendered

Latency is wall-clock time per request, as a client sees it (p50, p95, p99, max).
Aim: meeting pages p95 <= 150 ms at 20 clients.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINUTEBOOK = [sys.executable, "-m", "minutebook.cli"]
HOST = "127.0.0.1"


@dataclass
class Result:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000 if ordered else float("nan")

    def row(self) -> dict[str, object]:
        n = len(self.latencies)
        return {
            "scenario": self.name, "requests": n, "errors": self.errors,
            "req/s": round(n / self.seconds, 1) if self.seconds else 0.0,
            "p50 ms": round(self.percentile(50), 1), "p95 ms": round(self.percentile(95), 1),
            "p99 ms": round(self.percentile(99), 1),
            "max ms": round(max(self.latencies) * 1000, 1) if n else float("nan"),
            "mean ms": round(statistics.fmean(self.latencies) * 1000, 1) if n else float("nan"),
        }  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    return {**env, "MINUTEBOOK_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}


def build_demo(data_dir: Path) -> Path:
    """The demo database (the sample packs imported) under ``data_dir``; its folder."""
    cmd = [*MINUTEBOOK, "demo", "--no-serve", "--data-dir", str(data_dir)]
    subprocess.run(cmd, check=True, env=_env(data_dir), stdout=subprocess.DEVNULL, cwd=ROOT)
    return data_dir / "demo"


@contextmanager
def server(folder: Path, port: int, threads: int) -> Iterator[subprocess.Popen[bytes]]:
    """``minutebook serve`` in its own process, until the block ends."""
    cmd = [*MINUTEBOOK, "serve", "--data-dir", str(folder), "--port", str(port), "--threads", str(threads)]
    proc = subprocess.Popen(cmd, env=_env(folder), stdout=subprocess.DEVNULL, cwd=ROOT)
    try:
        wait_until_up(port)
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def wait_until_up(port: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            get(http.client.HTTPConnection(HOST, port, timeout=2), "/healthz")
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer on port {port} within {timeout:.0f}s")


def get(conn: http.client.HTTPConnection, path: str) -> int:
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    return response.status


def meeting_paths(port: int) -> list[str]:
    conn = http.client.HTTPConnection(HOST, port, timeout=10)
    conn.request("GET", "/api/meetings?limit=100")
    items = json.loads(conn.getresponse().read())["items"]
    return [f"/meetings/{m['id']}/" for m in items]


class Load:
    """Requests shared out to the clients until a count or a time limit is reached."""

    def __init__(self, paths: Callable[[], str], requests: int, seconds: float) -> None:
        self.next_path, self.left, self.deadline = paths, requests, time.monotonic() + seconds
        self.lock = threading.Lock()

    def take(self) -> str | None:
        with self.lock:
            if self.left <= 0 or time.monotonic() > self.deadline:
                return None
            self.left -= 1
            return self.next_path()


def client(port: int, load: Load, result: Result, lock: threading.Lock) -> None:
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    while (path := load.take()) is not None:
        start = time.perf_counter()
        try:
            ok = get(conn, path) == 200
        except (OSError, http.client.HTTPException):
            ok, conn = False, http.client.HTTPConnection(HOST, port, timeout=30)
        elapsed = time.perf_counter() - start
        with lock:
            if ok:
                result.latencies.append(elapsed)
            else:
                result.errors += 1
    conn.close()


def run(
    name: str, port: int, paths: Callable[[], str], clients: int, requests: int, seconds: float
) -> Result:
    result, lock, load = Result(name), threading.Lock(), Load(paths, requests, seconds)
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for _ in range(clients):
            pool.submit(client, port, load, result, lock)
    result.seconds = time.perf_counter() - start
    return result


def cycle(paths: list[str]) -> Callable[[], str]:
    it = itertools.cycle(paths)
    return lambda: next(it)


def uncached(paths: list[str]) -> Callable[[], str]:
    """Each request a new URL (``?bench=N``): the page cache never answers."""
    it, n = itertools.cycle(paths), itertools.count()
    return lambda: f"{next(it)}?bench={next(n)}"


def scenarios(port: int) -> list[tuple[str, Callable[[], str]]]:
    meetings = meeting_paths(port)
    return [
        ("baseline /healthz", cycle(["/healthz"])),
        ("static stylesheet", cycle(["/static/web/minutebook.css"])),
        (f"meeting pages, cached ({len(meetings)} pages)", cycle(meetings)),
        ("meeting pages, uncached", uncached(meetings)),
    ]


def warm_up(port: int) -> None:
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    for path in ["/healthz", "/static/web/minutebook.css", *meeting_paths(port)]:
        get(conn, path)


def print_table(rows: list[dict[str, object]]) -> None:
    columns = list(rows[0])
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in columns]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for r in rows:
        print("  ".join(str(r[c]).ljust(w) for c, w in zip(columns, widths, strict=True)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    parser.add_argument(
        "--requests", type=int, default=2000, help="requests per scenario at most (default 2000)"
    )
    parser.add_argument(
        "--seconds", type=float, default=15.0, help="seconds per scenario at most (default 15)"
    )
    parser.add_argument("--threads", type=int, default=8, help="server worker threads (default 8)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="minutebook-bench-") as tmp:
        folder = build_demo(Path(tmp))
        port = free_port()
        with server(folder, port, args.threads):
            warm_up(port)
            rows = [
                run(name, port, paths, args.clients, args.requests, args.seconds).row()
                for name, paths in scenarios(port)
            ]
    print(f"page latency: {args.clients} clients, server with {args.threads} threads, {os.cpu_count()} CPUs")
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
