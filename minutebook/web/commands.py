"""``minutebook demo`` and ``minutebook serve``: thin layers over ``minutebook.web.serving``.

Imported lazily by ``minutebook.cli``; Django is set up only when one of these runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

Sub = argparse._SubParsersAction  # type: ignore[type-arg]

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8000


def add_commands(sub: Sub) -> None:
    demo = sub.add_parser(
        "demo", help="import the bundled sample packs into a fresh SQLite database and serve it"
    )
    demo.add_argument("--data-dir", type=Path, help="data folder (default $MINUTEBOOK_DATA_DIR or ./data)")
    demo.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    demo.add_argument("--no-serve", action="store_true", help="build the demo database, then stop")
    demo.set_defaults(handler=_demo)
    serve = sub.add_parser("serve", help="serve an existing database (the web pages and the JSON API)")
    serve.add_argument("--data-dir", type=Path, help="data folder (default $MINUTEBOOK_DATA_DIR or ./data)")
    serve.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    serve.add_argument("--threads", type=int, default=8, help="worker threads (default 8)")
    serve.set_defaults(handler=_serve)


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def _demo(args: argparse.Namespace) -> int:
    from minutebook.web import serving

    folder = serving.demo_dir(args.data_dir)
    print(f"minutebook demo: importing the sample packs into {folder / serving.SQLITE_NAME}", file=sys.stderr)
    summary = serving.build_demo(folder)
    from minutebook.records.report import print_summary

    print_summary(summary, _console(), _console(stderr=True))
    if args.no_serve:
        return 0 if summary.ok else 1
    return _run(serving.serve, DEFAULT_HOST, args.port)


def _serve(args: argparse.Namespace) -> int:
    from minutebook.records.setup import NotMigrated, setup_django
    from minutebook.web import serving

    if args.data_dir is not None:
        serving.use_data_dir(args.data_dir.resolve())
    try:
        setup_django()
    except NotMigrated as exc:
        print(f"minutebook serve: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        from django.db import DatabaseError

        if not isinstance(exc, DatabaseError):
            raise
        print(f"minutebook serve: cannot use the database: {str(exc).strip()}", file=sys.stderr)
        return 2
    return _run(serving.serve, args.host, args.port, args.threads)


def _run(serve: Any, host: str, port: int, threads: int = 8) -> int:
    try:
        serve(host, port, threads)
    except OSError as exc:
        print(f"minutebook: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("minutebook: stopped", file=sys.stderr)
    return 0
