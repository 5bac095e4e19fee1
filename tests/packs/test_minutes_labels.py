"""The labels that open a formal decision (minutes_labels), lists of decisions after them, and the labels
that head a part of an attendance list."""

from __future__ import annotations

import pytest

from minutebook.packs.lines import Line
from minutebook.packs.minutes_attendance import GROUP_LABEL
from minutebook.packs.minutes_decisions import Resolver, split_following
from minutebook.packs.minutes_labels import DECISION_LABEL
from minutebook.packs.minutes_paragraphs import start


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("RESOLVED – That the report be noted.", "That the report be noted."),
        ("RESOLVED (unanimously) that the grant be made.", "that the grant be made."),
        ("RESOLVED unanimously – that the asset be listed.", "that the asset be listed."),
        ("AGREED: That the quote be accepted.", "That the quote be accepted."),
        ("AGREED to recommend that the precept be set.", "to recommend that the precept be set."),
        ("Agreed: the fees rise by 3%.", "the fees rise by 3%."),
        ("The Committee AGREED: (a) to write; (b) to report.", "(a) to write; (b) to report."),
        (
            "Proposed by Councillor A Bell, seconded by Councillor C Dale and AGREED – that the minutes be signed.",
            "that the minutes be signed.",
        ),
        (
            "It was moved by Councillor E Fry, seconded by Councillor G Hale, and RESOLVED that the plan be adopted.",
            "that the plan be adopted.",
        ),
        ("Decision: The Council will join the scheme.", "The Council will join the scheme."),
        ("DECISION: to defer the item.", "to defer the item."),
    ],
)
def test_a_decision_label_and_what_follows_it(text: str, rest: str) -> None:
    match = DECISION_LABEL.match(text)
    assert match is not None
    assert text[match.end() :] == rest


@pytest.mark.parametrize(
    "text",
    [
        "Members agreed that the matter be looked into further.",  # "agreed" in prose, not a label
        "The minutes were agreed as a correct record.",
        "AGREED ACTIONS FROM THE LAST MEETING BY OFFICERS",
        "Decisions taken under delegated powers",
    ],
)
def test_not_a_decision_label(text: str) -> None:
    assert DECISION_LABEL.match(text) is None


def test_a_wrapped_inline_list_goes_on_from_its_line_start() -> None:
    assert split_following("b", "to report the stile; (c) to thank the volunteers.") == [
        ("b", "to report the stile;"),
        ("c", "to thank the volunteers."),
    ]
    assert split_following("b", "to report the stile (see map) today.") == []


def _feed(*texts: str) -> list[tuple[str | None, str]]:
    resolver = Resolver()
    resolver.begin("4")
    for number, text in enumerate(texts, 1):
        first, *more = text.split("\n")
        paragraph = start(Line(number, first, first))
        for offset, wrapped in enumerate(more, 1):
            paragraph.extend(Line(number * 100 + offset, wrapped, wrapped))
        resolver.feed(paragraph)
    return [(r.paragraph, r.text) for r in resolver.resolutions]


def test_a_subject_lead_in_joins_each_entry() -> None:
    assert _feed("RESOLVED: the Partnership", "a) notes the report;", "b) approves the plan.") == [
        ("4(a)", "the Partnership notes the report;"),
        ("4(b)", "the Partnership approves the plan."),
    ]


def test_a_list_without_markers_under_a_lead_in_is_one_resolution_per_line() -> None:
    assert _feed("RESOLVED: That the Board\napproves the award;\nnotes the programme.") == [
        ("4(1)", "approves the award;"),
        ("4(2)", "notes the programme."),
    ]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Councillors", False),
        ("Co-opted Members:", False),
        ("Non-Committee Members:", True),
        ("Officers", None),
    ],
)
def test_a_part_of_an_attendance_list_is_headed_by_who_they_are(text: str, other: bool | None) -> None:
    match = GROUP_LABEL.match(text)
    assert (None if match is None else bool(match["other"])) == other
