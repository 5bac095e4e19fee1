"""Minute references as item numbers: letters, a year and a count ("EN 24/010", "C/2024/040", "24/002")."""

from __future__ import annotations

import pytest

from minutebook.packs import minutes
from minutebook.packs.lines import Line
from minutebook.packs.minutes_items import number_value, prefix_of


@pytest.mark.parametrize(
    ("number", "value", "prefix"),
    [
        ("63", 63, ""),
        ("12/21", 12, ""),
        ("24/002", 2, ""),
        ("EN 24/010", 10, "EN"),
        ("C/2024/040", 40, "C"),
        ("JC/24/33", 33, "JC"),
        ("PC/52", 52, "PC"),
        ("CAB 40", 40, "CAB"),
    ],
)
def test_the_count_and_series_of_a_reference(number: str, value: int, prefix: str) -> None:
    assert (number_value(number), prefix_of(number)) == (value, prefix)


def _items(text: str) -> list[tuple[str, str]]:
    lines = [Line(n, t.strip(), t) for n, t in enumerate(text.split("\n"), 1)]
    (meeting,) = minutes.read(lines)
    return [(i.number, i.title) for i in meeting.items]


HEAD = "Minutes of the Audit Panel held on 3 June 2024 at 10.00 am\n\nPresent: Councillor M Hale (Chair)\n\n"


def test_year_and_count_after_a_tab() -> None:
    body = "24/001\tApologies for absence\n\nNone.\n\n24/002\tDeclarations of interest\n\nNone.\n"
    assert _items(HEAD + body) == [
        ("24/001", "Apologies for absence"),
        ("24/002", "Declarations of interest"),
    ]


def test_a_committee_prefix_and_a_slash_counts_on() -> None:
    body = "JC/24/33 Apologies\n\nNone.\n\nJC/24/34 Minutes\n\nRESOLVED that the minutes be approved.\n\nPC/52 Budget\n"
    assert _items(HEAD + body) == [("JC/24/33", "Apologies"), ("JC/24/34", "Minutes")]


def test_a_planning_reference_in_the_text_is_no_item() -> None:
    body = "PC/51 Apologies\n\nNone.\n\nPC/52 Planning\n\n23/01922/FUL noted.\n24/15 Comments were made.\n\nPC/53 Finance\n"
    assert _items(HEAD + body) == [("PC/51", "Apologies"), ("PC/52", "Planning"), ("PC/53", "Finance")]
