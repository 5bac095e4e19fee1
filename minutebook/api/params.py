"""Query parameters shared by the endpoints, and their cleaning."""

import datetime as dt
import re
from typing import Annotated, Any

from ninja import Path, Query
from pydantic import BeforeValidator

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_only(value: Any) -> Any:
    """Dates as YYYY-MM-DD only (pydantic would also take a number of seconds since 1970)."""
    if value is None or isinstance(value, dt.date) or (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
        return value
    raise ValueError("a date is written YYYY-MM-DD")


MAX_ID = 2**53
Id = Annotated[int, Path(ge=1, le=MAX_ID, description="Numeric id")]
MeetingFilter = Annotated[int | None, Query(ge=1, le=MAX_ID, description="Meeting id")]
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date_only)]
Slug = Annotated[str, Path(pattern=r"^[-a-zA-Z0-9_]{1,80}$", description="Slug, as in the web page's URL")]


def text(value: str | None, limit: int = 200) -> str:
    """A free-text parameter: trimmed, bounded, without NUL (which PostgreSQL refuses)."""
    return (value or "").replace("\x00", "").strip()[:limit]
