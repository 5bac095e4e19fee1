"""Bodies, meetings (with their public business), agenda items and resolutions."""

# No `from __future__ import annotations`: django-ninja reads these annotations at runtime.
from typing import Any

from django.db.models import F, Prefetch, QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router
from ninja.pagination import paginate

from minutebook.api.pagination import Page
from minutebook.api.params import Id, IsoDate, MeetingFilter, text
from minutebook.api.schemas import (
    BodyOut,
    ItemOut,
    MeetingDetail,
    MeetingOut,
    ResolutionOut,
    many,
    one,
)
from minutebook.records.choices import MeetingKind
from minutebook.records.models import AgendaItem, Attendance, Body, Declaration, Meeting
from minutebook.web.queries import public_resolutions

router = Router(tags=["meetings"])


@router.get("/bodies", response=many(BodyOut), summary="Boards and committees")
def bodies(request: HttpRequest) -> QuerySet[Body]:
    return Body.objects.public()


@router.get("/meetings", response=many(MeetingOut), summary="Meetings, newest first")
@paginate(Page)
def meetings(
    request: HttpRequest,
    body: str | None = None,
    date_from: IsoDate | None = None,
    date_to: IsoDate | None = None,
) -> QuerySet[Meeting]:
    qs = Meeting.objects.public().between(date_from, date_to).select_related("body")
    if body := text(body, 80):
        qs = qs.filter(body__slug=body)
    return qs.order_by(F("date").desc(nulls_last=True), F("time").desc(nulls_last=True), "-id")


@router.get(
    "/meetings/{meeting_id}", response=one(MeetingDetail), summary="A meeting and its public business"
)
def meeting(request: HttpRequest, meeting_id: Id) -> Any:
    qs = (
        Meeting.objects.public()
        .select_related("body")
        .prefetch_related(
            Prefetch(
                "items", AgendaItem.objects.public().order_by("record_kind", "position"), "public_items"
            ),
            Prefetch(
                "attendances", Attendance.objects.public().select_related("person"), "public_attendance"
            ),
            Prefetch(
                "declarations", Declaration.objects.public().select_related("person"), "public_declarations"
            ),
        )
    )
    return get_object_or_404(qs, pk=meeting_id)


@router.get("/items", response=many(ItemOut), summary="Agenda items (public business only)")
@paginate(Page)
def items(
    request: HttpRequest,
    meeting: MeetingFilter = None,
    body: str | None = None,
    title: str | None = None,
    record_kind: MeetingKind | None = None,  # type: ignore[valid-type]
) -> QuerySet[AgendaItem]:
    qs = AgendaItem.objects.public()
    if meeting is not None:
        qs = qs.filter(meeting_id=meeting)
    if body := text(body, 80):
        qs = qs.filter(meeting__body__slug=body)
    if title := text(title):
        qs = qs.filter(title__icontains=title)
    if record_kind:
        qs = qs.filter(record_kind=record_kind)
    return qs.order_by("-meeting__date", "meeting_id", "record_kind", "position", "id")


@router.get("/resolutions", response=many(ResolutionOut), summary="Resolutions, newest first")
@paginate(Page)
def resolutions(
    request: HttpRequest,
    meeting: MeetingFilter = None,
    body: str | None = None,
    date_from: IsoDate | None = None,
    date_to: IsoDate | None = None,
    contains: str | None = None,
) -> QuerySet[Any]:
    qs = public_resolutions().select_related("meeting")
    if meeting is not None:
        qs = qs.filter(meeting_id=meeting)
    if body := text(body, 80):
        qs = qs.filter(meeting__body__slug=body)
    if date_from:
        qs = qs.filter(meeting__date__gte=date_from)
    if date_to:
        qs = qs.filter(meeting__date__lte=date_to)
    if contains := text(contains):
        qs = qs.filter(text__icontains=contains)
    return qs.order_by("-meeting__date", "meeting_id", "line", "id")
