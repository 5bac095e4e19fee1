"""The meeting and person pages are read in a fixed number of queries, however long the record.

A page rendered afresh (not from the page cache) costs one query per section, never one per row:
adding attendance, paragraphs, resolutions, actions or reports to a meeting leaves the count alone.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from minutebook.records.choices import AttendanceStatus
from minutebook.records.models import Attendance, MinuteParagraph, Person, Resolution
from minutebook.web.page_cache import record_version
from tests.web.builders import Record

# The meeting itself, items (agenda and minutes in one), attendance, paragraphs, resolutions,
# packs, reports, their contacts, documents, declarations, actions and their leads.
MEETING_QUERIES = 12
# The person, summary, deputies sent, aliases, roles (2), years, attendance, deputies,
# declarations, actions.
PERSON_QUERIES = 11


def queries_for(client: Client, url: str) -> int:
    record_version()  # the page cache's version read is not the page's own cost
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def _more_rows(record: Record, n: int) -> None:
    """``n`` more people present, paragraphs and resolutions at the record's meeting."""
    meeting, item = record.meeting, record.item
    for i in range(n):
        person = Person.objects.create(name=f"Councillor Extra {i}")
        Attendance.objects.create(
            meeting=meeting, person=person, name=person.name, status=AttendanceStatus.PRESENT,
            source_id=item.source_id, line=100 + i,
        )  # fmt: skip
        MinuteParagraph.objects.create(
            meeting=meeting, item=item, source_id=item.source_id, line=200 + i, last_line=200 + i,
            number=f"4.{10 + i}", text=f"Paragraph {i}", position=100 + i,
        )  # fmt: skip
        Resolution.objects.create(
            meeting=meeting, item=item, source_id=item.source_id, line=300 + i,
            item_number=item.number, paragraph=f"4.{30 + i}", text=f"That {i}",
        )  # fmt: skip


def test_meeting_page_is_read_in_a_fixed_number_of_queries(client: Client, record: Record) -> None:
    url = reverse("web:meeting", args=[record.meeting.pk])
    assert queries_for(client, url) == MEETING_QUERIES


def test_meeting_page_queries_do_not_grow_with_its_rows(client: Client, record: Record) -> None:
    _more_rows(record, 5)
    url = reverse("web:meeting", args=[record.meeting.pk])
    html = client.get(url).content.decode()
    assert "Councillor Extra 4" in html and "That 4" in html
    assert queries_for(client, url + "?again=1") == MEETING_QUERIES


@pytest.mark.parametrize("who", ["alice", "bob"])
def test_person_page_is_read_in_a_fixed_number_of_queries(client: Client, record: Record, who: str) -> None:
    person = getattr(record, who)
    assert queries_for(client, reverse("web:person", args=[person.slug])) == PERSON_QUERIES
