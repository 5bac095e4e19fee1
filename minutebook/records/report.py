"""What the command line shows: a progress bar while importing, then a summary table."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from minutebook.records.importer import IMPORTED, REPLACED, UNCHANGED, ImportSummary, PackOutcome
from minutebook.records.models import PersonMerge


@contextmanager
def progress_bar(total: int, quiet: bool, console: Any) -> Iterator[Callable[[PackOutcome], None]]:
    """A rich progress bar advanced once per pack (failures are listed by ``print_summary``)."""
    bar = Progress(
        TextColumn("importing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        disable=quiet,
        transient=True,
    )
    with bar:
        task = bar.add_task("", total=total)

        def advance(outcome: PackOutcome) -> None:
            bar.update(task, advance=1, description=outcome.path.rsplit("/", 1)[-1])

        yield advance


def print_summary(summary: ImportSummary, console: Any, errors: Any) -> None:
    table = Table(title="minutebook import", show_header=True)
    table.add_column("")
    table.add_column("count", justify="right")
    table.add_column("new", justify="right")
    for label, status in (
        ("packs imported", IMPORTED),
        ("packs replaced", REPLACED),
        ("packs unchanged", UNCHANGED),
    ):
        table.add_row(label, str(summary.count(status)), "")
    for what in ("meetings", "people", "actions"):
        table.add_row(what, str(summary.after.get(what, 0)), f"+{summary.added(what)}")
    table.add_row("errors", str(len(summary.failed)), "", style="red" if summary.failed else None)
    console.print(table)
    for outcome in summary.failed:
        errors.print(f"error: {outcome.message}", markup=False, highlight=False)


def print_merges(console: Any) -> None:
    table = Table(title="people merges (weakest first)")
    for column in ("#", "printed", "merged into", "score", "evidence", "undone"):
        table.add_column(column)
    for merge in PersonMerge.objects.all().order_by("score", "pk"):
        undone = merge.undone_at.date().isoformat() if merge.undone_at else ""
        table.add_row(
            str(merge.pk), merge.alias_name, merge.matched_name, f"{merge.score:.0f}", merge.evidence, undone
        )
    console.print(table)
