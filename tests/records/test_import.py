"""Importing packs: counts match the records, idempotent, atomic, newer versions replace older."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from minutebook.records import importer, loading
from minutebook.records.arising import action_key
from minutebook.records.importer import FAILED, IMPORTED, REPLACED, UNCHANGED, import_packs
from minutebook.records.loading import body_key
from minutebook.records.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Contact,
    Declaration,
    Document,
    Meeting,
    Membership,
    Report,
    Resolution,
    SourceFile,
    SourceLine,
)
from minutebook.search.models import SearchEntry
from tests.conftest import GOLD_STEMS, SEED_DIR, GoldPack
from tests.records.helpers import import_all, import_gold, snapshot

pytestmark = pytest.mark.django_db


def _total(packs: dict[str, GoldPack], field: str) -> int:
    return sum(len(getattr(m, field)) for p in packs.values() for m in p.record.meetings)


def _expected_meetings(packs: dict[str, GoldPack]) -> int:
    dated = {(body_key(m.body or ""), m.date) for p in packs.values() for m in p.record.meetings if m.date}
    undated = [m for p in packs.values() for m in p.record.meetings if not m.date]
    return len(dated) + len(undated)


def test_counts_match_the_records(gold_packs: dict[str, GoldPack]) -> None:
    outcomes = import_all(gold_packs)
    assert [o.status for o in outcomes] == [IMPORTED] * 5
    records = [p.record for p in gold_packs.values()]
    assert SourceFile.objects.count() == 5
    assert SourceLine.objects.count() == sum(len(p.lines) for p in gold_packs.values())
    assert Meeting.objects.count() == _expected_meetings(gold_packs)
    assert Attendance.objects.count() == _total(gold_packs, "attendance")
    assert Membership.objects.count() == _total(gold_packs, "members")
    assert Declaration.objects.count() == _total(gold_packs, "declarations")
    assert Resolution.objects.count() == _total(gold_packs, "resolutions")
    assert AgendaItem.objects.count() == _total(gold_packs, "items")
    assert Document.objects.count() == sum(len(r.documents) for r in records)
    assert Report.objects.count() == sum(len(r.reports) for r in records)
    assert Contact.objects.count() == sum(len(rep.contacts) for r in records for rep in r.reports)
    assert ActionUpdate.objects.count() == sum(len(r.actions_log) for r in records)
    assert Action.objects.count() == _distinct_actions(records)


def _distinct_actions(records: list) -> int:  # type: ignore[type-arg]
    """Rows of all logs grouped by meeting date and near-identical text (a reprint may fix a typo)."""
    groups: list[tuple[str | None, str]] = []
    for row in (a for r in records for a in r.actions_log):
        key = action_key(row.action)
        if not any(d == row.meeting_date and fuzz.ratio(k, key) > 95 for d, k in groups):
            groups.append((row.meeting_date, key))
    return len(groups)


def test_a_meeting_keeps_its_facts_and_provenance(gold_packs: dict[str, GoldPack]) -> None:
    import_gold(gold_packs["001"])
    printed = next(m for m in gold_packs["001"].record.meetings if m.kind == "minutes")
    meeting = Meeting.objects.get(date=printed.date)
    assert meeting.kind == "minutes"
    assert meeting.attendances.count() == len(printed.attendance)
    first = meeting.attendances.order_by("line").first()
    assert first is not None and first.source.original_name == gold_packs["001"].name
    assert SourceLine.objects.get(source=first.source, number=first.line).text
    declaration = meeting.declarations.get()
    assert declaration.line == printed.declarations[0].line
    agenda = Meeting.objects.get(kind="agenda", date=next(m.date for m in gold_packs["001"].record.meetings))
    assert agenda.time is not None and agenda.venue


def test_agenda_and_minutes_of_one_meeting_are_one_meeting(gold_packs: dict[str, GoldPack]) -> None:
    """003 summons the 19 November 2015 meeting; 001's actions log was agreed there: the
    records meet at one Meeting whichever pack names it."""
    import_all(gold_packs, ("003", "001"))
    agenda_date = next(m.date for m in gold_packs["003"].record.meetings if m.kind == "agenda")
    meeting = Meeting.objects.get(date=agenda_date)
    assert meeting.items.on_agenda().exists()
    assert Action.objects.agreed_at(meeting).exists()


def test_importing_twice_changes_nothing(gold_packs: dict[str, GoldPack]) -> None:
    import_all(gold_packs)
    before = snapshot()
    again = import_all(gold_packs)
    assert [o.status for o in again] == [UNCHANGED] * 5
    assert snapshot() == before


def test_a_failure_mid_import_leaves_nothing_half_written(
    gold_packs: dict[str, GoldPack], monkeypatch: pytest.MonkeyPatch
) -> None:
    import_gold(gold_packs["000"])
    before = snapshot()

    def broken(self: loading.PackLoader) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(loading.PackLoader, "_actions", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        import_gold(gold_packs["001"])
    assert snapshot() == before
    assert not SourceFile.objects.filter(original_name=gold_packs["001"].name).exists()


def test_a_bad_pack_is_reported_and_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "packs" / "2018"
    folder.mkdir(parents=True)
    shutil.copy(SEED_DIR / "004_91627da17b0015ca.txt", folder)
    (folder / "broken.pdf").write_bytes(b"\x00\x01\x02 not a pack \x00" * 50)
    (folder / "notes.json").write_text("{}")  # not a pack suffix: ignored in folders
    summary = import_packs([tmp_path / "packs"])
    assert [o.status for o in summary.outcomes] == [IMPORTED, FAILED]
    failed = summary.failed[0]
    assert "broken.pdf" in failed.message and "\n" not in failed.message
    assert not summary.ok
    assert summary.added("packs") == 1


def test_a_bug_in_one_pack_does_not_stop_the_others(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for stem in ("004", "002"):
        shutil.copy(next(SEED_DIR.glob(f"{stem}*.txt")), tmp_path)
    real = importer.extract_lines

    def flaky(lines: list, source: str):  # type: ignore[no-untyped-def]
        if source.startswith("002"):
            raise ValueError("unexpected table shape")
        return real(lines, source)

    monkeypatch.setattr(importer, "extract_lines", flaky)
    summary = import_packs([tmp_path])
    assert [o.status for o in summary.outcomes] == [FAILED, IMPORTED]
    assert "ValueError: unexpected table shape" in summary.failed[0].message
    assert SourceFile.objects.count() == 1


def test_a_newer_version_replaces_the_older(gold_packs: dict[str, GoldPack]) -> None:
    pack = gold_packs["003"]
    import_gold(pack)
    old = SourceFile.objects.get()
    old_entries = SearchEntry.objects.filter(source=old).count()
    assert old_entries > 0
    newer_record = dataclasses.replace(pack.record, actions_log=pack.record.actions_log[:-3])
    newer = GoldPack(pack.name, newer_record, pack.lines, pack.data + b"\n(corrected)\n")
    outcome = import_gold(newer)
    assert outcome.status == REPLACED
    assert SourceFile.objects.count() == 1
    assert not SourceFile.objects.filter(pk=old.pk).exists()
    assert not SearchEntry.objects.filter(source=old).exists()
    assert ActionUpdate.objects.count() == len(newer_record.actions_log)
    assert Action.objects.count() == len(newer_record.actions_log)
    assert Meeting.objects.count() == len(pack.record.meetings)


def test_replacing_keeps_facts_other_packs_hold(gold_packs: dict[str, GoldPack]) -> None:
    import_all(gold_packs, ("003", "001"))
    shared = Action.objects.filter(updates__source__original_name=gold_packs["003"].name).distinct()
    assert shared.count() == len(gold_packs["003"].record.actions_log)
    pack = gold_packs["001"]
    import_gold(GoldPack(pack.name, pack.record, pack.lines, pack.data + b" "))
    for action in shared:
        assert action.updates.count() == 2


def test_sample_packs_import_end_to_end() -> None:
    """The bundled packs through the real reader (whatever it yields today) import cleanly."""
    summary = import_packs([SEED_DIR])
    assert summary.ok, [o.message for o in summary.failed]
    assert summary.count(IMPORTED) == len(GOLD_STEMS)
    assert Meeting.objects.exists()
    assert SourceLine.objects.count() == sum(
        len(p.read_text(encoding="utf-8").rstrip("\n").split("\n")) for p in SEED_DIR.glob("*.txt")
    )
    second = import_packs([SEED_DIR])
    assert second.count(UNCHANGED) == len(GOLD_STEMS)
    assert second.added("meetings") == 0


def test_same_file_name_of_another_meeting_is_another_pack(gold_packs: dict[str, GoldPack]) -> None:
    """Councils name every pack "Agenda.pdf": a name alone does not make two packs one."""
    first, second = gold_packs["001"], gold_packs["003"]
    assert import_gold(GoldPack("Agenda.txt", first.record, first.lines, first.data)).status == IMPORTED
    assert import_gold(GoldPack("Agenda.txt", second.record, second.lines, second.data)).status == IMPORTED
    assert SourceFile.objects.filter(original_name="Agenda.txt").count() == 2
