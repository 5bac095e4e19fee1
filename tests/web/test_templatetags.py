"""Template helpers: durations in words, source links, paragraph numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse, set_script_prefix

from minutebook.web.templatetags.minutebook import (
    duration_words,
    person_url,
    source_link,
    status_class,
    without_number,
)


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (0, "0 days"),
        (1, "1 day"),
        (45, "45 days"),
        (90, "3 months"),
        (365, "12 months"),
        (800, "2 years 2 months"),
        (730, "2 years"),
    ],
)
def test_duration_words(days: int, words: str) -> None:
    assert duration_words(dt.timedelta(days=days)) == words


def test_unknown_duration() -> None:
    assert duration_words(None) == "unknown"


@pytest.mark.parametrize(
    ("text", "number", "shown"),
    [
        ("4.1 The Board", "4.1", "The Board"),
        ("4.1. Text", "4.1", "Text"),
        ("The Board", "4.1", "The Board"),
        ("Text", "", "Text"),
    ],
)
def test_without_number(text: str, number: str, shown: str) -> None:
    assert without_number(text, number) == shown


def test_status_class() -> None:
    assert status_class("completed") == "tag--green" and status_class("whatever") == "tag--grey"


def test_person_url_and_source_link_are_the_reversed_paths() -> None:
    assert person_url("ann-smith") == reverse("web:person", args=["ann-smith"])
    assert person_url("ann-smith") == reverse("web:person", args=["ann-smith"])  # remembered
    assert source_link(3, 120) == reverse("web:source", args=[3]) + "?line=120#L120"


def test_remembered_paths_follow_a_change_of_script_prefix() -> None:
    before = person_url("ann-smith")
    set_script_prefix("/council/")
    try:
        assert person_url("ann-smith") == "/council" + before
    finally:
        set_script_prefix("/")
    assert person_url("ann-smith") == before
