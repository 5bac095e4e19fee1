"""Every page answers, shows what it should, and links facts to their source lines."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from tests.web.builders import Record


def get(client: Client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def test_home_shows_latest_and_next_meetings_open_actions_and_a_search_box(
    client: Client, record: Record
) -> None:
    html = get(client, reverse("web:home"))
    assert reverse("web:meeting", args=[record.meeting.pk]) in html
    assert reverse("web:meeting", args=[record.upcoming.pk]) in html
    assert reverse("web:action", args=[record.action_open.pk]) in html
    assert reverse("web:action", args=[record.action_done.pk]) not in html  # completed is not open
    assert 'role="search"' in html and 'name="q"' in html
    assert "1 action not yet completed" in html


def test_every_page_has_landmarks_a_skip_link_and_one_h1(client: Client, record: Record) -> None:
    for url in (
        reverse("web:home"),
        reverse("web:meeting", args=[record.meeting.pk]),
        reverse("web:actions"),
    ):
        html = get(client, url)
        assert '<a href="#main-content" class="skip-link">' in html
        assert '<main id="main-content"' in html and "<header" in html and "<footer" in html
        assert html.count("<h1") == 1
        assert '<html lang="en-GB">' in html


def test_meeting_page_shows_agenda_attendance_declarations_minutes_actions_documents(
    client: Client, record: Record
) -> None:
    html = get(client, reverse("web:meeting", args=[record.meeting.pk]))
    assert "PART 1 (IN PUBLIC)" in html and "pages 5 to 14" in html
    assert "Alice Able" in html and "Carol Cole" in html and "for <a" in html  # deputy for Bob
    assert "Apologies (1)" in html
    assert "Works for a care provider" in html
    assert f'id="p-{record.paragraph.pk}"' in html and f'id="r-{record.resolution.pk}"' in html
    assert f"?line={record.paragraph.line}#L{record.paragraph.line}" in html
    assert reverse("web:action", args=[record.action_open.pk]) in html
    assert "Better Care Fund report" in html and "Officer One" in html


def test_paragraph_number_is_not_printed_twice(client: Client, record: Record) -> None:
    html = get(client, reverse("web:meeting", args=[record.meeting.pk]))
    assert '<span class="para-num">4.1</span>The Board discussed' in html


def test_missing_meeting_is_a_404_page(client: Client, record: Record) -> None:
    html = get(client, reverse("web:meeting", args=[999999]), status=404)
    assert "Page not found" in html


def test_person_page_shows_rate_chart_roles_deputies_declarations_and_actions(
    client: Client, record: Record
) -> None:
    bob = get(client, reverse("web:person", args=[record.bob.slug]))
    assert "0%" in bob and "apologies sent for 1" in bob
    assert "Carol Cole</a> attended" in bob  # the deputy Bob sent
    assert reverse("web:action", args=[record.action_done.pk]) in bob
    alice = get(client, reverse("web:person", args=[record.alice.slug]))
    assert 'data-testid="attendance-rate">100%' in alice
    assert 'class="bar" aria-hidden="true"' in alice and '<th scope="row">2020</th>' in alice
    assert "<strong>Test Health Board</strong><br>Chair<br>" in alice
    assert "Works for a care provider" in alice


def test_people_and_meetings_lists(client: Client, record: Record) -> None:
    people = get(client, reverse("web:people"))
    assert all(p.name in people for p in (record.alice, record.bob, record.carol))
    meetings = get(client, reverse("web:meetings"))
    assert reverse("web:meeting", args=[record.meeting.pk]) in meetings


def test_body_page_links_its_calendar(client: Client, record: Record) -> None:
    html = get(client, reverse("web:body", args=[record.body.slug]))
    assert reverse("web:body_calendar", args=[record.body.slug]) in html


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("", ["Circulate the plan"], ["report back"]),  # default: not completed
        ("?status=", ["Circulate the plan", "report back"], []),
        ("?status=completed", ["report back"], ["Circulate the plan"]),
        ("?status=&owner=bob", ["report back"], ["Circulate the plan"]),
        ("?status=&age=365", ["Circulate the plan", "report back"], []),
        ("?status=nonsense", [], []),
    ],
)
def test_actions_page_filters(
    client: Client, record: Record, query: str, shown: list[str], hidden: list[str]
) -> None:
    html = get(client, reverse("web:actions") + query)
    assert all(text in html for text in shown)
    assert not any(text in html for text in hidden)


def test_actions_page_filters_by_meeting_and_says_how_long_open(client: Client, record: Record) -> None:
    html = get(client, reverse("web:actions") + f"?status=&meeting={record.upcoming.pk}")
    assert "not understood" in html  # only meetings that agreed actions are offered
    html = get(client, reverse("web:actions") + f"?meeting={record.meeting.pk}")
    years = (dt.date.today() - dt.date(2020, 1, 15)).days // 365
    assert f"{years} year" in html


def test_action_page_shows_history_with_source_lines(client: Client, record: Record) -> None:
    html = get(client, reverse("web:action", args=[record.action_done.pk]))
    assert "History" in html and "?line=31#L31" in html and "until completed" in html


def test_search_page_ranks_hits_with_highlights_and_links_to_paragraph_and_line(
    client: Client, record: Record
) -> None:
    html = get(client, reverse("web:search") + "?q=Better+Care+Fund")
    assert "<mark>" in html
    meeting_url = reverse("web:meeting", args=[record.meeting.pk])
    assert f"{meeting_url}#p-{record.paragraph.pk}" in html
    assert f"?line={record.paragraph.line}#L{record.paragraph.line}" in html


def test_search_filters_by_kind_and_person(client: Client, record: Record) -> None:
    html = get(client, reverse("web:search") + "?q=Better+Care+Fund&kind=resolution")
    assert f"#r-{record.resolution.pk}" in html and f"#p-{record.paragraph.pk}" not in html
    html = get(client, reverse("web:search") + "?q=plan&date_from=2030-01-01")
    assert "0 results" in html


def test_search_filters_by_body_and_person(client: Client, record: Record) -> None:
    declaration = record.alice.declarations.get()  # type: ignore[attr-defined]
    html = get(client, reverse("web:search") + f"?q=care+provider&person={record.alice.slug}")
    assert f"/meetings/{record.meeting.pk}/#d-{declaration.pk}" in html
    html = get(client, reverse("web:search") + f"?q=care+provider&person={record.bob.slug}")
    assert "0 results" in html
    html = get(client, reverse("web:search") + f"?q=Better+Care+Fund&body={record.body.slug}")
    assert f"#p-{record.paragraph.pk}" in html
    html = get(client, reverse("web:search") + "?q=Better+Care+Fund&body=no-such-body")
    assert "not understood" in html


def test_search_without_query_shows_only_the_form(client: Client, record: Record) -> None:
    html = get(client, reverse("web:search"))
    assert "results for" not in html and 'name="q"' in html


def test_healthz(client: Client, db: None) -> None:
    assert get(client, reverse("web:healthz")) == "ok\n"
