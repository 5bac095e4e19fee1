"""Exempt (Part 2) business never reaches a public queryset, the source viewer's public lines, or search."""

from __future__ import annotations

import pytest

from minutebook.packs.record import AgendaItem, Document, Meeting, PackRecord, Report, Resolution
from minutebook.packs.sources import read_bytes
from minutebook.records import choices
from minutebook.records.importer import import_record
from minutebook.records.models import AgendaItem as Item
from minutebook.records.models import Document as Doc
from minutebook.records.models import MinuteParagraph, SourceLine
from minutebook.records.models import Report as Rep
from minutebook.records.models import Resolution as Res
from minutebook.search.models import SearchEntry
from minutebook.search.query import search

PACK = b"""AGENDA
PART 1 (IN PUBLIC)
5. BETTER CARE FUND UPDATE
PART 2 (EXEMPT - NOT FOR PUBLICATION)
6. SALE OF A CARE HOME SITE

MINUTES
5. BETTER CARE FUND UPDATE
5.1 The Board noted the Better Care Fund update and its spending plan.
6. SALE OF A CARE HOME SITE
6.1 The Board agreed the undisclosed sale price of the care home site.
REPORT FOR ITEM 6
The bidder offered an undisclosed sum for the care home site.
"""


def _record() -> PackRecord:
    public, secret = "PART 1 (IN PUBLIC)", "PART 2 (EXEMPT - NOT FOR PUBLICATION)"
    agenda = Meeting(
        kind="agenda",
        body="Health & Wellbeing Board",
        date="2020-02-01",
        line=1,
        items=[
            AgendaItem("5", "BETTER CARE FUND UPDATE", part=public, line=3),
            AgendaItem("6", "SALE OF A CARE HOME SITE", part=secret, line=5),
        ],
    )
    minutes = Meeting(
        kind="minutes",
        body="Health & Wellbeing Board",
        date="2020-01-01",
        line=7,
        items=[
            AgendaItem("5", "BETTER CARE FUND UPDATE", line=8),
            AgendaItem("6", "SALE OF A CARE HOME SITE", line=10, exempt=True),
        ],
        resolutions=[
            Resolution("5", "5.1", "That the Better Care Fund update be noted.", line=9),
            Resolution("6", "6.1", "That the undisclosed sale price be agreed.", line=11),
        ],
    )
    return PackRecord(
        source="exempt.txt",
        documents=[
            Document("agenda", "Agenda", 1, 5),
            Document("minutes", "Minutes", 7, 11),
            Document("report", "Sale of a care home site", 12, 13, agenda_item="6"),
        ],
        meetings=[agenda, minutes],
        reports=[Report("Sale of a care home site", agenda_item="6", classification="Confidential", line=12)],
    )


@pytest.fixture
def imported() -> None:
    import_record(_record(), lines=read_bytes(PACK, "exempt.txt"), data=PACK, name="exempt.txt")


@pytest.mark.django_db
@pytest.mark.usefixtures("imported")
def test_public_querysets_hide_exempt_business() -> None:
    assert Item.objects.exempt().count() == 2
    assert {i.number for i in Item.objects.public()} == {"5"}
    assert [r.item_number for r in Res.objects.public()] == ["5"]
    assert Res.objects.count() == 2
    assert all("undisclosed" not in p.text for p in MinuteParagraph.objects.public())
    assert MinuteParagraph.objects.filter(text__contains="undisclosed").exists()
    assert not Doc.objects.public().filter(kind="report").exists()
    assert not Rep.objects.public().exists()


@pytest.mark.django_db
@pytest.mark.usefixtures("imported")
def test_exempt_lines_are_not_public() -> None:
    public = SourceLine.objects.public()
    assert not public.filter(text__contains="undisclosed sum").exists()
    assert public.filter(text__contains="Better Care Fund").exists()


@pytest.mark.django_db
@pytest.mark.usefixtures("imported")
def test_exempt_business_is_never_indexed() -> None:
    assert not SearchEntry.objects.filter(text__icontains="undisclosed").exists()
    assert search("undisclosed").total == 0
    assert search("care home site").hits == [] or all(
        "undisclosed" not in h.snippet for h in search("care home").hits
    )
    assert search("Better Care Fund").total >= 1


@pytest.mark.parametrize(
    ("heading", "exempt"),
    [
        ("PART 2 (EXEMPT - NOT FOR PUBLICATION)", True),
        ("Part II", True),
        ("Confidential", True),
        ("Exclusion of the press and public", True),
        ("Not for publication", True),
        ("PART 1 (IN PUBLIC)", False),
        ("Part B - (Sponsoring - Items Not Led by the Board)", False),
        ("General Release", False),
        ("Not exempt", False),
        ("", False),
        (None, False),
    ],
)
def test_is_exempt(heading: str | None, exempt: bool) -> None:
    assert choices.is_exempt(heading) is exempt
