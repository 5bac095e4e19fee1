"""Limit/offset pagination with both bounds checked (a huge offset is a 422, never a 500)."""

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Schema
from ninja.pagination import PaginationBase

MAX_LIMIT = 100
MAX_OFFSET = 1_000_000


class Page(PaginationBase):
    class Input(Schema):
        limit: int = Field(20, ge=1, le=MAX_LIMIT, description="How many to return (1 to 100)")
        offset: int = Field(0, ge=0, le=MAX_OFFSET, description="How many to skip")

    class Output(Schema):
        items: list[Any]
        count: int

    def paginate_queryset(
        self, queryset: QuerySet[Any], pagination: Input, request: HttpRequest, **params: Any
    ) -> Any:
        start = pagination.offset
        return {"items": queryset[start : start + pagination.limit], "count": queryset.count()}
