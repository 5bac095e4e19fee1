"""The ``minutebook`` command: a thin layer over the library.

Each subcommand parses its arguments and calls one library function.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

Handler = Callable[[argparse.Namespace], int]


def _extract(args: argparse.Namespace) -> int:
    from minutebook.packs.batch import extract_many

    return extract_many(args.packs, out=args.out, fmt=args.format, stdout=sys.stdout, stderr=sys.stderr)


def _add_extract(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("extract", help="read meeting packs into pack records (JSON)")
    p.add_argument("packs", nargs="+", type=Path, help="pack files: PDF, Word, HTML, text or Markdown")
    p.add_argument(
        "--out", type=Path, help="folder to write one NAME.json per pack (default: stdout for one pack)"
    )
    p.add_argument("--format", choices=["json"], default="json", help="output format (default json)")
    p.set_defaults(handler=_extract)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutebook", description="Keep a council board's record: read packs, keep, serve and audit it."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_extract(sub)
    _add_record_commands(sub)
    return parser


def _add_record_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Commands over the kept record (Django): import (records), demo and serve (web)."""
    for module in ("minutebook.records.commands", "minutebook.web.commands"):
        try:
            commands = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if not exc.name or not module.startswith(exc.name):
                raise
            continue
        commands.add_commands(sub)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
