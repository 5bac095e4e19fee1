"""The shapes the API returns.  Text is returned as printed (JSON-encoded, never HTML)."""

import datetime as dt
from typing import Any

from django.urls import reverse
from ninja import Field, Schema

from minutebook.web import queries
from minutebook.web.templatetags.minutebook import source_link


class Sourced(Schema):
    """Where a fact was read from: the pack, its line and page, and the source viewer URL."""

    source_id: int | None
    line: int
    page: int | None = None
    source_url: str = ""

    @staticmethod
    def resolve_source_url(obj: Any) -> str:
        return source_link(obj.source_id, obj.line)


class NotFound(Schema):
    detail: str


class Invalid(Schema):
    """Parameters that do not validate: one entry per problem (where, what)."""

    detail: list[dict[str, Any]]


def one(schema: Any) -> dict[int, Any]:
    """Responses of an endpoint returning one object: it, not found, or invalid parameters."""
    return {200: schema, 404: NotFound, 422: Invalid}


def many(schema: Any) -> dict[int, Any]:
    """Responses of a list endpoint: the (paginated) list, or invalid parameters."""
    return {200: list[schema], 422: Invalid}


def _hhmm(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


class BodyOut(Schema):
    id: int
    name: str
    slug: str
    kind: str
    joint: bool


class MeetingOut(Schema):
    id: int
    body: BodyOut
    date: dt.date | None
    time: str | None = Field(None, pattern=r"^\d{2}:\d{2}$", description="Start, 24-hour local time (HH:MM)")
    ended: str | None = Field(None, pattern=r"^\d{2}:\d{2}$", description="End, 24-hour local time (HH:MM)")
    venue: str
    kind: str
    url: str = ""

    @staticmethod
    def resolve_time(obj: Any) -> str | None:
        return _hhmm(obj.time)

    @staticmethod
    def resolve_ended(obj: Any) -> str | None:
        return _hhmm(obj.ended)

    @staticmethod
    def resolve_url(obj: Any) -> str:
        return reverse("web:meeting", args=[obj.pk])


class ItemOut(Sourced):
    id: int
    meeting_id: int
    record_kind: str
    number: str
    title: str
    part: str
    first_page: int | None
    last_page: int | None


class AttendanceOut(Sourced):
    person_slug: str
    name: str
    status: str
    role: str
    deputy_for: str

    @staticmethod
    def resolve_person_slug(obj: Any) -> str:
        return str(obj.person.slug)


class DeclarationOut(Sourced):
    person_slug: str
    name: str
    text: str

    @staticmethod
    def resolve_person_slug(obj: Any) -> str:
        return str(obj.person.slug)


class ParagraphOut(Sourced):
    id: int
    item_id: int | None
    number: str
    text: str


class ResolutionOut(Sourced):
    id: int
    meeting_id: int
    meeting_date: dt.date | None = None
    item_number: str
    paragraph: str
    text: str

    @staticmethod
    def resolve_meeting_date(obj: Any) -> dt.date | None:
        return obj.meeting.date  # type: ignore[no-any-return]


class MeetingDetail(MeetingOut):
    """A meeting with its public business; the endpoint prefetches ``public_*`` lists."""

    items: list[ItemOut]
    attendance: list[AttendanceOut]
    declarations: list[DeclarationOut]
    paragraphs: list[ParagraphOut]
    resolutions: list[ResolutionOut]

    @staticmethod
    def resolve_items(obj: Any) -> Any:
        return obj.public_items

    @staticmethod
    def resolve_attendance(obj: Any) -> Any:
        return obj.public_attendance

    @staticmethod
    def resolve_declarations(obj: Any) -> Any:
        return obj.public_declarations

    @staticmethod
    def resolve_paragraphs(obj: Any) -> Any:
        return queries.public_paragraphs().filter(meeting=obj).order_by("position")

    @staticmethod
    def resolve_resolutions(obj: Any) -> Any:
        return queries.public_resolutions().filter(meeting=obj).select_related("meeting").order_by("line")


class PersonOut(Schema):
    id: int
    slug: str
    name: str
    meetings_attended: int
    apologies_sent: int
    attendance_rate: float | None
    url: str = ""

    @staticmethod
    def resolve_url(obj: Any) -> str:
        return reverse("web:person", args=[obj.slug])


class RoleOut(Schema):
    body: str
    role: str
    since: dt.date | None
    until: dt.date | None


class PersonDetail(PersonOut):
    aliases: list[str]
    roles: list[RoleOut]
    deputies_sent: int


class ActionOut(Schema):
    id: int
    body_id: int | None
    meeting_id: int | None
    meeting_date: dt.date | None
    topic: str
    text: str
    status: str
    comment: str
    leads: list[str]
    first_printed_on: dt.date | None
    last_printed_on: dt.date | None
    url: str = ""

    @staticmethod
    def resolve_leads(obj: Any) -> list[str]:
        return list(dict.fromkeys(lead.name for lead in obj.leads.all()))

    @staticmethod
    def resolve_url(obj: Any) -> str:
        return reverse("web:action", args=[obj.pk])


class ActionUpdateOut(Sourced):
    printed_on: dt.date | None
    status: str
    comment: str
    text: str


class ActionDetail(ActionOut):
    history: list[ActionUpdateOut]

    @staticmethod
    def resolve_history(obj: Any) -> Any:
        return obj.history()


class SearchHitOut(Schema):
    kind: str
    object_id: int
    title: str
    snippet_html: str
    rank: float
    date: dt.date | None
    body: str
    meeting_id: int | None
    source_id: int | None
    line: int
    page: int | None
    url: str
    source_url: str


class SearchOut(Schema):
    query: str
    total: int
    limit: int
    offset: int
    hits: list[SearchHitOut]
