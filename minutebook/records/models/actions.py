"""Actions arising: one Action per agreed action, with an ordered history of every printing."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import ExpressionWrapper, F, Q

from minutebook.records.choices import OPEN_STATUSES, ActionStatus
from minutebook.records.models.meetings import Meeting
from minutebook.records.models.people import Body, Person
from minutebook.records.models.sources import Sourced


class ActionQuerySet(models.QuerySet["Action"]):
    def public(self) -> ActionQuerySet:
        return self.all()

    def open(self) -> ActionQuerySet:
        """Not completed: open, in progress or deferred (by the latest printing)."""
        return self.filter(status__in=OPEN_STATUSES)

    def completed(self) -> ActionQuerySet:
        return self.filter(status=ActionStatus.COMPLETED)

    def with_status(self, status: str) -> ActionQuerySet:
        return self.filter(status=status)

    def owned_by(self, person: Person) -> ActionQuerySet:
        return self.filter(leads__person=person).distinct()

    def led_by_name(self, text: str) -> ActionQuerySet:
        return self.filter(leads__name__icontains=text).distinct()

    def agreed_at(self, meeting: Meeting) -> ActionQuerySet:
        return self.filter(
            Q(meeting=meeting) | Q(meeting__isnull=True, body=meeting.body, meeting_date=meeting.date)
        )

    def agreed_before(self, date: dt.date) -> ActionQuerySet:
        return self.filter(meeting_date__lt=date)

    def with_age(self, today: dt.date | None = None) -> ActionQuerySet:
        """Annotate ``open_for``: time from the meeting that agreed it to today (or its last printing)."""
        end = today or dt.date.today()
        return self.annotate(
            open_for=ExpressionWrapper(
                models.Value(end) - F("meeting_date"), output_field=models.DurationField()
            )
        )

    def oldest_first(self) -> ActionQuerySet:
        return self.order_by(F("meeting_date").asc(nulls_last=True), "id")


class Action(models.Model):
    """An action agreed at a meeting.  Each printing in an Actions Arising log is an ActionUpdate."""

    body = models.ForeignKey(Body, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions")
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions_agreed"
    )
    meeting_date = models.DateField(
        null=True, blank=True, db_index=True, help_text="Date of the meeting that agreed it"
    )
    topic = models.TextField(blank=True)
    text = models.TextField()
    key = models.TextField(help_text="Normalised text used to recognise reprintings")
    status = models.CharField(
        max_length=16, choices=ActionStatus.choices, default=ActionStatus.OPEN, db_index=True
    )
    comment = models.TextField(blank=True, help_text="The latest printed comment")
    first_printed_on = models.DateField(null=True, blank=True)
    last_printed_on = models.DateField(null=True, blank=True)

    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = [F("meeting_date").desc(nulls_last=True), "id"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def history(self) -> models.QuerySet[ActionUpdate]:
        return self.updates.order_by(*ActionUpdate.HISTORY_ORDER)  # type: ignore[attr-defined]

    def current_leads(self) -> list[ActionLead]:
        latest = self.history().last()
        return list(latest.leads.all()) if latest else []  # type: ignore[attr-defined]

    def refresh_from_updates(self) -> None:
        """Status, comment and printing dates from the ordered history."""
        updates = list(self.history())
        if not updates:
            return
        last = updates[-1]
        self.status, self.comment = last.status, last.comment
        self.first_printed_on, self.last_printed_on = updates[0].printed_on, last.printed_on
        self.save(update_fields=["status", "comment", "first_printed_on", "last_printed_on"])


class ActionUpdate(Sourced):
    """One printing of an action in an Actions Arising log: its status and comment at that time."""

    HISTORY_ORDER = (F("printed_on").asc(nulls_first=True), "source_id", "line")

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    printed_on = models.DateField(
        null=True, blank=True, help_text="Date of the meeting whose pack printed it"
    )
    status = models.CharField(max_length=16, choices=ActionStatus.choices)
    comment = models.TextField(blank=True)
    text = models.TextField(help_text="The action as printed this time")
    topic = models.TextField(blank=True)

    class Meta:
        ordering = ["action", F("printed_on").asc(nulls_first=True), "line"]

    def __str__(self) -> str:
        return f"{self.printed_on}: {self.status}"


class ActionLead(models.Model):
    """An owner of an action as printed in one update's lead column (a person, team or body)."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="leads")
    update = models.ForeignKey(ActionUpdate, on_delete=models.CASCADE, related_name="leads")
    name = models.CharField(max_length=300)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions_led"
    )
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["update", "position"]

    def __str__(self) -> str:
        return self.name
