"""Template helpers: links to source lines, durations in words, status tags."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse

register = template.Library()


@functools.lru_cache(maxsize=8192)
def _path(name: str, arg: int | str, prefix: str, urlconf: object) -> str:
    return reverse(name, args=[arg])


def path_to(name: str, arg: int | str) -> str:
    """``reverse(name, args=[arg])``, remembered: a page links the same few pages many times."""
    return _path(name, arg, get_script_prefix(), get_urlconf())


@receiver(setting_changed)
def _forget_paths(**kwargs: Any) -> None:
    _path.cache_clear()


def source_link(source_id: int | None, line: int | None) -> str:
    """The source viewer at a line: ``/sources/3/?line=120#L120``."""
    if not source_id:
        return ""
    url = path_to("web:source", source_id)
    return f"{url}?line={line}#L{line}" if line else url


@register.filter
def source_url(fact: Any) -> str:
    """The source line a fact was read from (any object with ``source_id`` and ``line``)."""
    return source_link(getattr(fact, "source_id", None), getattr(fact, "line", None))


@register.filter
def person_url(slug: str) -> str:
    """A person's page, from their slug (the ``{% url %}`` tag, remembered)."""
    return path_to("web:person", slug)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@register.filter
def duration_words(value: dt.timedelta | None) -> str:
    """A duration a resident reads at a glance: "12 days", "5 months", "2 years 3 months"."""
    if value is None:
        return "unknown"
    days = value.days
    if days < 62:
        return _plural(days, "day")
    months = round(days / 30.44)
    if months < 24:
        return _plural(months, "month")
    years, rest = divmod(months, 12)
    return _plural(years, "year") + (f" {_plural(rest, 'month')}" if rest else "")


STATUS_CLASSES = {
    "completed": "tag--green",
    "in_progress": "tag--blue",
    "deferred": "tag--yellow",
    "open": "tag--grey",
}


@register.filter
def status_class(status: str) -> str:
    return STATUS_CLASSES.get(status, "tag--grey")


@register.simple_tag(takes_context=True)
def query_with(context: Any, **changes: Any) -> str:
    """The current query string with some parameters replaced (for pagination links)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params[key] = value
    return "?" + params.urlencode()


@register.filter
def without_number(text: str, number: str) -> str:
    """Paragraph text without its printed number at the start (the page shows the number apart)."""
    if number and text.startswith(number):
        return text[len(number) :].lstrip(" .)")
    return text
