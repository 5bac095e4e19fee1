"""The five seed packs imported once for a module of tests (committed, then flushed)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.core.management import call_command

from minutebook.records.importer import ImportSummary, import_packs
from minutebook.web.serving import SAMPLE_PACKS


def import_seeds() -> ImportSummary:
    summary = import_packs(sorted(SAMPLE_PACKS.iterdir()))
    assert summary.ok, [o.message for o in summary.failed]
    return summary


def seeded_database(blocker: Any) -> Iterator[ImportSummary]:
    """Import the seeds with the database unblocked; flush the tables afterwards."""
    with blocker.unblock():
        summary = import_seeds()
    yield summary
    with blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)
