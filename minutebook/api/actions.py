"""Actions arising, filtered, each with its printed history."""

# No `from __future__ import annotations`: django-ninja reads these annotations at runtime.
import datetime as dt
from enum import StrEnum
from typing import Annotated

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router
from ninja.pagination import paginate

from minutebook.api.pagination import Page
from minutebook.api.params import Id, MeetingFilter, text
from minutebook.api.schemas import ActionDetail, ActionOut, many, one
from minutebook.records.choices import OPEN_STATUSES
from minutebook.records.models import Action

router = Router(tags=["actions"])


class StatusFilter(StrEnum):
    NOT_COMPLETED = "not_completed"
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DEFERRED = "deferred"
    COMPLETED = "completed"


OlderThan = Annotated[int | None, Query(ge=0, le=36500, description="Agreed at least this many days ago")]


def _by_status(qs: QuerySet[Action], status: StatusFilter | None) -> QuerySet[Action]:
    if status is None:
        return qs
    if status is StatusFilter.NOT_COMPLETED:
        return qs.filter(status__in=OPEN_STATUSES)
    return qs.filter(status=status.value)


@router.get("/actions", response=many(ActionOut), summary="Actions, oldest agreed first")
@paginate(Page)
def actions(
    request: HttpRequest,
    status: StatusFilter | None = None,
    owner: str | None = None,
    meeting: MeetingFilter = None,
    body: str | None = None,
    older_than_days: OlderThan = None,
) -> QuerySet[Action]:
    qs = _by_status(Action.objects.public(), status)
    if owner := text(owner, 100):
        qs = qs.filter(Q(leads__name__icontains=owner) | Q(leads__person__name__icontains=owner))
    if meeting is not None:
        qs = qs.filter(meeting_id=meeting)
    if body := text(body, 80):
        qs = qs.filter(body__slug=body)
    if older_than_days is not None:
        qs = qs.filter(meeting_date__lte=dt.date.today() - dt.timedelta(days=older_than_days))
    return qs.distinct().prefetch_related("leads").oldest_first()


@router.get("/actions/{action_id}", response=one(ActionDetail), summary="An action with every printing of it")
def action(request: HttpRequest, action_id: Id) -> Action:
    return get_object_or_404(Action.objects.public().prefetch_related("leads"), pk=action_id)
