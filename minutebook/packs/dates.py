"""Dates and times as councils print them, to ISO dates and 24-hour times.

"Thursday 24th May, 2018", "24 th May 2018", "9 May 2019", "06/07/21",
"1st October 2015", "April 2018" (-> "2018-04"); "4pm", "4.30 pm", "6.00pm",
"16:00", "4.00 p.m.", "noon".  A weekday that disagrees with the date is
ignored: the printed day of the month wins.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache

from dateutil import parser as dateparser

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
_ORDINAL = r"(?:st|nd|rd|th)?"

# Rules as a table: name -> pattern.  Groups: d (day), m (month), y (year).
DATE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "day month year",
        re.compile(
            rf"\b(?:{_WEEKDAY})?(?P<d>\d{{1,2}})\s?{_ORDINAL}\.?\s+(?:of\s+)?(?P<m>{_MONTHS})\.?,?\s+(?P<y>\d{{4}})\b",
            re.I,
        ),
    ),
    (
        "month day year",
        re.compile(
            rf"\b(?:{_WEEKDAY})?(?P<m>{_MONTHS})\.?\s+(?P<d>\d{{1,2}})\s?{_ORDINAL},?\s+(?P<y>\d{{4}})\b",
            re.I,
        ),
    ),
    ("numeric", re.compile(r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})\b")),
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
)
MONTH_YEAR = re.compile(rf"^\s*(?P<m>{_MONTHS})\.?,?\s+(?P<y>\d{{4}})\s*$", re.I)


@lru_cache(maxsize=256)
def _month_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    try:
        return dateparser.parse(f"1 {text} 2000").month
    except (ValueError, OverflowError):
        return None


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _build(match: re.Match[str]) -> str | None:
    month = _month_number(match["m"])
    if month is None:
        return None
    try:
        return date(_year(match["y"]), month, int(match["d"])).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first date printed in ``text``, as ISO ``YYYY-MM-DD``; else None."""
    best: tuple[int, str] | None = None
    for _name, pattern in DATE_RULES:
        for match in pattern.finditer(text):
            iso = _build(match)
            if iso and (best is None or match.start() < best[0]):
                best = (match.start(), iso)
            if iso:
                break
    return best[1] if best else None


def find_dates(text: str) -> list[tuple[int, str]]:
    """Every date printed in ``text`` as (offset, ISO), in order."""
    found: dict[int, str] = {}
    for _name, pattern in DATE_RULES:
        for match in pattern.finditer(text):
            iso = _build(match)
            if iso and not any(abs(match.start() - k) < 4 for k in found):
                found[match.start()] = iso
    return sorted(found.items())


def parse_date(text: str | None) -> str | None:
    """A printed date to ISO: a full date, or a bare "April 2018" to "2018-04"."""
    if not text:
        return None
    iso = find_date(text)
    if iso:
        return iso
    match = MONTH_YEAR.match(text)
    if match:
        month = _month_number(match["m"])
        return f"{int(match['y']):04d}-{month:02d}" if month else None
    return None


TIME = re.compile(
    r"\b(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<ampm>[ap])\.?\s?m\b\.?|\b(?P<h24>[01]?\d|2[0-3])[:.](?P<m24>[0-5]\d)\b"
    r"|\b(?P<noon>noon|midday)\b",
    re.I,
)


def _time_of(match: re.Match[str]) -> str | None:
    if match["noon"]:
        return "12:00"
    if match["h24"] is not None:
        return f"{int(match['h24']):02d}:{match['m24']}"
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if hour > 12 or minute > 59:
        return None
    if match["ampm"].lower() == "p" and hour != 12:
        hour += 12
    if match["ampm"].lower() == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def find_time(text: str | None) -> str | None:
    """The first clock time printed in ``text`` as 24-hour ``HH:MM``; else None."""
    if not text:
        return None
    for match in TIME.finditer(text):
        value = _time_of(match)
        if value:
            return value
    return None


DAY_MONTH = re.compile(
    rf"\b(?:{_WEEKDAY})?(?P<d>\d{{1,2}})\s?{_ORDINAL}\.?\s+(?:of\s+)?(?P<m>{_MONTHS})\b\.?"
    rf"|\b(?:{_WEEKDAY})?(?P<m2>{_MONTHS})\.?\s+(?P<d2>\d{{1,2}})\s?{_ORDINAL}\b",
    re.I,
)
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def find_day_month(text: str) -> tuple[int, int] | None:
    """The first day and month printed without a year ("Thursday 15th July"), as (day, month)."""
    for match in DAY_MONTH.finditer(text):
        month = _month_number(match["m"] or match["m2"])
        day = int(match["d"] or match["d2"])
        if month and 1 <= day <= 31:
            return day, month
    return None


def parse_date_in_year(text: str | None, year: int | None) -> str | None:
    """A printed date to ISO, taking ``year`` where the date prints none ("Thursday 15 July")."""
    iso = parse_date(text)
    if iso or not text or year is None:
        return iso
    found = find_day_month(text)
    if found is None:
        return None
    try:
        return date(year, found[1], found[0]).isoformat()
    except ValueError:
        return None


def common_year(texts: list[str]) -> int | None:
    """The year printed most often in ``texts`` (ties: the earliest printed), else None."""
    counts = Counter(YEAR.findall("\n".join(texts)))
    return int(counts.most_common(1)[0][0]) if counts else None
