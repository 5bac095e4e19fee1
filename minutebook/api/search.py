"""Full-text search over the public record (the same search as the web page)."""

# No `from __future__ import annotations`: django-ninja reads these annotations at runtime.
from typing import Annotated, Any

from django.http import HttpRequest
from ninja import Query, Router

from minutebook.api.params import IsoDate, text
from minutebook.api.schemas import Invalid, SearchOut
from minutebook.records.models import Body, Person
from minutebook.search.models import EntryKind
from minutebook.search.query import search as run_search
from minutebook.web.templatetags.minutebook import source_link
from minutebook.web.views.search import hit_url

router = Router(tags=["search"])

Limit = Annotated[int, Query(ge=1, le=100, description="How many hits (1 to 100)")]
Offset = Annotated[int, Query(ge=0, le=10_000, description="How many hits to skip")]


def _hit(h: Any) -> dict[str, Any]:
    return {
        "kind": h.kind, "object_id": h.object_id, "title": h.title, "snippet_html": str(h.snippet),
        "rank": h.rank, "date": h.date, "body": h.body_name, "meeting_id": h.meeting_id,
        "source_id": h.source_id, "line": h.line, "page": h.page, "url": hit_url(h),
        "source_url": source_link(h.source_id, h.line),
    }  # fmt: skip


@router.get(
    "/search",
    response={200: SearchOut, 422: Invalid},
    summary="Search minutes, resolutions, actions and reports",
)
def search(
    request: HttpRequest,
    q: str,
    body: str | None = None,
    kind: EntryKind | None = None,  # type: ignore[valid-type]
    person: str | None = None,
    date_from: IsoDate | None = None,
    date_to: IsoDate | None = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """``snippet_html`` is HTML: the pack text escaped, with the matched words in ``<mark>``."""
    body_row = Body.objects.filter(slug=text(body, 80)).first() if body else None
    person_row = Person.objects.filter(slug=text(person, 80)).first() if person else None
    if (body and body_row is None) or (person and person_row is None):
        return {"query": text(q), "total": 0, "limit": limit, "offset": offset, "hits": []}
    results = run_search(
        text(q, 500), body=body_row, date_from=date_from, date_to=date_to,
        kind=kind or None, person=person_row, limit=limit, offset=offset,
    )  # fmt: skip
    hits = [_hit(h) for h in results.hits]
    return {"query": results.query, "total": results.total, "limit": limit, "offset": offset, "hits": hits}
