"""``minutebook demo`` builds a fresh SQLite database of the sample packs; ``minutebook serve`` serves it.

Both run as the README runs them: the real command in its own process, the
server being waitress with whitenoise for static files.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="the demo is SQLite-only: it runs on the SQLite pass"
)


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    return {**env, "MINUTEBOOK_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}


def minutebook(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "minutebook.cli", *args]
    return subprocess.run(cmd, env=_env(data_dir), cwd=ROOT, capture_output=True, text=True, timeout=300)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _wait_for(port: int, proc: subprocess.Popen[str]) -> None:
    for _ in range(300):
        if proc.poll() is not None:
            raise AssertionError(f"minutebook serve exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            _get(port, "/healthz")
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("minutebook serve did not answer within 30 s")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("data")
    stale = data_dir / "demo" / "minutebook.sqlite3"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"not a database: the demo must start afresh")
    result = minutebook("demo", "--no-serve", "--data-dir", str(data_dir), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "packs imported  │     5" in result.stdout
    return data_dir / "demo"


@pytest.fixture(scope="module")
def served(demo_dir: Path) -> Iterator[int]:
    port = _free_port()
    cmd = [sys.executable, "-m", "minutebook.cli", "serve", "--data-dir", str(demo_dir), "--port", str(port)]
    proc = subprocess.Popen(
        cmd, env=_env(demo_dir), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        _wait_for(port, proc)
        yield port
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def test_demo_replaces_a_stale_database_with_the_sample_packs(demo_dir: Path) -> None:
    assert (demo_dir / "minutebook.sqlite3").read_bytes().startswith(b"SQLite format 3")


def test_serve_serves_pages_static_files_and_the_api(served: int) -> None:
    status, home = _get(served, "/")
    assert status == 200 and b"Latest meetings" in home
    status, css = _get(served, "/static/web/minutebook.css")
    assert status == 200 and b".skip-link" in css
    status, meetings = _get(served, "/api/meetings")
    assert status == 200 and json.loads(meetings)["count"] >= 5


def test_serve_says_plainly_when_the_database_cannot_be_reached(tmp_path: Path) -> None:
    env = {**_env(tmp_path), "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none"}
    cmd = [sys.executable, "-m", "minutebook.cli", "serve", "--port", str(_free_port())]
    result = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "minutebook serve: cannot use the database" in result.stderr and "Traceback" not in result.stderr
