"""Whole-page caching of the public pages, keyed by the version of the record.

The record changes only when packs are imported or people merges are made or
undone, so a page rendered once is good until then.  The version is read from
the database at most every ``VERSION_SECONDS``; a cached page also expires
after ``PAGE_SECONDS`` in case the record was edited another way (the admin).
Pages are the same for every visitor: they carry no session, user or CSRF token.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.db.models import Count, Max
from django.http import HttpRequest, HttpResponse

from minutebook.records.models import PersonMerge, SourceFile

PAGE_SECONDS = 300
VERSION_SECONDS = 2
VERSION_KEY = "minutebook:record-version"

View = Callable[..., HttpResponse]


def _read_version() -> str:
    packs = SourceFile.objects.aggregate(n=Count("id"), last=Max("imported_at"))
    merges = PersonMerge.objects.aggregate(n=Count("id"), made=Max("created_at"), undone=Max("undone_at"))
    return hashlib.sha1(repr((packs, merges)).encode(), usedforsecurity=False).hexdigest()[:16]


def record_version() -> str:
    """A short fingerprint of the record, re-read from the database every few seconds."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = _read_version()
        cache.set(VERSION_KEY, version, VERSION_SECONDS)
    return str(version)


def _key(request: HttpRequest) -> str:
    path = hashlib.sha1(request.get_full_path().encode(), usedforsecurity=False).hexdigest()
    return f"minutebook:page:{record_version()}:{path}"


def cached_page(view: View) -> View:
    """Serve a GET page from the cache when the record has not changed since it was rendered."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method != "GET":
            return view(request, *args, **kwargs)
        key = _key(request)
        hit = cache.get(key)
        if hit is not None:
            return _response(*hit)
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:
            cache.set(key, (response.content, response["Content-Type"]), PAGE_SECONDS)
        return response

    return wrapper


def _response(content: bytes, content_type: str) -> HttpResponse:
    return HttpResponse(content, content_type=content_type)
