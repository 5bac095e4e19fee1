"""Shared set-up for the database benchmarks: a fresh database per backend, in a child process.

Each backend runs in its own process (Django is set up once per process), with
MINUTEBOOK_DATA_DIR / DATABASE_URL set for that child only.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "minutebook" / "sample_packs"
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/postgres"
BENCH_DB = "minutebook_bench"


def run_children(script: str, backends: list[str], pg_url: str, extra: list[str]) -> int:
    """Run ``script --child BACKEND`` once per backend with that backend's environment."""
    status = 0
    for backend in backends:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        env.pop("DATABASE_URL", None)
        if backend == "postgres":
            env["DATABASE_URL"] = _fresh_postgres(pg_url)
        else:
            env["MINUTEBOOK_DATA_DIR"] = tempfile.mkdtemp(prefix="minutebook-bench-")
        print(f"\n=== {backend} ===", flush=True)
        status |= subprocess.call([sys.executable, script, "--child", backend, *extra], env=env)
    return status


def _fresh_postgres(admin_url: str) -> str:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")
        conn.execute(f"CREATE DATABASE {BENCH_DB}")
    return admin_url.rsplit("/", 1)[0] + f"/{BENCH_DB}"


def setup_child() -> None:
    """Django set up on the child's fresh database, tables created."""
    from minutebook.records.setup import setup_django

    setup_django(migrate=False)
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000
