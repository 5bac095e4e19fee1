"""The search page: a query with filters, ranked hits, each linking to its paragraph and source line."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from minutebook.search.models import EntryKind
from minutebook.search.query import SearchHit, SearchResults, search
from minutebook.web.forms import SearchForm
from minutebook.web.page_cache import cached_page
from minutebook.web.templatetags.minutebook import source_link

PAGE_SIZE = 20
MAX_PAGE = 50
# Kinds shown on the meeting page, and the anchor prefix of each there.
MEETING_ANCHORS = {
    EntryKind.PARAGRAPH: "p",
    EntryKind.RESOLUTION: "r",
    EntryKind.ITEM: "item",
    EntryKind.DECLARATION: "d",
}


@dataclass(frozen=True)
class Hit:
    """A search hit with where to read it (``url``) and the line it was read from (``source_url``)."""

    hit: SearchHit
    url: str
    source_url: str
    kind_label: str


def hit_url(hit: SearchHit) -> str:
    """The exact place of a hit: its paragraph/resolution anchor on the meeting page, the action, or the line."""
    if hit.kind == EntryKind.ACTION:
        return reverse("web:action", args=[hit.object_id])
    prefix = MEETING_ANCHORS.get(hit.kind)  # type: ignore[call-overload]
    if prefix and hit.meeting_id:
        return reverse("web:meeting", args=[hit.meeting_id]) + f"#{prefix}-{hit.object_id}"
    return source_link(hit.source_id, hit.line)


def _page_number(request: HttpRequest) -> int:
    value = request.GET.get("page", "1")
    return min(int(value), MAX_PAGE) if value.isdigit() and int(value) > 0 else 1


def _run(form: SearchForm, page: int) -> SearchResults | None:
    if not form.is_valid() or not form.cleaned_data["q"].strip():
        return None
    data = form.cleaned_data
    return search(
        data["q"], body=data["body"], date_from=data["date_from"], date_to=data["date_to"],
        kind=data["kind"] or None, person=data["person"], limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE,
    )  # fmt: skip


@require_safe
@cached_page
def search_page(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    page = _page_number(request)
    results = _run(form, page)
    labels = dict(EntryKind.choices)
    hits = [
        Hit(h, hit_url(h), source_link(h.source_id, h.line), labels.get(h.kind, h.kind))
        for h in (results.hits if results else [])
    ]
    context = {"form": form, "results": results, "hits": hits, "page": page}
    return render(request, "web/search.html", context)
