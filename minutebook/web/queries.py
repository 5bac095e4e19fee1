"""What each page shows, read from the record's public querysets (views stay thin).

Exempt (Part 2) business is left out twice over: each fact's own ``public()``
and, for facts hung on an agenda item, the item's exempt flag as well.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.db.models.functions import ExtractYear

from minutebook.records.choices import AttendanceStatus, MeetingKind
from minutebook.records.models import (
    Action,
    ActionLead,
    AgendaItem,
    Attendance,
    Contact,
    Declaration,
    Document,
    Meeting,
    MinuteParagraph,
    Person,
    Report,
    Resolution,
    SourceFile,
)

NOT_EXEMPT_ITEM = Q(item__isnull=True) | Q(item__exempt=False)
# A fact's Meta ordering follows its foreign keys into their own orderings (joins for nothing
# on one meeting's page), so each query here names its order by the fact's own columns.
LEAD_ORDER = (F("update__printed_on").asc(nulls_first=True), "update__line", "position")


def public_paragraphs() -> QuerySet[MinuteParagraph]:
    return MinuteParagraph.objects.public().filter(NOT_EXEMPT_ITEM)  # type: ignore[attr-defined,no-any-return]


def public_resolutions() -> QuerySet[Resolution]:
    return Resolution.objects.public().filter(NOT_EXEMPT_ITEM)  # type: ignore[attr-defined,no-any-return]


def public_reports() -> QuerySet[Report]:
    return Report.objects.public().filter(NOT_EXEMPT_ITEM)  # type: ignore[attr-defined,no-any-return]


def public_documents() -> QuerySet[Document]:
    return Document.objects.public().filter(NOT_EXEMPT_ITEM)


@dataclass
class MinutesItem:
    """An item of the minutes with its paragraphs and the resolutions made under it."""

    item: AgendaItem | None
    paragraphs: list[MinuteParagraph] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)


def public_items(meeting: Meeting) -> tuple[list[AgendaItem], list[AgendaItem]]:
    """The meeting's public items, read in one query: (as on the agenda, as in the minutes)."""
    agenda: list[AgendaItem] = []
    minutes: list[AgendaItem] = []
    for item in AgendaItem.objects.public().filter(meeting=meeting).order_by("position", "pk"):
        (agenda if item.record_kind == MeetingKind.AGENDA else minutes).append(item)
    return agenda, minutes


def minutes_items(meeting: Meeting, items: list[AgendaItem]) -> list[MinutesItem]:
    """The minutes under ``items`` (its public items in the minutes); paragraphs and resolutions
    under no public item come last."""
    by_id = {item.pk: MinutesItem(item) for item in items}
    loose = MinutesItem(None)
    for paragraph in public_paragraphs().filter(meeting=meeting).order_by("position"):
        by_id.get(paragraph.item_id, loose).paragraphs.append(paragraph)
    for resolution in public_resolutions().filter(meeting=meeting).order_by("line"):
        by_id.get(resolution.item_id, loose).resolutions.append(resolution)
    out = list(by_id.values())
    return [*out, loose] if loose.paragraphs or loose.resolutions else out


ATTENDANCE_GROUPS = (
    (AttendanceStatus.PRESENT, "Present"),
    (AttendanceStatus.DEPUTY, "Deputies"),
    (AttendanceStatus.ALSO_PRESENT, "Also present"),
    (AttendanceStatus.APOLOGIES, "Apologies"),
)


def attendance_groups(meeting: Meeting) -> list[tuple[str, list[Attendance]]]:
    """Attendance as (heading, rows) in the order minutes print it, leaving out empty groups."""
    rows: dict[str, list[Attendance]] = defaultdict(list)
    for row in (
        Attendance.objects.public()
        .filter(meeting=meeting)
        .select_related("person", "deputy_for_person")
        .order_by("line")
    ):
        rows[row.status].append(row)
    return [(label, rows[status]) for status, label in ATTENDANCE_GROUPS if rows[status]]


def declarations(meeting: Meeting) -> QuerySet[Declaration]:
    return Declaration.objects.public().filter(meeting=meeting).select_related("person").order_by("line")


def actions_agreed(meeting: Meeting) -> QuerySet[Action]:
    leads = Prefetch("leads", ActionLead.objects.select_related("person").order_by(*LEAD_ORDER))
    return Action.objects.public().agreed_at(meeting).prefetch_related(leads)


def reports(meeting: Meeting) -> QuerySet[Report]:
    contacts = Prefetch("contacts", Contact.objects.order_by("report_id", "line"))
    return public_reports().filter(meeting=meeting).order_by("line").prefetch_related(contacts)


def documents(meeting: Meeting) -> QuerySet[Document]:
    """Documents tabled at the meeting and the minutes that record it."""
    qs = public_documents().filter(Q(meeting=meeting) | Q(minutes_of=meeting))
    return qs.defer("text").order_by("source_id", "position")


def packs(meeting: Meeting) -> QuerySet[SourceFile]:
    """The pack files that print this meeting: its own pack and the packs carrying its minutes."""
    return SourceFile.objects.filter(Q(meeting=meeting) | Q(documents__minutes_of=meeting)).distinct()


def meeting_context(meeting: Meeting) -> dict[str, Any]:
    agenda, minutes = public_items(meeting)
    return {
        "meeting": meeting,
        "agenda": agenda,
        "attendance": attendance_groups(meeting),
        "declarations": declarations(meeting),
        "minutes": minutes_items(meeting, minutes),
        "actions": actions_agreed(meeting),
        "reports": reports(meeting),
        "documents": documents(meeting),
        "packs": packs(meeting),
        "has_minutes": meeting.kind != MeetingKind.AGENDA,
    }


@dataclass(frozen=True)
class YearAttendance:
    """One year of a person's attendance: meetings attended and apologies sent."""

    year: int
    attended: int
    apologies: int

    @property
    def expected(self) -> int:
        return self.attended + self.apologies

    @property
    def percent(self) -> int:
        return round(100 * self.attended / self.expected) if self.expected else 0


_ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.DEPUTY)


def attendance_by_year(person: Person) -> list[YearAttendance]:
    rows = (
        Attendance.objects.public()
        .filter(person=person, meeting__date__isnull=False)
        .values(year=ExtractYear("meeting__date"))
        .annotate(
            attended=Count("meeting", filter=Q(status__in=_ATTENDED), distinct=True),
            apologies=Count("meeting", filter=Q(status=AttendanceStatus.APOLOGIES), distinct=True),
        )
        .order_by("year")
    )
    return [
        YearAttendance(r["year"], r["attended"], r["apologies"])
        for r in rows
        if r["attended"] or r["apologies"]
    ]


def person_context(person: Person) -> dict[str, Any]:
    summary = person.attendance_summary()
    rate = summary.get("attendance_rate")
    return {
        "person": person,
        "aliases": [a.name for a in person.aliases.all() if a.name != person.name],  # type: ignore[attr-defined]
        "roles": person.roles(),
        "summary": summary,
        "rate_percent": None if rate is None else round(100 * rate),
        "years": attendance_by_year(person),
        "attendance": Attendance.objects.public()
        .filter(person=person)
        .select_related("meeting__body")
        .order_by("-meeting__date"),
        "deputies_sent": Attendance.objects.public()
        .filter(deputy_for_person=person)
        .select_related("meeting__body", "person")
        .order_by("-meeting__date"),
        "declarations": Declaration.objects.public()
        .filter(person=person)
        .select_related("meeting__body")
        .order_by("-meeting__date"),
        "actions": Action.objects.public().owned_by(person),
    }


def open_for(action: Action, today: dt.date | None = None) -> dt.timedelta | None:
    """How long an action has been open: to today while open, to its last printing once completed."""
    if action.meeting_date is None:
        return None
    end = (today or dt.date.today()) if action.is_open else (action.last_printed_on or action.meeting_date)
    return max(end - action.meeting_date, dt.timedelta(0))
