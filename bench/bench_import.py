"""Import benchmark: figures, not pass/fail.  Run: .venv/bin/python bench/bench_import.py

For SQLite and PostgreSQL, each in a fresh database, packs/s of ``import_packs`` on
the five sample packs:
(a) first import (read, extract, load, index);
(b) the same packs again (unchanged: a content hash each);
(c) newer versions of the same packs (one byte added: each replaces its older version);
(d) --copies renamed, re-dated copies of the packs (default 20 x 5), a record that grows.
Baseline measured in the same run: extracting the same packs without a database
(read + extract_bytes), so the ratio is what keeping the record costs on top.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import djangobench

_YEAR = re.compile(rb"\b(20[12]\d)\b")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument(
        "--pg-url", default=djangobench.DEFAULT_PG, help="an admin URL of the PostgreSQL server"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.copies)
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    return djangobench.run_children(__file__, backends, args.pg_url, ["--copies", str(args.copies)])


def child(copies: int) -> int:
    djangobench.setup_child()
    from minutebook.packs.extract import extract_bytes
    from minutebook.records.importer import import_packs

    packs = sorted(djangobench.SAMPLES.glob("*.txt"))
    n = len(packs)
    base = djangobench.timed(lambda: [extract_bytes(p.read_bytes(), p.name) for p in packs])
    print(f"    baseline: extract only, no database    {n / base:7.1f} packs/s")
    first = djangobench.timed(lambda: _check(import_packs(packs)))
    print(
        f"(a) first import                            {n / first:7.1f} packs/s   {first / base:5.1f}x baseline"
    )
    again = djangobench.timed(lambda: _check(import_packs(packs)))
    print(f"(b) same packs again (unchanged)            {n / again:7.1f} packs/s")
    with tempfile.TemporaryDirectory() as tmp:
        newer = _write(Path(tmp) / "newer", [(p.name, p.read_bytes() + b"\n") for p in packs])
        replaced = djangobench.timed(lambda: _check(import_packs(newer)))
        print(f"(c) newer versions (replace)                {n / replaced:7.1f} packs/s")
        grown = _write(Path(tmp) / "copies", list(_copies(packs, copies)))
        seconds = djangobench.timed(lambda: _check(import_packs(grown)))
        print(f"(d) {len(grown)} re-dated copies                    {len(grown) / seconds:7.1f} packs/s")
    return 0


def _copies(packs: list[Path], copies: int) -> list[tuple[str, bytes]]:
    """Each pack shifted by k decades... of years: every printed 20XX year + 20*k, renamed."""
    out = []
    for k in range(1, copies + 1):
        for pack in packs:
            data = _YEAR.sub(lambda m, k=k: str(int(m.group(1)) + 20 * k).encode(), pack.read_bytes())
            out.append((f"copy{k:03d}_{pack.name}", data))
    return out


def _write(folder: Path, files: list[tuple[str, bytes]]) -> list[Path]:
    folder.mkdir(parents=True)
    for name, data in files:
        (folder / name).write_bytes(data)
    return sorted(folder.iterdir())


def _check(summary: object) -> None:
    failed = getattr(summary, "failed", [])
    if failed:
        print(f"    ({len(failed)} failed: {failed[0].message})")


if __name__ == "__main__":
    sys.exit(main())
