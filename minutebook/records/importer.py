"""Importing packs into the record: idempotent by content hash, atomic per pack.

``import_packs(paths)`` is the library function behind ``minutebook import``.
A pack already imported (same SHA-256) changes nothing.  A newer version of an
imported pack (same file name, or the same meeting summoned, different hash)
replaces that pack's facts.  Each pack is loaded in one transaction: a failure
leaves nothing of it behind and is reported in one line; the others go on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from minutebook.packs.errors import PackError
from minutebook.packs.extract import extract_lines
from minutebook.packs.lines import Line
from minutebook.packs.record import PackRecord
from minutebook.packs.sources import read_bytes, sniff
from minutebook.records import cleanup
from minutebook.records.loading import PackLoader, body_key, parse_date
from minutebook.records.models import Action, Meeting, Person, SourceBytes, SourceFile

PACK_SUFFIXES = frozenset({".pdf", ".docx", ".html", ".htm", ".txt", ".md", ".markdown", ".text"})

IMPORTED, REPLACED, UNCHANGED, FAILED = "imported", "replaced", "unchanged", "failed"


@dataclass
class PackOutcome:
    """What happened to one pack."""

    path: str
    status: str
    message: str = ""
    source_id: int | None = None


@dataclass
class ImportSummary:
    """What an import did: one outcome per pack, and the record's size before and after."""

    outcomes: list[PackOutcome] = field(default_factory=list)
    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[PackOutcome]:
        return [o for o in self.outcomes if o.status == FAILED]

    @property
    def ok(self) -> bool:
        return not self.failed

    def added(self, what: str) -> int:
        return self.after.get(what, 0) - self.before.get(what, 0)


Progress = Callable[[PackOutcome], None]


def record_size() -> dict[str, int]:
    return {
        "packs": SourceFile.objects.count(),
        "meetings": Meeting.objects.count(),
        "people": Person.objects.count(),
        "actions": Action.objects.count(),
    }


def pack_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files named, and pack files found in folders named (recursively), in a stable order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if _is_pack(p)))
        else:
            found.append(path)
    return found


def _is_pack(path: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.parts[-1:])
    return path.is_file() and not hidden and path.suffix.lower() in PACK_SUFFIXES


def import_packs(paths: Iterable[Path | str], progress: Progress | None = None) -> ImportSummary:
    """Import every pack under ``paths``; see the module docstring for the rules."""
    summary = ImportSummary(before=record_size())
    for path in pack_paths(paths):
        outcome = import_file(path)
        summary.outcomes.append(outcome)
        if progress is not None:
            progress(outcome)
    summary.after = record_size()
    return summary


def import_file(path: Path) -> PackOutcome:
    """Import one pack file; never raises for a bad pack (the outcome says why)."""
    try:
        data = _read(path)
        if SourceFile.objects.by_hash(_sha256(data)).exists():
            return PackOutcome(str(path), UNCHANGED, "already imported")
        lines = read_bytes(data, str(path))
        record = extract_lines(lines, path.name)
        return import_record(record, lines=lines, data=data, name=path.name, path=str(path))
    except PackError as exc:
        return PackOutcome(str(path), FAILED, str(exc))
    except Exception as exc:  # one bad pack must not stop the others
        return PackOutcome(str(path), FAILED, f"{path}: could not be imported ({type(exc).__name__}: {exc})")


def _read(path: Path) -> bytes:
    if not path.exists():
        raise PackError(str(path), "no such file")
    if path.is_dir():
        raise PackError(str(path), "is a folder, not a pack file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PackError(str(path), f"cannot be read ({exc.strerror or exc})") from exc


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def import_record(
    record: PackRecord, *, lines: Sequence[Line], data: bytes, name: str, path: str | None = None
) -> PackOutcome:
    """Import a pack already read: its record, lines and bytes.  Atomic; raises on failure."""
    sha = _sha256(data)
    existing = SourceFile.objects.by_hash(sha).first()
    if existing is not None:
        return PackOutcome(path or name, UNCHANGED, "already imported", existing.pk)
    with transaction.atomic():
        older = list(_older_versions(record, name))
        replaced = cleanup.remove_sources(older)
        source = SourceFile.objects.create(
            original_name=name[:500], sha256=sha, size=len(data), format=sniff(data, name)
        )
        SourceBytes.objects.create(source=source, data=data)
        loader = PackLoader(record, lines, source)
        loader.load()
        cleanup.after_change(touched_actions=loader.touched_actions | replaced)
        from minutebook.search.index import index_source

        index_source(source)
    status = REPLACED if older else IMPORTED
    message = f"replaces {', '.join(sorted({s.original_name for s in older}))}" if older else ""
    return PackOutcome(path or name, status, message, source.pk)


def _older_versions(record: PackRecord, name: str) -> Iterator[SourceFile]:
    """Imported versions of the same pack: summoning the same meeting, or with the same file name
    and not dated to another meeting ("Agenda.pdf" of two different meetings are two packs)."""
    issued = _issue_date(record)
    for old in SourceFile.objects.filter(original_name=name):
        if issued is None or old.issued_on is None or old.issued_on == issued:
            yield old
    summoned = next((m for m in record.meetings if m.kind == "agenda" and m.date and m.body), None)
    if summoned is not None:
        yield from SourceFile.objects.filter(
            meeting__date=summoned.date, meeting__body__key=body_key(summoned.body or "")
        ).exclude(original_name=name)


def _issue_date(record: PackRecord) -> dt.date | None:
    """The date of the meeting a pack summons, else of the latest meeting it records."""
    agenda = [parse_date(m.date) for m in record.meetings if m.kind == "agenda"]
    if agenda and agenda[0] is not None:
        return agenda[0]
    dated = [d for d in (parse_date(m.date) for m in record.meetings) if d is not None]
    return max(dated) if dated else None
