"""The JSON API: lists are paginated and filterable, details carry sources, bad input is a 4xx."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.web.builders import Record


def get(client: Client, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:300])
    return response.json()


def test_openapi_document_lists_every_endpoint(client: Client, db: None) -> None:
    paths = set(get(client, "/api/openapi.json")["paths"])
    expected = {"/api/meetings", "/api/meetings/{meeting_id}", "/api/items", "/api/people", "/api/people/{slug}",
                "/api/actions", "/api/actions/{action_id}", "/api/resolutions", "/api/search", "/api/bodies"}  # fmt: skip
    assert expected <= paths
    assert all(set(ops) == {"get"} for ops in get(client, "/api/openapi.json")["paths"].values())


def test_docs_page_uses_local_static_files(client: Client, db: None) -> None:
    html = client.get("/api/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html and "cdn." not in html


def test_meetings_are_paginated_newest_first(client: Client, record: Record) -> None:
    page = get(client, "/api/meetings?limit=1")
    assert page["count"] == 2 and [m["id"] for m in page["items"]] == [record.upcoming.pk]
    second = get(client, "/api/meetings?limit=1&offset=1")["items"]
    assert [m["id"] for m in second] == [record.meeting.pk]
    assert (
        second[0]["body"]["slug"] == record.body.slug
        and second[0]["url"] == f"/meetings/{record.meeting.pk}/"
    )


def test_meetings_filter_by_body_and_dates(client: Client, record: Record) -> None:
    assert get(client, "/api/meetings?date_to=2020-12-31")["count"] == 1
    assert get(client, "/api/meetings?date_from=2021-01-01&date_to=2021-12-31")["count"] == 0
    assert get(client, "/api/meetings?body=nobody")["count"] == 0


def test_meeting_detail_has_public_business_with_sources(client: Client, record: Record) -> None:
    meeting = get(client, f"/api/meetings/{record.meeting.pk}")
    assert {i["number"] for i in meeting["items"]} == {"4"}
    assert [a["status"] for a in meeting["attendance"]] == ["present", "apologies", "deputy"]
    assert meeting["attendance"][2]["deputy_for"] == "Bob Baker"
    assert [p["number"] for p in meeting["paragraphs"]] == ["4.1"]
    resolution = meeting["resolutions"][0]
    assert (
        resolution["paragraph"] == "4.2"
        and resolution["source_url"] == f"/sources/{record.source.pk}/?line=21#L21"
    )
    assert meeting["declarations"][0]["person_slug"] == record.alice.slug


def test_items_filter(client: Client, record: Record) -> None:
    assert get(client, f"/api/items?meeting={record.meeting.pk}")["count"] == 2  # agenda + minutes printing
    assert get(client, "/api/items?record_kind=agenda")["count"] == 1
    assert get(client, "/api/items?title=care")["count"] == 2


def test_people_with_attendance(client: Client, record: Record) -> None:
    people = get(client, "/api/people")["items"]
    rates = {p["slug"]: p["attendance_rate"] for p in people}
    assert rates[record.alice.slug] == 1.0 and rates[record.bob.slug] == 0.0
    assert get(client, "/api/people?name=carol")["count"] == 1


def test_person_detail(client: Client, record: Record) -> None:
    bob = get(client, f"/api/people/{record.bob.slug}")
    assert bob["apologies_sent"] == 1 and bob["deputies_sent"] == 1 and bob["aliases"] == ["Bob Baker"]
    alice = get(client, f"/api/people/{record.alice.slug}")
    chair = {"body": "Test Health Board", "role": "Chair", "since": "2020-01-15", "until": "2020-01-15"}
    assert chair in alice["roles"]


@pytest.mark.parametrize(
    ("query", "count"),
    [("", 2), ("?status=not_completed", 1), ("?status=completed", 1), ("?owner=alice", 1), ("?older_than_days=365", 2),
     ("?older_than_days=36000", 0), ("?body=nobody", 0)],
)  # fmt: skip
def test_actions_filters(client: Client, record: Record, query: str, count: int) -> None:
    assert get(client, "/api/actions" + query)["count"] == count


def test_action_detail_has_history(client: Client, record: Record) -> None:
    action = get(client, f"/api/actions/{record.action_done.pk}")
    assert action["leads"] == ["Bob Baker"] and action["status"] == "completed"
    assert [(u["status"], u["line"]) for u in action["history"]] == [("completed", 31)]


def test_resolutions_filters(client: Client, record: Record) -> None:
    assert get(client, "/api/resolutions")["count"] == 1
    assert get(client, "/api/resolutions?contains=approved")["count"] == 1
    assert get(client, "/api/resolutions?date_from=2021-01-01")["count"] == 0
    assert (
        get(client, f"/api/resolutions?meeting={record.meeting.pk}")["items"][0]["meeting_date"]
        == "2020-01-15"
    )


def test_search_returns_ranked_hits_with_urls(client: Client, record: Record) -> None:
    result = get(client, "/api/search?q=Better%20Care%20Fund&limit=5")
    assert result["total"] >= 2 and len(result["hits"]) <= 5
    urls = {h["url"] for h in result["hits"]}
    assert f"/meetings/{record.meeting.pk}/#p-{record.paragraph.pk}" in urls
    paragraph = next(h for h in result["hits"] if h["kind"] == "paragraph")
    assert "<mark>Better</mark>" in paragraph["snippet_html"] and "<script" not in paragraph["snippet_html"]
    assert paragraph["source_url"] == f"/sources/{record.source.pk}/?line=20#L20"
    kinds = get(client, "/api/search?q=Better%20Care%20Fund&kind=action")["hits"]
    assert {h["kind"] for h in kinds} == {"action"}


def test_search_with_unknown_filters_finds_nothing(client: Client, record: Record) -> None:
    assert get(client, "/api/search?q=plan&body=nobody")["total"] == 0
    assert get(client, "/api/search?q=plan&person=nobody")["total"] == 0


@pytest.mark.parametrize(
    "url",
    ["/api/meetings?limit=0", "/api/meetings?limit=101", "/api/meetings?offset=-1", "/api/meetings?offset=99999999999",
     "/api/meetings/0", "/api/meetings/99999999999999999999", "/api/actions?status=nope", "/api/meetings?date_from=x",
     "/api/search", "/api/actions?meeting=0"],
)  # fmt: skip
def test_bad_parameters_are_422_not_500(client: Client, db: None, url: str) -> None:
    assert client.get(url).status_code == 422


@pytest.mark.parametrize("url", ["/api/meetings/999999", "/api/people/nobody", "/api/actions/999999"])
def test_missing_objects_are_404(client: Client, db: None, url: str) -> None:
    assert client.get(url).status_code == 404


def test_nul_characters_in_text_parameters_are_harmless(client: Client, record: Record) -> None:
    for url in ("/api/people?name=a%00b", "/api/search?q=care%00fund", "/api/resolutions?contains=%00"):
        assert client.get(url).status_code == 200, url
