"""The whole reading flow: Lines -> documents -> readers -> PackRecord."""

from __future__ import annotations

import logging
from pathlib import Path

from minutebook.packs import actions_log, agenda, minutes, reports, segment
from minutebook.packs.lines import Line
from minutebook.packs.record import PackRecord
from minutebook.packs.sources import read_bytes, read_pack
from minutebook.packs.vocab import DocumentKind, MeetingKind

log = logging.getLogger(__name__)


def extract_lines(lines: list[Line], source: str) -> PackRecord:
    """The pack record of a pack already read into Lines."""
    record = PackRecord(source=source)
    pieces = segment.split(lines)
    record.documents = [piece.document for piece in pieces]
    for piece in pieces:
        _read_piece_safely(piece, record, source)
    if not any(m.kind == MeetingKind.AGENDA for m in record.meetings):
        covers = [p.lines for p in pieces if p.document.kind == DocumentKind.REPORT]
        record.meetings.extend(reports.cover_meetings(covers))  # papers printed without their agenda
    return record


def _read_piece_safely(piece: segment.Piece, record: PackRecord, source: str) -> None:
    """Read one document; a reader's failure on it loses that document's facts, not the whole pack's."""
    try:
        _read_piece(piece, record)
    except Exception as exc:  # a bug in one reader must not cost the other documents
        doc = piece.document
        log.warning(
            "%s: the %s at lines %d-%d could not be read (%s: %s); its facts are left out",
            source,
            doc.kind,
            doc.first_line,
            doc.last_line,
            type(exc).__name__,
            exc,
        )


def _read_piece(piece: segment.Piece, record: PackRecord) -> None:
    kind = piece.document.kind
    if kind == DocumentKind.AGENDA:
        record.meetings.extend(agenda.read(piece.lines) if piece.meetings is None else piece.meetings)
    elif kind in (DocumentKind.MINUTES, DocumentKind.NOTES):
        record.meetings.extend(minutes.read(piece.lines, notes=kind == DocumentKind.NOTES))
    elif kind == DocumentKind.ACTIONS_LOG:
        record.actions_log.extend(actions_log.read(piece.lines))
    if kind in (DocumentKind.REPORT, DocumentKind.BRIEFING):
        report = reports.read(piece.lines, agenda_item=piece.document.agenda_item, title=piece.item_title)
        if report is not None:
            record.reports.append(report)
    if kind == DocumentKind.BRIEFING:
        record.meetings.extend(reports.briefing_meeting(piece.lines))


def extract_file(path: Path | str) -> PackRecord:
    """The pack record of the file at ``path`` (PDF, Word, HTML, text or Markdown)."""
    path = Path(path)
    return extract_lines(read_pack(path), path.name)


def extract_bytes(data: bytes, name: str) -> PackRecord:
    """The pack record of a pack given as bytes (for workers and uploads)."""
    return extract_lines(read_bytes(data, name), Path(name).name)
