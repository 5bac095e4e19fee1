"""CSV exports, the iCalendar feed and the Atom feeds."""

from __future__ import annotations

import csv
import io

import icalendar
import pytest
from django.test import Client

from minutebook.web.exports import safe_cell
from tests.web.builders import Record
from tests.web.test_exempt import body_of


def rows(client: Client, url: str) -> list[dict[str, str]]:
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "text/csv"
    assert "attachment" in response["Content-Disposition"]
    return list(csv.DictReader(io.StringIO(body_of(response))))


def test_actions_csv_has_every_action_with_leads_and_days_open(client: Client, record: Record) -> None:
    table = rows(client, "/exports/actions.csv")
    assert {r["id"] for r in table} == {str(record.action_open.pk), str(record.action_done.pk)}
    done = next(r for r in table if r["id"] == str(record.action_done.pk))
    assert done["leads"] == "Bob Baker" and done["status"] == "completed" and done["days_open"] == "46"


def test_csv_cells_that_look_like_formulas_are_defused(client: Client, record: Record) -> None:
    table = rows(client, "/exports/actions.csv")
    assert any(r["action"].startswith("'=HYPERLINK") for r in table)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-x", "'-x"),
        ("@SUM", "'@SUM"),
        ("plain", "plain"),
        (None, ""),
    ],
)
def test_safe_cell(value: str | None, expected: str) -> None:
    assert safe_cell(value) == expected


def test_attendance_csv_filters_by_meeting_and_body(client: Client, record: Record) -> None:
    table = rows(client, f"/exports/attendance.csv?meeting={record.meeting.pk}")
    assert [(r["person"], r["status"]) for r in table] == [
        ("Alice Able", "present"), ("Bob Baker", "apologies"), ("Carol Cole", "deputy"),
    ]  # fmt: skip
    assert rows(client, "/exports/attendance.csv?body=no-such-body") == []
    assert len(rows(client, f"/exports/attendance.csv?body={record.body.slug}")) == 3


def test_resolutions_csv_has_public_resolutions_only(client: Client, record: Record) -> None:
    table = rows(client, "/exports/resolutions.csv")
    assert [r["paragraph"] for r in table] == ["4.2"]
    assert table[0]["meeting_date"] == "2020-01-15"


def test_calendar_has_one_event_per_dated_meeting(client: Client, record: Record) -> None:
    response = client.get(f"/bodies/{record.body.slug}/meetings.ics")
    assert response["Content-Type"].startswith("text/calendar")
    cal = icalendar.Calendar.from_ical(response.content)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 2
    first = min(events, key=lambda e: e.decoded("dtstart"))
    assert first.decoded("dtstart").isoformat().startswith("2020-01-15T16:00")
    assert str(first["summary"]) == "Test Health Board"
    assert str(first["url"]).endswith(f"/meetings/{record.meeting.pk}/")


def test_calendar_of_unknown_body_is_404(client: Client, db: None) -> None:
    assert client.get("/bodies/nobody/meetings.ics").status_code == 404


def test_atom_feeds_list_resolutions_and_actions(client: Client, record: Record) -> None:
    resolutions = body_of(client.get("/feeds/resolutions.atom"))
    assert 'xmlns="http://www.w3.org/2005/Atom"' in resolutions
    assert f"/meetings/{record.meeting.pk}/#r-{record.resolution.pk}" in resolutions
    actions = body_of(client.get("/feeds/actions.atom"))
    assert actions.count("<entry>") == 2 and f"/actions/{record.action_open.pk}/" in actions
