"""Every public URL of the hand-made record: pages, API, exports, feeds and searches."""

from __future__ import annotations

from django.urls import reverse

from minutebook.records.models import Action, AgendaItem, Body, Meeting, Person, SourceFile
from tests.web.builders import Record


def _pages() -> list[str]:
    urls = [reverse(name) for name in ("web:home", "web:meetings", "web:people", "web:actions")]
    urls += [reverse("web:actions") + "?status="]
    urls += [reverse("web:search") + "?q=confidential+OR+valuation+OR+disposal"]
    urls += [reverse("web:meeting", args=[m.pk]) for m in Meeting.objects.all()]
    urls += [reverse("web:person", args=[p.slug]) for p in Person.objects.all()]
    urls += [reverse("web:action", args=[a.pk]) for a in Action.objects.all()]
    for body in Body.objects.all():
        urls += [reverse("web:body", args=[body.slug]), reverse("web:body_calendar", args=[body.slug])]
    for source in SourceFile.objects.all():
        base = reverse("web:source", args=[source.pk])
        urls += [base, base + "?all=1", base + "?line=42", base + "?from=30"]
    return urls


def _feeds_and_exports() -> list[str]:
    names = ("export_actions", "export_attendance", "export_resolutions", "feed_resolutions", "feed_actions")
    return [reverse(f"web:{name}") for name in names]


def _api() -> list[str]:
    urls = [f"/api/{path}" for path in ("bodies", "meetings", "people", "actions", "resolutions", "items")]
    urls += ["/api/search?q=valuation", "/api/openapi.json"]
    urls += [f"/api/meetings/{m.pk}" for m in Meeting.objects.all()]
    urls += [f"/api/people/{p.slug}" for p in Person.objects.all()]
    urls += [f"/api/actions/{a.pk}" for a in Action.objects.all()]
    urls += [f"/api/items?meeting={i.meeting_id}" for i in AgendaItem.objects.all()[:1]]
    return urls


def public_urls(record: Record) -> list[str]:
    return [*_pages(), *_feeds_and_exports(), *_api()]
