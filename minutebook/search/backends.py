"""The full-text backends behind ``search()``: SQLite FTS5, PostgreSQL tsvector, and a LIKE fallback.

Every backend answers in the same steps:
1. count the matches (exact ``total``);
2. take the best candidates by text relevance: over all matches when there are
   at most POOL of them, else year by year from the newest until POOL matches
   have been looked at (an unselective query ranks its newest matches);
3. re-rank the candidates by relevance x weight (routine business down) x recency;
4. fetch snippets and labels for the one page shown.

Counting stops at COUNT_CAP: beyond it ``total`` is COUNT_CAP and ``capped`` is true
("more than 2,000 results"); an exact count of a very common word costs more than
the search itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from django.db import connection

from minutebook.search import facets

# Recency: a passage five years older weighs half as much.
HALF_LIFE_DAYS = 5 * 365.0
POOL = 1000
COUNT_CAP = 2000
# Candidates re-ranked per query: at least MIN_CANDIDATES, so the first pages of one query
# are cut from the same ranking (deeper pages take CANDIDATES_PER_SHOWN per hit up to them).
MIN_CANDIDATES = 200
CANDIDATES_PER_SHOWN = 5
_TERM = re.compile(r'"([^"]{1,200})"|(\S{1,100})')
_OPERATORS = frozenset({"OR", "AND", "NOT", "NEAR"})
_STOPWORDS_PRINTED = """a an and are as at be been but by for from had has have he her his i if in into is it its
of on or our she so than that the their them then there these they this to was we were which who will with"""
STOPWORDS = frozenset(_STOPWORDS_PRINTED.split())


@dataclass(frozen=True)
class Filters:
    body_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kind: str | None = None
    person_id: int | None = None

    def sql(self) -> tuple[str, list[Any]]:
        """AND conditions on search_searchentry aliased ``e``."""
        parts: list[str] = []
        params: list[Any] = []
        for column, op, value in (
            ("e.body_id", "=", self.body_id),
            ("e.date", ">=", self.date_from),
            ("e.date", "<=", self.date_to),
            ("e.kind", "=", self.kind),
        ):
            if value is not None:
                parts.append(f"{column} {op} %s")
                params.append(value)
        if self.person_id is not None:
            parts.append(
                "EXISTS (SELECT 1 FROM search_searchentry_people p WHERE p.searchentry_id = e.id AND p.person_id = %s)"
            )
            params.append(self.person_id)
        return "".join(f" AND {p}" for p in parts), params


@dataclass(frozen=True)
class Page:
    """One page of ranked rows, and how many matches there are (at most COUNT_CAP, then ``capped``)."""

    total: int
    rows: list[dict[str, Any]]
    capped: bool = False


class Backend(Protocol):
    def usable(self, query: str) -> bool: ...

    def run(self, query: str, filters: Filters, limit: int, offset: int) -> Page: ...


def terms(query: str) -> list[str]:
    """Words and "quoted phrases" of a query, in order; stop words dropped unless nothing else is left."""
    found = [(phrase or word).strip() for phrase, word in _TERM.findall(query)]
    found = [t for t in found if t and t not in _OPERATORS and t.strip("\"'*^():-")]
    content = [t for t in found if " " in t or t.lower() not in STOPWORDS]
    return content or found


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _year_slices() -> Iterator[tuple[int | None, str]]:
    """Years with dated entries, newest first, then the undated: (year, label)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT min(date), max(date) FROM search_searchentry")
        low, high = cursor.fetchone()
    if low is not None:
        first, last = (d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d)) for d in (low, high))
        for year in range(last.year, first.year - 1, -1):
            yield year, str(year)
    yield None, "undated"


def _final_score(relevance: float, weight: float, date: Any, today: dt.date) -> float:
    day = date if isinstance(date, dt.date) or date is None else dt.date.fromisoformat(str(date))
    age = max(0, (today - (day or dt.date(2000, 1, 1))).days)
    return relevance * weight / (1.0 + age / HALF_LIFE_DAYS)


_LABELS = """SELECT e.id, e.kind, e.object_id, e.title, e.date, e.body_id, e.meeting_id, e.source_id,
       e.line, e.page, e.weight, b.name AS body_name, s.original_name AS source_name
  FROM search_searchentry e
  LEFT JOIN records_body b ON b.id = e.body_id
  LEFT JOIN records_sourcefile s ON s.id = e.source_id
 WHERE e.id IN ({ids})"""


def _labels(ids: list[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(_LABELS.format(ids=", ".join(["%s"] * len(ids))), ids)
        return {row["id"]: row for row in _rows(cursor)}


def _priors(ids: list[int]) -> dict[int, tuple[float, Any]]:
    """Each candidate's ranking weight and date."""
    if not ids:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, weight, date FROM search_searchentry WHERE id IN ({', '.join(['%s'] * len(ids))})",
            ids,
        )
        return {pk: (weight, date) for pk, weight, date in cursor.fetchall()}


class _Ranked:
    """Steps 1-4 of the module docstring; subclasses say how to count, rank and snip."""

    def count(self, where: Any, cap: int) -> int:
        """Matches of ``where``, counted up to ``cap``."""
        raise NotImplementedError

    def best(self, where: Any, n: int) -> list[tuple[int, float]]:
        """(entry id, text relevance: higher is better) of the n most relevant matches."""
        raise NotImplementedError

    def in_year(self, where: Any, year: int | None) -> Any:
        raise NotImplementedError

    def snippets(self, query: Any, ids: list[int]) -> dict[int, str]:
        raise NotImplementedError

    def ranked(self, where: Any, snip: Any, limit: int, offset: int) -> Page:
        total = self.count(where, COUNT_CAP + 1)
        capped = total > COUNT_CAP
        total = min(total, COUNT_CAP)
        if total == 0 or offset >= total:
            return Page(total, [], capped)
        wanted = max(MIN_CANDIDATES, CANDIDATES_PER_SHOWN * (offset + limit))
        candidates = self._candidates(where, total, wanted)
        priors = _priors([pk for pk, _ in candidates])
        today = dt.date.today()
        scored = sorted(
            ((_final_score(rel, *priors[pk], today), pk) for pk, rel in candidates if pk in priors),
            key=lambda s: (-s[0], s[1]),
        )[offset : offset + limit]
        labels = _labels([pk for _, pk in scored])
        snippets = self.snippets(snip, [pk for _, pk in scored])
        rows = [{**labels[pk], "score": score, "snippet": snippets.get(pk, "")} for score, pk in scored]
        return Page(total, rows, capped)

    def _candidates(self, where: Any, total: int, n: int) -> list[tuple[int, float]]:
        if total <= POOL:
            return self.best(where, n)
        found: list[tuple[int, float]] = []
        looked_at = 0
        for year, _ in _year_slices():
            best = self.best(self.in_year(where, year), max(n, POOL - looked_at))
            found += best[:n]
            looked_at += len(best)
            if looked_at >= POOL and len(found) >= n:
                break
        return found


class SQLiteFTS(_Ranked):
    """SQLite FTS5: bm25 (title 4x text), filters as facet words inside the MATCH expression."""

    def usable(self, query: str) -> bool:
        return bool(self.words(query))

    @staticmethod
    def words(query: str) -> str:
        """The query's terms as FTS5 phrases (all must occur), searched in title and text."""
        return " ".join('"' + term.replace('"', '""') + '"' for term in terms(query))

    @staticmethod
    def match(query: str, filters: Filters | None = None) -> str:
        """An FTS5 MATCH expression for the query and the filters (as facet words)."""
        expression = f"{{title text}} : ({SQLiteFTS.words(query)})"
        for group in _facet_groups(filters or Filters()):
            expression += f" AND facets : ({' OR '.join(group)})"
        return expression

    def run(self, query: str, filters: Filters, limit: int, offset: int) -> Page:
        if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
            return Page(0, [])
        return self.ranked(self.match(query, filters), self.words(query), limit, offset)

    def count(self, where: str, cap: int) -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH %s LIMIT %s)",
                [where, cap],
            )
            return int(cursor.fetchone()[0])

    def best(self, where: str, n: int) -> list[tuple[int, float]]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT rowid, bm25(search_fts, 4.0, 1.0, 0.0) AS r FROM search_fts "
                "WHERE search_fts MATCH %s ORDER BY r LIMIT %s",
                [where, n],
            )
            return [(pk, -float(r)) for pk, r in cursor.fetchall()]

    def in_year(self, where: str, year: int | None) -> str:
        return f"{where} AND facets : {facets.year_token(year) if year else facets.NO_DATE}"

    def snippets(self, words: str, ids: list[int]) -> dict[int, str]:
        if not ids:
            return {}
        marks = ", ".join(["%s"] * len(ids))
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT rowid, snippet(search_fts, 1, char(2), char(3), '…', 24) FROM search_fts "
                f"WHERE search_fts MATCH %s AND rowid IN ({marks})",
                [f"{{title text}} : ({words})", *ids],
            )
            return dict(cursor.fetchall())


def _facet_groups(filters: Filters) -> list[list[str]]:
    """Each filter as a group of facet words, any of which may match."""
    groups = []
    if filters.kind:
        groups.append([facets.kind_token(filters.kind)])
    if filters.body_id is not None:
        groups.append([facets.body_token(filters.body_id)])
    if filters.person_id is not None:
        groups.append([facets.person_token(filters.person_id)])
    if filters.date_from or filters.date_to:
        groups.append(_date_words(filters.date_from, filters.date_to))
    return groups


def _date_words(date_from: dt.date | None, date_to: dt.date | None) -> list[str]:
    """Facet words for a date range, clamped to the dates the index holds."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT min(date), max(date) FROM search_searchentry")
        low, high = (
            d if d is None or isinstance(d, dt.date) else dt.date.fromisoformat(str(d))
            for d in cursor.fetchone()
        )
    if low is None or high is None:
        return ["dnone"]
    start, end = max(date_from or low, low), min(date_to or high, high)
    return facets.range_tokens(start, end) if start <= end else ["dnone"]


class PostgresFTS(_Ranked):
    """PostgreSQL full-text search: websearch_to_tsquery over the weighted, GIN-indexed tsvector."""

    config = "english"

    def usable(self, query: str) -> bool:
        return bool(terms(query))

    def run(self, query: str, filters: Filters, limit: int, offset: int) -> Page:
        conditions, params = filters.sql()
        text = " ".join(f'"{t}"' if " " in t else t for t in terms(query))
        where = (f"e.document @@ websearch_to_tsquery('{self.config}', %s){conditions}", [text, *params])
        return self.ranked((where, text), text, limit, offset)

    def count(self, where: tuple[tuple[str, list[Any]], str], cap: int) -> int:
        (sql, params), _ = where
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM search_searchentry e WHERE {sql} LIMIT %s) m",
                [*params, cap],
            )
            return int(cursor.fetchone()[0])

    def best(self, where: tuple[tuple[str, list[Any]], str], n: int) -> list[tuple[int, float]]:
        (sql, params), text = where
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.id, ts_rank(e.document, websearch_to_tsquery('{self.config}', %s)) AS r "
                f"FROM search_searchentry e WHERE {sql} ORDER BY r DESC LIMIT %s",
                [text, *params, n],
            )
            return [(pk, float(r)) for pk, r in cursor.fetchall()]

    def in_year(self, where: tuple[tuple[str, list[Any]], str], year: int | None) -> Any:
        (sql, params), text = where
        if year is None:
            return (f"{sql} AND e.date IS NULL", params), text
        span = [dt.date(year, 1, 1), dt.date(year + 1, 1, 1)]
        return (f"{sql} AND e.date >= %s AND e.date < %s", [*params, *span]), text

    def snippets(self, text: str, ids: list[int]) -> dict[int, str]:
        if not ids:
            return {}
        options = (
            'StartSel=\x02, StopSel=\x03, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, ts_headline('{self.config}', text, websearch_to_tsquery('{self.config}', %s), %s) "
                "FROM search_searchentry WHERE id = ANY(%s)",
                [text, options, ids],
            )
            return dict(cursor.fetchall())


class LikeFallback:
    """Any other database: every term as a case-insensitive substring; newest first."""

    def usable(self, query: str) -> bool:
        return bool(terms(query))

    def run(self, query: str, filters: Filters, limit: int, offset: int) -> Page:
        conditions, params = filters.sql()
        likes = " AND ".join("LOWER(e.text) LIKE %s" for _ in terms(query))
        like_params = [f"%{t.lower()}%" for t in terms(query)]
        base = f"FROM search_searchentry e WHERE {likes}{conditions}"
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) {base}", [*like_params, *params])
            total = cursor.fetchone()[0]
            cursor.execute(
                f"SELECT e.id, e.weight AS score, e.text {base} ORDER BY e.date DESC, e.id LIMIT %s OFFSET %s",
                [*like_params, *params, limit, offset],
            )
            rows = cursor.fetchall()
        labels = _labels([pk for pk, _, _ in rows])
        return Page(
            total, [{**labels[pk], "score": s, "snippet": text[:300]} for pk, s, text in rows if pk in labels]
        )


def for_vendor(vendor: str) -> Backend:
    if vendor == "sqlite":
        return SQLiteFTS()
    if vendor == "postgresql":
        return PostgresFTS()
    return LikeFallback()
