"""``minutebook import``, ``minutebook migrate`` and ``minutebook people``: thin layers over the library.

Imported lazily by ``minutebook.cli``; Django is set up only when one of these runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

Sub = argparse._SubParsersAction  # type: ignore[type-arg]


def add_commands(sub: Sub) -> None:
    p = sub.add_parser("import", help="import meeting packs (files or folders, recursively) into the record")
    p.add_argument("paths", nargs="+", type=Path, help="pack files or folders of packs")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(handler=_import)
    m = sub.add_parser("migrate", help="create or upgrade the database tables")
    m.set_defaults(handler=_migrate)
    people = sub.add_parser("people", help="review and undo merges of name spellings")
    actions = people.add_subparsers(dest="people_command", required=True, metavar="ACTION")
    actions.add_parser("merges", help="list merges, weakest evidence first").set_defaults(handler=_merges)
    undo = actions.add_parser("unmerge", help="undo a merge by its number")
    undo.add_argument("merge_id", type=int)
    undo.set_defaults(handler=_unmerge)


def _setup() -> None:
    from minutebook.records.setup import setup_django

    setup_django()


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def _import(args: argparse.Namespace) -> int:
    from minutebook.records.setup import NotMigrated

    try:
        _setup()
    except NotMigrated as exc:
        print(f"minutebook import: {exc}", file=sys.stderr)
        return 2
    from minutebook.records.importer import import_packs, pack_paths
    from minutebook.records.report import print_summary, progress_bar

    paths = pack_paths(args.paths)
    if not paths:
        print("minutebook import: no pack files found", file=sys.stderr)
        return 2
    with progress_bar(len(paths), quiet=args.quiet, console=_console(stderr=True)) as progress:
        summary = import_packs(paths, progress=progress)
    print_summary(summary, _console(), _console(stderr=True))
    return 0 if summary.ok else 1


def _migrate(args: argparse.Namespace) -> int:
    from minutebook.records.setup import setup_django

    setup_django(migrate=False)
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=1)
    return 0


def _merges(args: argparse.Namespace) -> int:
    _setup()
    from minutebook.records.report import print_merges

    print_merges(_console())
    return 0


def _unmerge(args: argparse.Namespace) -> int:
    _setup()
    from minutebook.records.models import PersonMerge
    from minutebook.records.people import unmerge

    merge = PersonMerge.objects.filter(pk=args.merge_id).first()
    if merge is None:
        print(f"minutebook people unmerge: no merge number {args.merge_id}", file=sys.stderr)
        return 2
    person = unmerge(merge)
    print(
        f"'{merge.alias_name}' is now a person of their own (#{person.pk}), apart from '{merge.matched_name}'."
    )
    return 0
