"""Facet tokens: filters (kind, body, dates, people) as words in the full-text index.

SQLite FTS5 answers ``facets:(b12) AND {title text}:(…)`` from its own index,
so a filter never needs a scan of matching rows.  A date is indexed as its
year, month and day; a date range becomes the fewest tokens that cover it
exactly (whole years, then whole months, then days).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

NO_DATE = "ynone"


def kind_token(kind: str) -> str:
    return "k" + "".join(ch for ch in kind if ch.isalnum())


def body_token(body_id: int) -> str:
    return f"b{body_id}"


def person_token(person_id: int) -> str:
    return f"p{person_id}"


def year_token(year: int) -> str:
    return f"y{year}"


def date_tokens(date: dt.date | None) -> list[str]:
    if date is None:
        return [NO_DATE]
    return [year_token(date.year), f"m{date:%Y%m}", f"d{date:%Y%m%d}"]


def facets(kind: str, body_id: int | None, date: dt.date | None, people: Iterable[int] = ()) -> str:
    """The facet words of one index entry."""
    words = [kind_token(kind), *date_tokens(date), *(person_token(p) for p in sorted(set(people)))]
    if body_id is not None:
        words.append(body_token(body_id))
    return " ".join(words)


def _month_end(day: dt.date) -> dt.date:
    following = day.replace(day=28) + dt.timedelta(days=4)
    return following - dt.timedelta(days=following.day)


def range_tokens(start: dt.date, end: dt.date) -> list[str]:
    """The fewest year/month/day tokens whose dates are exactly start..end (inclusive)."""
    tokens: list[str] = []
    day = start
    while day <= end:
        if day.month == 1 and day.day == 1 and dt.date(day.year, 12, 31) <= end:
            tokens.append(year_token(day.year))
            day = dt.date(day.year + 1, 1, 1)
        elif day.day == 1 and _month_end(day) <= end:
            tokens.append(f"m{day:%Y%m}")
            day = _month_end(day) + dt.timedelta(days=1)
        else:
            tokens.append(f"d{day:%Y%m%d}")
            day += dt.timedelta(days=1)
    return tokens
