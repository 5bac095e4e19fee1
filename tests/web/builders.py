"""A small hand-made record for the page and API tests.

It holds public business, exempt (Part 2) business marked with ``EXEMPT_MARK``
in every kind of fact, and pack text carrying ``HOSTILE`` markup, so tests can
assert the one never shows and the other is always inert.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from minutebook.records.choices import ActionStatus, AttendanceStatus, DocumentKind, MeetingKind
from minutebook.records.models import (
    Action,
    ActionLead,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Body,
    Contact,
    Declaration,
    Document,
    Meeting,
    Membership,
    MinuteParagraph,
    Person,
    PersonAlias,
    Report,
    Resolution,
    SourceFile,
    SourceLine,
)
from minutebook.search.index import index_actions, index_source

EXEMPT_MARK = "Zanzibarquux"  # one word, so full-text search would find it if it were indexed
HOSTILE = '<script>alert("pwned")</script>'
EXEMPT_LINES = range(40, 46)
TODAY = dt.date.today()


@dataclass
class Record:
    body: Body
    source: SourceFile
    meeting: Meeting
    upcoming: Meeting
    alice: Person
    bob: Person
    carol: Person
    item: AgendaItem
    minutes_item: AgendaItem
    exempt_item: AgendaItem
    paragraph: MinuteParagraph
    resolution: Resolution
    action_open: Action
    action_done: Action


def _source(body: Body) -> SourceFile:
    text = "\n".join(_line_text(n) for n in range(1, 81))
    source = SourceFile.objects.create(
        original_name="test-pack.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
        size=len(text), issued_on=dt.date(2020, 1, 15), body=body, line_count=80,
    )  # fmt: skip
    SourceLine.objects.bulk_create(
        SourceLine(source=source, number=n, text=_line_text(n), raw=_line_text(n), exempt=n in EXEMPT_LINES)
        for n in range(1, 81)
    )
    return source


def _line_text(number: int) -> str:
    if number in EXEMPT_LINES:
        return f"{EXEMPT_MARK} confidential land valuation line {number}"
    if number == 20:
        return f"4.1 The Board discussed the Better Care Fund plan {HOSTILE}"
    return f"Line {number} of the pack"


def _person(name: str) -> Person:
    person = Person.objects.create(name=name)
    PersonAlias.objects.create(person=person, name=name, key=name.lower())
    return person


def _meetings(body: Body, source: SourceFile) -> tuple[Meeting, Meeting]:
    meeting = Meeting.objects.create(
        body=body, date=dt.date(2020, 1, 15), time=dt.time(16, 0), venue=f"Room 1 {HOSTILE}",
        kind=MeetingKind.MINUTES, source=source, line=1,
    )  # fmt: skip
    upcoming = Meeting.objects.create(body=body, date=TODAY + dt.timedelta(days=30), time=dt.time(10, 0))
    source.meeting = meeting
    source.save(update_fields=["meeting"])
    return meeting, upcoming


def _items(meeting: Meeting, source: SourceFile) -> tuple[AgendaItem, AgendaItem, AgendaItem]:
    common = {"meeting": meeting, "source": source}
    item = AgendaItem.objects.create(
        **common, line=5, number="4", title="Better Care Fund", part="PART 1 (IN PUBLIC)",
        first_page=5, last_page=14, position=1,
    )  # fmt: skip
    exempt_item = AgendaItem.objects.create(
        **common, line=40, number="9", title=f"{EXEMPT_MARK} land disposal", part="PART 2 (EXEMPT)",
        exempt=True, position=2,
    )  # fmt: skip
    minutes_item = AgendaItem.objects.create(
        **common, line=19, record_kind=MeetingKind.MINUTES, number="4", title="Better Care Fund", position=3
    )
    AgendaItem.objects.create(
        **common, line=41, record_kind=MeetingKind.MINUTES, number="9", title=f"{EXEMPT_MARK} disposal",
        exempt=True, position=4,
    )  # fmt: skip
    return item, minutes_item, exempt_item


def _minutes(
    meeting: Meeting, source: SourceFile, item: AgendaItem, exempt: AgendaItem
) -> tuple[MinuteParagraph, Resolution]:
    paragraph = MinuteParagraph.objects.create(
        meeting=meeting, item=item, source=source, line=20, last_line=20, number="4.1",
        text=f"4.1 The Board discussed the Better Care Fund plan {HOSTILE}", position=1,
    )  # fmt: skip
    MinuteParagraph.objects.create(
        meeting=meeting, item=exempt, source=source, line=42, last_line=42, number="9.1",
        text=f"9.1 {EXEMPT_MARK} valuation was discussed in private.", exempt=True, position=2,
    )  # fmt: skip
    resolution = Resolution.objects.create(
        meeting=meeting, item=item, source=source, line=21, item_number="4", paragraph="4.2",
        text=f"That the Better Care Fund plan be approved {HOSTILE}.",
    )  # fmt: skip
    Resolution.objects.create(
        meeting=meeting, item=exempt, source=source, line=43, item_number="9", paragraph="9.2",
        text=f"That the {EXEMPT_MARK} site be sold.", exempt=True,
    )  # fmt: skip
    return paragraph, resolution


def _attendance(meeting: Meeting, source: SourceFile, people: tuple[Person, Person, Person]) -> None:
    alice, bob, carol = people
    rows = [
        (alice, AttendanceStatus.PRESENT, "", None),
        (bob, AttendanceStatus.APOLOGIES, "", None),
        (carol, AttendanceStatus.DEPUTY, bob.name, bob),
    ]
    for line, (person, status, deputy_for, deputy_person) in enumerate(rows, start=10):
        Attendance.objects.create(
            meeting=meeting, person=person, name=person.name, status=status, source=source, line=line,
            deputy_for=deputy_for, deputy_for_person=deputy_person, role="Member",
        )  # fmt: skip
    Membership.objects.create(person=alice, body=meeting.body, meeting=meeting, source=source, line=3,
                              name=alice.name, role="Chair")  # fmt: skip
    Declaration.objects.create(meeting=meeting, person=alice, name=alice.name, source=source, line=15,
                               text=f"Works for a care provider {HOSTILE}")  # fmt: skip


def _documents(meeting: Meeting, source: SourceFile, item: AgendaItem, exempt: AgendaItem) -> None:
    public = Document.objects.create(
        source=source, kind=DocumentKind.REPORT, title="Better Care Fund report", first_line=50,
        last_line=60, meeting=meeting, item=item, text="Report text", position=1,
    )  # fmt: skip
    secret = Document.objects.create(
        source=source, kind=DocumentKind.REPORT, title=f"{EXEMPT_MARK} valuation report", first_line=40,
        last_line=45, meeting=meeting, item=exempt, text=f"{EXEMPT_MARK} figures", exempt=True, position=2,
    )  # fmt: skip
    report = Report.objects.create(meeting=meeting, document=public, item=item, source=source, line=50,
                                   title="Better Care Fund report", agenda_item="4", report_of="Director")  # fmt: skip
    Contact.objects.create(report=report, source=source, line=52, name="Officer One", email="one@example.org")
    Report.objects.create(meeting=meeting, document=secret, item=exempt, source=source, line=40,
                          title=f"{EXEMPT_MARK} valuation report", agenda_item="9", exempt=True)  # fmt: skip


def _action(meeting: Meeting, source: SourceFile, owner: Person, status: str, text: str, line: int) -> Action:
    action = Action.objects.create(
        body=meeting.body, meeting=meeting, meeting_date=meeting.date, topic="Better Care Fund",
        text=text, key=text.lower(), status=status, comment="" if status == ActionStatus.OPEN else "Completed",
        first_printed_on=meeting.date, last_printed_on=dt.date(2020, 3, 1),
    )  # fmt: skip
    update = ActionUpdate.objects.create(
        action=action, source=source, line=line, printed_on=meeting.date, status=status, text=text,
        comment=action.comment,
    )  # fmt: skip
    ActionLead.objects.create(action=action, update=update, name=owner.name, person=owner)
    return action


def build_record() -> Record:
    """Create the record and index it for search."""
    body = Body.objects.create(name="Test Health Board", key="test health board")
    source = _source(body)
    meeting, upcoming = _meetings(body, source)
    alice, bob, carol = _person("Alice Able"), _person("Bob Baker"), _person("Carol Cole")
    item, minutes_item, exempt_item = _items(meeting, source)
    paragraph, resolution = _minutes(meeting, source, minutes_item, exempt_item)
    _attendance(meeting, source, (alice, bob, carol))
    _documents(meeting, source, item, exempt_item)
    action_open = _action(meeting, source, alice, ActionStatus.OPEN, f"Circulate the plan {HOSTILE}", 30)
    action_done = _action(meeting, source, bob, ActionStatus.COMPLETED, '=HYPERLINK("x") report back', 31)
    index_source(source)
    index_actions([action_open.pk, action_done.pk])
    return Record(
        body, source, meeting, upcoming, alice, bob, carol, item, minutes_item, exempt_item, paragraph,
        resolution, action_open, action_done,
    )  # fmt: skip
