"""The API object: read-only endpoints over the public record, OpenAPI at /api/openapi.json."""

from __future__ import annotations

from ninja import NinjaAPI

from minutebook.api import actions, meetings, people, search

DESCRIPTION = """The public record of the boards and committees, read from their meeting packs.

Read-only: every endpoint is a GET.  Lists are paginated with `limit` and `offset`
and return `{"items": [...], "count": N}`.  Every fact carries the pack (`source_id`),
`line` and `page` it was read from, and `source_url`, the line in the source viewer.
Exempt (Part 2) business is never returned.
"""

api = NinjaAPI(
    title="minutebook",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
)
api.add_router("", meetings.router)
api.add_router("", people.router)
api.add_router("", actions.router)
api.add_router("", search.router)
