"""Work the readers do once and reuse: the answers must be those of a fresh read."""

from __future__ import annotations

import pytest

from minutebook.packs import actions_log_columns, actions_log_records, agenda
from minutebook.packs.extract import extract_lines
from minutebook.packs.lines import Line
from minutebook.packs.record import Meeting
from minutebook.packs.sources.text import read as read_text

FRONT_SHEET = """Orchard Vale Parish Council
Meeting of the Allotments Committee
Tuesday 3 March 2026 at 7.00 pm
Venue: The Old Forge Room

AGENDA
1. Apologies for absence
2. Minutes of the last meeting (Pages 3 - 6)
3. Water butts for the lower plots (Pages 7 - 9)
"""

OTHER_SHEET = """Brackenmoor Town Council
Meeting of the Cemeteries Board
Friday 9 October 2026 at 2.00 pm

AGENDA
1. Headstone safety survey
"""


def test_a_packs_agenda_is_read_once_and_its_meeting_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The agenda read to place the papers under its items is the one the record keeps: not read again."""
    calls: list[int] = []
    real_read = agenda.read

    def counted(lines: list[Line]) -> list[Meeting]:
        calls.append(len(lines))
        return real_read(lines)

    monkeypatch.setattr(agenda, "read", counted)
    pack = (
        FRONT_SHEET + "\n\nMinutes of the meeting held on 3 February 2026\n\nPresent: Councillor Ann Hale\n"
    )
    record = extract_lines(read_text(pack.encode(), "pack.txt"), "pack.txt")
    [summons] = [m for m in record.meetings if m.kind == "agenda"]
    assert len(calls) == 1
    assert summons.venue == "The Old Forge Room"
    assert [item.title for item in summons.items][-1] == "Water butts for the lower plots"


def test_an_agenda_read_after_another_is_not_the_other() -> None:
    sheet = read_text(FRONT_SHEET.encode(), "sheet.txt")
    other = read_text(OTHER_SHEET.encode(), "other.txt")
    agenda.read(sheet)
    [meeting] = agenda.read(other)
    assert meeting.body == "Cemeteries Board"
    assert [item.title for item in meeting.items] == ["Headstone safety survey"]


def test_a_header_cell_names_the_same_field_every_time() -> None:
    for _ in range(3):
        assert actions_log_columns.header_field("Responsible Officer(s)") == actions_log_columns.LEADS
        assert actions_log_columns.header_field("Weather") is None


def test_a_record_label_is_found_with_or_without_cells() -> None:
    assert actions_log_records.labelled(Line(4, "Owner: Parish Clerk", "Owner: Parish Clerk")) == (
        actions_log_columns.LEADS,
        "Parish Clerk",
    )
    assert actions_log_records.labelled(Line(5, "Owner Parish Clerk", "Owner\tParish Clerk")) == (
        actions_log_columns.LEADS,
        "Parish Clerk",
    )
    assert actions_log_records.labelled(Line(6, "Mend the gate by spring", "Mend the gate by spring")) is None


def test_a_row_lists_its_filled_cells_once() -> None:
    from minutebook.packs.actions_log_rows import text_row

    row = text_row(Line(9, "Clear the ditch Parish Clerk", "Clear the ditch\t\tParish Clerk"))
    assert row is not None
    assert row.filled == (0, 2)
    assert row.filled is row.filled  # worked out once, not on every rule that asks


def test_two_lexicons_know_the_same_common_owners() -> None:
    from minutebook.packs.actions_log_owners import Lexicon

    first, second = Lexicon(["Tree Warden"]), Lexicon()
    assert "tree warden" in first.keys and "tree warden" not in second.keys
    assert first.keys - {"tree warden"} == second.keys


def test_run_together_owners_are_cut_by_the_words_a_known_owner_starts_with() -> None:
    from minutebook.packs.actions_log_leads import split_leads
    from minutebook.packs.actions_log_owners import Lexicon

    lexicon = Lexicon(["Footpaths Working Group", "Village Hall Trustees"])
    assert {"footpaths", "village"} <= lexicon.phrase_starts
    assert split_leads("Footpaths Working Group Village Hall Trustees", lexicon) == [
        "Footpaths Working Group",
        "Village Hall Trustees",
    ]
