"""Exports of the public record: CSV tables and the iCalendar feed of a body's meetings.

Rows come from the same public querysets as the pages, so exempt business is
never exported.  CSV cells that a spreadsheet would run as a formula are
prefixed with an apostrophe (CSV injection).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.db.models import QuerySet

from minutebook.records.models import Action, Attendance, Body, Meeting, Resolution
from minutebook.web.queries import open_for, public_resolutions

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def safe_row(values: Sequence[Any]) -> list[str]:
    return [safe_cell(v) for v in values]


ACTION_COLUMNS = (
    "id", "agreed_on", "body", "topic", "action", "leads", "status", "comment",
    "first_printed_on", "last_printed_on", "days_open",
)  # fmt: skip


def action_rows(actions: QuerySet[Action], today: dt.date | None = None) -> Iterator[list[str]]:
    yield list(ACTION_COLUMNS)
    for a in actions.select_related("body").prefetch_related("leads").iterator(chunk_size=500):
        leads = "; ".join(dict.fromkeys(lead.name for lead in a.leads.all()))  # type: ignore[attr-defined]
        days = open_for(a, today)
        yield safe_row([
            a.pk, a.meeting_date, a.body, a.topic, a.text, leads, a.status, a.comment,
            a.first_printed_on, a.last_printed_on, None if days is None else days.days,
        ])  # fmt: skip


ATTENDANCE_COLUMNS = ("meeting_date", "body", "name_as_printed", "person", "status", "role", "deputy_for")


def attendance_rows(rows: QuerySet[Attendance]) -> Iterator[list[str]]:
    yield list(ATTENDANCE_COLUMNS)
    for r in rows.select_related("meeting__body", "person").order_by("meeting__date", "line").iterator():
        yield safe_row([
            r.meeting.date, r.meeting.body, r.name, r.person, r.status, r.role, r.deputy_for,
        ])  # fmt: skip


RESOLUTION_COLUMNS = ("meeting_date", "body", "item", "paragraph", "text")


def resolution_rows(rows: QuerySet[Resolution]) -> Iterator[list[str]]:
    yield list(RESOLUTION_COLUMNS)
    for r in rows.select_related("meeting__body").order_by("meeting__date", "line").iterator():
        yield safe_row([r.meeting.date, r.meeting.body, r.item_number, r.paragraph, r.text])


def resolutions() -> QuerySet[Resolution]:
    return public_resolutions()


def _start(meeting: Meeting) -> dt.date | dt.datetime:
    assert meeting.date is not None
    if meeting.time is None:
        return meeting.date
    return dt.datetime.combine(meeting.date, meeting.time, tzinfo=ZoneInfo(settings.TIME_ZONE))


def _event(meeting: Meeting, url: str, stamp: dt.datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"meeting-{meeting.pk}@minutebook")
    event.add("dtstamp", stamp)
    event.add("dtstart", _start(meeting))
    if meeting.time and meeting.ended and meeting.date:
        end = dt.datetime.combine(meeting.date, meeting.ended, tzinfo=ZoneInfo(settings.TIME_ZONE))
        event.add("dtend", end)
    event.add("summary", meeting.body.name)
    if meeting.venue:
        event.add("location", meeting.venue)
    event.add("url", url)
    return event


def calendar(body: Body, meetings: Iterable[tuple[Meeting, str]]) -> bytes:
    """An iCalendar (RFC 5545) feed of a body's dated meetings; each pair is (meeting, its page URL)."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//minutebook//meetings//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", body.name)
    stamp = dt.datetime.now(dt.UTC)
    for meeting, url in meetings:
        if meeting.date is not None:
            cal.add_component(_event(meeting, url, stamp))
    return bytes(cal.to_ical())
