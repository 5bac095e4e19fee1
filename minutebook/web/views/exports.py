"""CSV exports, the iCalendar feed of a body's meetings, and the Atom feeds."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any

from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_safe

from minutebook.records.models import Action, Attendance, Body, Meeting
from minutebook.web import exports


class _Echo:
    def write(self, value: str) -> str:
        return value


def _csv_response(rows: Iterator[list[str]], name: str) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse((writer.writerow(row) for row in rows), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


def _scoped(qs: Any, request: HttpRequest, body_via: str) -> Any:
    """Narrow an export by ``?body=<slug>`` and ``?meeting=<id>``."""
    if slug := request.GET.get("body"):
        qs = qs.filter(**{f"{body_via}body__slug": slug})
    meeting = request.GET.get("meeting", "")
    if meeting.isdigit():
        qs = qs.filter(meeting_id=int(meeting))
    return qs


@require_safe
def actions_csv(request: HttpRequest) -> StreamingHttpResponse:
    actions = _scoped(Action.objects.public(), request, "")
    return _csv_response(exports.action_rows(actions.oldest_first()), "actions")


@require_safe
def attendance_csv(request: HttpRequest) -> StreamingHttpResponse:
    rows = _scoped(Attendance.objects.public(), request, "meeting__")
    return _csv_response(exports.attendance_rows(rows), "attendance")


@require_safe
def resolutions_csv(request: HttpRequest) -> StreamingHttpResponse:
    rows = _scoped(exports.resolutions(), request, "meeting__")
    return _csv_response(exports.resolution_rows(rows), "resolutions")


@require_safe
def body_calendar(request: HttpRequest, slug: str) -> HttpResponse:
    body = get_object_or_404(Body.objects.public(), slug=slug)
    meetings = Meeting.objects.public().of_body(body).dated().select_related("body").order_by("date")
    pairs = ((m, request.build_absolute_uri(reverse("web:meeting", args=[m.pk]))) for m in meetings)
    response = HttpResponse(exports.calendar(body, pairs), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{body.slug}.ics"'
    return response
