"""Query parameters shared by the endpoints, and their cleaning."""

from typing import Annotated

from ninja import Path, Query

MAX_ID = 2**53
Id = Annotated[int, Path(ge=1, le=MAX_ID, description="Numeric id")]
MeetingFilter = Annotated[int | None, Query(ge=1, le=MAX_ID, description="Meeting id")]
Slug = Annotated[str, Path(pattern=r"^[-a-zA-Z0-9_]{1,80}$", description="Slug, as in the web page's URL")]


def text(value: str | None, limit: int = 200) -> str:
    """A free-text parameter: trimmed, bounded, without NUL (which PostgreSQL refuses)."""
    return (value or "").replace("\x00", "").strip()[:limit]
