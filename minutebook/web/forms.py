"""Filter forms of the actions and search pages (GET only; they read, never write)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.db.models import Q, QuerySet

from minutebook.records.choices import OPEN_STATUSES, ActionStatus
from minutebook.records.models import Action, Body, Meeting, Person
from minutebook.search.models import EntryKind

AGES = {"90": 90, "180": 180, "365": 365, "730": 730}
AGE_CHOICES = [
    ("", "Any age"),
    ("90", "Open more than 3 months"),
    ("180", "Open more than 6 months"),
    ("365", "Open more than a year"),
    ("730", "Open more than two years"),
]
STATUS_CHOICES = [("open", "Not completed"), ("", "Any status"), *ActionStatus.choices]


class DateField(forms.DateField):
    widget = forms.DateInput(attrs={"type": "date"})


class ActionFilterForm(forms.Form):
    status = forms.ChoiceField(choices=STATUS_CHOICES, required=False, initial="open")
    owner = forms.CharField(required=False, max_length=100, help_text="Part of a name, team or body")
    meeting = forms.ModelChoiceField(
        Meeting.objects.filter(actions_agreed__isnull=False).distinct().select_related("body"),
        required=False,
        empty_label="Any meeting",
        label="Agreed at",
    )
    age = forms.ChoiceField(choices=AGE_CHOICES, required=False, label="How long open")

    def filter(self, actions: QuerySet[Action], today: dt.date | None = None) -> QuerySet[Action]:
        """The actions matching the valid fields (invalid ones are shown as errors and ignored)."""
        data: dict[str, Any] = self.cleaned_data if self.is_valid() else {}
        status = data.get("status", "open")
        if status == "open":
            actions = actions.filter(status__in=OPEN_STATUSES)
        elif status:
            actions = actions.filter(status=status)
        if owner := data.get("owner"):
            actions = actions.filter(
                Q(leads__name__icontains=owner) | Q(leads__person__name__icontains=owner)
            )
        if meeting := data.get("meeting"):
            actions = actions.agreed_at(meeting)  # type: ignore[attr-defined]
        if age := data.get("age"):
            cutoff = (today or dt.date.today()) - dt.timedelta(days=AGES[age])
            actions = actions.filter(meeting_date__lte=cutoff)
        return actions.distinct()


class SearchForm(forms.Form):
    q = forms.CharField(label="Search for", max_length=200, required=False)
    body = forms.ModelChoiceField(
        Body.objects.all(), required=False, empty_label="All boards and committees", to_field_name="slug"
    )
    kind = forms.ChoiceField(choices=[("", "Everything"), *EntryKind.choices], required=False, label="Kind")
    person = forms.ModelChoiceField(
        Person.objects.all(), required=False, empty_label="Anyone", to_field_name="slug"
    )
    date_from = DateField(required=False, label="From")
    date_to = DateField(required=False, label="To")
