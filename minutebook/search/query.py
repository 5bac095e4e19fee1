"""``search()``: one interface over SQLite FTS5 and PostgreSQL full-text search.

Hits are ranked by relevance x weight (routine business down) x recency, carry
a snippet with the matched words in ``<mark>`` (everything else HTML-escaped),
and point at their object, pack and line.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.utils.safestring import SafeString, mark_safe

from minutebook.records.models import Body, Person
from minutebook.search import backends

START, STOP = "\x02", "\x03"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class SearchHit:
    """One passage found: what it is, where it is from, and why it matched."""

    entry_id: int
    kind: str
    object_id: int
    title: str
    snippet: SafeString
    rank: float
    date: dt.date | None
    body_id: int | None
    body_name: str
    meeting_id: int | None
    source_id: int | None
    source_name: str
    line: int
    page: int | None

    @property
    def anchor(self) -> str:
        """The line anchor in the source viewer: ``L123``."""
        return f"L{self.line}"


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    limit: int = 20
    offset: int = 0
    total_capped: bool = False  # more matches than counted: show "more than {total}"

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.hits) < self.total


def highlight(marked: str) -> SafeString:
    """Escape a snippet, then turn the backend's match markers into <mark> elements."""
    escaped = html.escape(marked, quote=True)
    return mark_safe(escaped.replace(START, "<mark>").replace(STOP, "</mark>"))


def _pk(value: Any) -> int | None:
    if value is None or value == "":
        return None
    return int(value.pk if isinstance(value, Body | Person) else value)


def search(
    query: str,
    body: Body | int | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    kind: str | None = None,
    person: Person | int | None = None,
    limit: int = 20,
    offset: int = 0,
) -> SearchResults:
    """Search the record.  ``kind`` is one of ``minutebook.search.models.EntryKind``."""
    query = _CONTROL.sub(" ", query or "").strip()[:500]
    limit, offset = max(1, min(int(limit), 100)), max(0, int(offset))
    filters = backends.Filters(_pk(body), date_from, date_to, kind or None, _pk(person))
    backend = backends.for_vendor(connection.vendor)
    if not backend.usable(query):
        return SearchResults(query=query, limit=limit, offset=offset)
    page = backend.run(query, filters, limit, offset)
    hits = [_hit(row) for row in page.rows]
    return SearchResults(
        query=query, hits=hits, total=page.total, limit=limit, offset=offset, total_capped=page.capped
    )


def _hit(row: dict[str, Any]) -> SearchHit:
    return SearchHit(
        entry_id=row["id"],
        kind=row["kind"],
        object_id=row["object_id"],
        title=row["title"],
        snippet=highlight(row["snippet"] or ""),
        rank=float(row["score"]),
        date=_date(row["date"]),
        body_id=row["body_id"],
        body_name=row["body_name"] or "",
        meeting_id=row["meeting_id"],
        source_id=row["source_id"],
        source_name=row["source_name"] or "",
        line=row["line"],
        page=row["page"],
    )


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
