"""Atom feeds of new resolutions and of actions (Django syndication; content is XML-escaped)."""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.timezone import make_aware

from minutebook.records.models import Action, Resolution
from minutebook.web.queries import public_resolutions

FEED_SIZE = 50


def _when(date: dt.date | None) -> dt.datetime | None:
    if date is None:
        return None
    return make_aware(dt.datetime.combine(date, dt.time(0)))


class ResolutionsFeed(Feed):
    feed_type = Atom1Feed
    title = "New resolutions"
    subtitle = "Resolutions of the boards and committees, newest meetings first."

    def link(self) -> str:
        return reverse("web:home")

    def items(self) -> QuerySet[Resolution]:
        qs = public_resolutions().select_related("meeting__body")
        return qs.order_by("-meeting__date", "-line")[:FEED_SIZE]

    def item_title(self, item: Resolution) -> str:
        return f"{item.meeting}: resolution {item.paragraph or item.item_number}".strip()

    def item_description(self, item: Resolution) -> str:
        return item.text

    def item_link(self, item: Resolution) -> str:
        return reverse("web:meeting", args=[item.meeting_id]) + f"#r-{item.pk}"

    def item_pubdate(self, item: Resolution) -> dt.datetime | None:
        return _when(item.meeting.date)


class ActionsFeed(Feed):
    feed_type = Atom1Feed
    title = "Actions"
    subtitle = "Actions agreed by the boards and committees, most recently printed first."

    def link(self) -> str:
        return reverse("web:actions")

    def items(self) -> QuerySet[Action]:
        qs = Action.objects.public().select_related("body")
        return qs.order_by("-last_printed_on", "-meeting_date", "-id")[:FEED_SIZE]

    def item_title(self, item: Action) -> str:
        return f"{item.get_status_display()}: {item.text[:80]}"  # type: ignore[attr-defined]

    def item_description(self, item: Action) -> str:
        return f"{item.text}\n\n{item.comment}".strip()

    def item_link(self, item: Action) -> str:
        return reverse("web:action", args=[item.pk])

    def item_pubdate(self, item: Action) -> dt.datetime | None:
        return _when(item.meeting_date)

    def item_updateddate(self, item: Action) -> dt.datetime | None:
        return _when(item.last_printed_on or item.meeting_date)
