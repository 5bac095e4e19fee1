"""The full-text backends behind ``search()``: SQLite FTS5, PostgreSQL tsvector, and a LIKE fallback.

Each runs two statements: rank the matches (ids and scores, one page), then
fetch snippets and labels for that page only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Protocol

from django.db import connection

# Recency: a passage five years older weighs half as much.
HALF_LIFE_DAYS = 5 * 365.0
_TERM = re.compile(r'"([^"]{1,200})"|(\S{1,100})')


@dataclass(frozen=True)
class Filters:
    body_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kind: str | None = None
    person_id: int | None = None

    def sql(self, placeholder: str = "%s") -> tuple[str, list[Any]]:
        """WHERE conditions on search_searchentry aliased ``e``."""
        parts: list[str] = []
        params: list[Any] = []
        for column, op, value in (
            ("e.body_id", "=", self.body_id),
            ("e.date", ">=", self.date_from),
            ("e.date", "<=", self.date_to),
            ("e.kind", "=", self.kind),
        ):
            if value is not None:
                parts.append(f"{column} {op} {placeholder}")
                params.append(value.isoformat() if isinstance(value, dt.date) else value)
        if self.person_id is not None:
            parts.append(
                "EXISTS (SELECT 1 FROM search_searchentry_people p "
                f"WHERE p.searchentry_id = e.id AND p.person_id = {placeholder})"
            )
            params.append(self.person_id)
        return "".join(f" AND {p}" for p in parts), params


class Backend(Protocol):
    def usable(self, query: str) -> bool: ...

    def run(
        self, query: str, filters: Filters, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]: ...


def terms(query: str) -> list[str]:
    """Words and "quoted phrases" of a query, in order."""
    return [(phrase or word).strip() for phrase, word in _TERM.findall(query) if (phrase or word).strip()]


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


_LABELS = """SELECT e.id, e.kind, e.object_id, e.title, e.date, e.body_id, e.meeting_id, e.source_id,
       e.line, e.page, b.name AS body_name, s.original_name AS source_name
  FROM search_searchentry e
  LEFT JOIN records_body b ON b.id = e.body_id
  LEFT JOIN records_sourcefile s ON s.id = e.source_id
 WHERE e.id IN ({ids})"""


def _page(
    ranked: list[tuple[int, float]], snippets: dict[int, str], placeholder: str
) -> list[dict[str, Any]]:
    if not ranked:
        return []
    ids = [pk for pk, _ in ranked]
    with connection.cursor() as cursor:
        cursor.execute(_LABELS.format(ids=", ".join([placeholder] * len(ids))), ids)
        labels = {row["id"]: row for row in _rows(cursor)}
    return [
        {**labels[pk], "score": score, "snippet": snippets.get(pk, "")}
        for pk, score in ranked
        if pk in labels
    ]


class SQLiteFTS:
    """SQLite FTS5 with bm25 (title weighs 4x text)."""

    def usable(self, query: str) -> bool:
        return bool(self.match(query))

    @staticmethod
    def match(query: str) -> str:
        """An FTS5 MATCH expression: every term must occur; each term is a quoted phrase."""
        quoted = []
        for term in terms(query):
            if term in ("OR", "AND", "NOT"):
                continue
            quoted.append('"' + term.replace('"', '""') + '"')
        return " ".join(quoted)

    def run(self, query: str, filters: Filters, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        match = self.match(query)
        where, params = filters.sql()
        base = f"FROM search_fts JOIN search_searchentry e ON e.id = search_fts.rowid WHERE search_fts MATCH %s{where}"
        score = (
            "(-bm25(search_fts, 4.0, 1.0)) * e.weight / "
            f"(1.0 + max(0, julianday('now') - julianday(coalesce(e.date, '2000-01-01'))) / {HALF_LIFE_DAYS})"
        )
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) {base}", [match, *params])
            total = cursor.fetchone()[0]
            cursor.execute(
                f"SELECT e.id, {score} AS score {base} ORDER BY score DESC, e.id LIMIT %s OFFSET %s",
                [match, *params, limit, offset],
            )
            ranked = [(row[0], row[1]) for row in cursor.fetchall()]
            snippets = self._snippets(cursor, match, [pk for pk, _ in ranked])
        return total, _page(ranked, snippets, "%s")

    @staticmethod
    def _snippets(cursor: Any, match: str, ids: list[int]) -> dict[int, str]:
        if not ids:
            return {}
        marks = ", ".join(["%s"] * len(ids))
        cursor.execute(
            "SELECT rowid, snippet(search_fts, 1, char(2), char(3), '…', 24) FROM search_fts "
            f"WHERE search_fts MATCH %s AND rowid IN ({marks})",
            [match, *ids],
        )
        return dict(cursor.fetchall())


class PostgresFTS:
    """PostgreSQL full-text search: websearch_to_tsquery, ts_rank over the weighted tsvector."""

    config = "english"

    def usable(self, query: str) -> bool:
        return bool(terms(query))

    def run(self, query: str, filters: Filters, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        where, params = filters.sql()
        tsq = f"websearch_to_tsquery('{self.config}', %s)"
        base = f"FROM search_searchentry e WHERE e.document @@ {tsq}{where}"
        score = (
            f"ts_rank(e.document, {tsq}) * e.weight / "
            f"(1.0 + greatest(0, current_date - coalesce(e.date, date '2000-01-01')) / {HALF_LIFE_DAYS})"
        )
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) {base}", [query, *params])
            total = cursor.fetchone()[0]
            cursor.execute(
                f"SELECT e.id, {score} AS score {base} ORDER BY score DESC, e.id LIMIT %s OFFSET %s",
                [query, query, *params, limit, offset],
            )
            ranked = [(row[0], float(row[1])) for row in cursor.fetchall()]
            snippets = self._snippets(cursor, query, [pk for pk, _ in ranked])
        return total, _page(ranked, snippets, "%s")

    def _snippets(self, cursor: Any, query: str, ids: list[int]) -> dict[int, str]:
        if not ids:
            return {}
        options = (
            'StartSel=\x02, StopSel=\x03, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'
        )
        cursor.execute(
            f"SELECT id, ts_headline('{self.config}', text, websearch_to_tsquery('{self.config}', %s), %s) "
            "FROM search_searchentry WHERE id = ANY(%s)",
            [query, options, ids],
        )
        return dict(cursor.fetchall())


class LikeFallback:
    """Any other database: every term as a case-insensitive substring; newest first."""

    def usable(self, query: str) -> bool:
        return bool(terms(query))

    def run(self, query: str, filters: Filters, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        where, params = filters.sql()
        likes = " AND ".join("LOWER(e.text) LIKE %s" for _ in terms(query))
        like_params = [f"%{t.lower()}%" for t in terms(query)]
        base = f"FROM search_searchentry e WHERE {likes}{where}"
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) {base}", [*like_params, *params])
            total = cursor.fetchone()[0]
            cursor.execute(
                f"SELECT e.id, e.weight AS score, e.text {base} ORDER BY e.date DESC, e.id LIMIT %s OFFSET %s",
                [*like_params, *params, limit, offset],
            )
            rows = cursor.fetchall()
        ranked = [(pk, float(score)) for pk, score, _ in rows]
        return total, _page(ranked, {pk: text[:300] for pk, _, text in rows}, "%s")


def for_vendor(vendor: str) -> Backend:
    if vendor == "sqlite":
        return SQLiteFTS()
    if vendor == "postgresql":
        return PostgresFTS()
    return LikeFallback()
