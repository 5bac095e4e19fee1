"""Writing one PackRecord into the record: meetings, people, items, minutes, reports, actions.

``load_pack`` is called inside a transaction by ``minutebook.records.importer``;
it never commits on its own.  Every fact keeps its source file, line and page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from django.db import connection

from minutebook.packs import record as pr
from minutebook.packs.lines import Line
from minutebook.records import choices, paragraphs
from minutebook.records.arising import ActionMatcher, action_key
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
    Report,
    Resolution,
    SourceFile,
    SourceLine,
)
from minutebook.records.names import fold
from minutebook.records.people import PeopleResolver

_BODY_WORD = re.compile(r"[a-z0-9]+")
_MINUTES_KINDS = (choices.MeetingKind.MINUTES, choices.MeetingKind.NOTES)


def parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def parse_time(value: str | None) -> dt.time | None:
    try:
        return dt.time.fromisoformat(value) if value else None
    except ValueError:
        return None


def body_key(name: str) -> str:
    """Normalised body name: "Health & Wellbeing Board" == "Health and Wellbeing Board"."""
    return " ".join(_BODY_WORD.findall(fold(name.replace("&", " and "))))


def body_for(name: str) -> Body:
    name = " ".join(name.split())[:300] or "Unnamed body"
    body = Body.objects.filter(key=body_key(name)).first()
    if body is None:
        body = Body.objects.create(
            name=name, key=body_key(name), kind=choices.body_kind(name), joint=choices.is_joint(name)
        )
    return body


class PackLoader:
    """Loads one pack record; the outline of the work is ``load``."""

    def __init__(self, record: pr.PackRecord, lines: Sequence[Line], source: SourceFile) -> None:
        self.record, self.lines, self.source = record, list(lines), source
        self.people = PeopleResolver.for_source(source)
        self.pages = {line.number: line.page for line in self.lines}
        self.meetings: list[tuple[pr.Meeting, Meeting]] = []
        self.items: dict[int, dict[str, AgendaItem]] = {}
        self.home: Meeting | None = None
        self.touched_actions: set[int] = set()

    def load(self) -> None:
        self._store_lines()
        for printed in self.record.meetings:
            self._meeting(printed)
        self._choose_home()
        documents = self._documents()
        self._minutes_paragraphs(documents)
        self._reports(documents)
        self._actions()
        self._mark_exempt_lines(documents)

    # -- lines ----------------------------------------------------------------------------

    def _store_lines(self) -> None:
        """All lines in one executemany: a pack has thousands, and model instances cost more than the rows."""
        table = SourceLine._meta.db_table
        rows = [(self.source.pk, ln.number, ln.page, ln.text, ln.raw[:20000], False) for ln in self.lines]
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (source_id, number, page, text, raw, exempt) VALUES (%s, %s, %s, %s, %s, %s)",
                rows,
            )
        self.source.line_count = len(rows)

    def _page(self, line: int, page: int | None = None) -> int | None:
        return page if page is not None else self.pages.get(line)

    def _span(self, first: int, last: int) -> list[Line]:
        return [ln for ln in self.lines if first <= ln.number <= last]

    # -- meetings -------------------------------------------------------------------------

    def _meeting(self, printed: pr.Meeting) -> None:
        body = body_for(printed.body or self._default_body_name())
        meeting = self._find_or_create_meeting(printed, body)
        self.meetings.append((printed, meeting))
        self.items[id(printed)] = self._items(printed, meeting)
        self._members(printed, meeting)
        self._attendance(printed, meeting)
        self._declarations(printed, meeting)
        self._resolutions(printed, meeting)

    def _default_body_name(self) -> str:
        named = [m.body for m in self.record.meetings if m.body]
        return named[0] if named else "Unnamed body"

    def _find_or_create_meeting(self, printed: pr.Meeting, body: Body) -> Meeting:
        date = parse_date(printed.date)
        meeting = Meeting.objects.filter(body=body, date=date).first() if date else None
        if meeting is None:
            meeting = Meeting(body=body, date=date, source=self.source, line=printed.line)
            meeting.page = self._page(printed.line, printed.page)
        self._update_meeting(meeting, printed)
        meeting.save()
        return meeting

    def _update_meeting(self, meeting: Meeting, printed: pr.Meeting) -> None:
        minutes = printed.kind in _MINUTES_KINDS
        meeting.time = meeting.time or parse_time(printed.time)
        meeting.venue = meeting.venue or (printed.venue or "")[:500]
        meeting.ended = parse_time(printed.ended) or meeting.ended
        if minutes and meeting.kind == choices.MeetingKind.AGENDA:
            meeting.kind = printed.kind
        if meeting.source_id is None:
            meeting.source, meeting.line = self.source, printed.line

    def _items(self, printed: pr.Meeting, meeting: Meeting) -> dict[str, AgendaItem]:
        kind = printed.kind if printed.kind in choices.MeetingKind.values else choices.MeetingKind.AGENDA
        rows = [
            AgendaItem(
                meeting=meeting,
                record_kind=kind,
                number=(item.number or "")[:20],
                title=item.title,
                part=(item.part or "")[:300],
                first_page=item.first_page,
                last_page=item.last_page,
                exempt=bool(item.exempt) or choices.is_exempt(item.part),
                position=n,
                **self._where(item.line, item.page),
            )
            for n, item in enumerate(printed.items)
        ]
        AgendaItem.objects.bulk_create(rows)
        return {row.number: row for row in rows}

    def _where(self, line: int, page: int | None = None) -> dict[str, object]:
        return {"source": self.source, "line": line or 0, "page": self._page(line, page)}

    def _members(self, printed: pr.Meeting, meeting: Meeting) -> None:
        self.people.start_list()
        for member in printed.members:
            person = self.people.resolve(member.name, role=member.role or "", body=meeting.body)
            if person is not None:
                Membership.objects.create(
                    person_id=person,
                    body=meeting.body,
                    meeting=meeting,
                    name=member.name[:200],
                    role=(member.role or "")[:500],
                    **self._where(member.line, member.page),
                )

    def _attendance(self, printed: pr.Meeting, meeting: Meeting) -> None:
        self.people.start_list()
        rows = []
        for entry in printed.attendance:
            person = self.people.resolve(entry.name, role=entry.role or "", body=meeting.body)
            if person is None or entry.status not in choices.AttendanceStatus.values:
                continue
            deputy_for = (
                self.people.resolve(entry.deputy_for, body=meeting.body) if entry.deputy_for else None
            )
            rows.append(
                Attendance(
                    meeting=meeting,
                    person_id=person,
                    name=entry.name[:200],
                    status=entry.status,
                    role=(entry.role or "")[:500],
                    deputy_for=(entry.deputy_for or "")[:200],
                    deputy_for_person_id=deputy_for,
                    **self._where(entry.line, entry.page),
                )
            )
        Attendance.objects.bulk_create(rows)

    def _declarations(self, printed: pr.Meeting, meeting: Meeting) -> None:
        for entry in printed.declarations:
            person = self.people.resolve(entry.name, body=meeting.body)
            if person is not None:
                Declaration.objects.create(
                    meeting=meeting,
                    person_id=person,
                    name=entry.name[:200],
                    text=entry.text,
                    **self._where(entry.line, entry.page),
                )

    def _resolutions(self, printed: pr.Meeting, meeting: Meeting) -> None:
        items = self.items[id(printed)]
        rows = []
        for entry in printed.resolutions:
            item = items.get(entry.item or "")
            rows.append(
                Resolution(
                    meeting=meeting,
                    item=item,
                    item_number=(entry.item or "")[:20],
                    paragraph=(entry.paragraph or "")[:30],
                    text=entry.text,
                    exempt=bool(item and item.exempt),
                    **self._where(entry.line, entry.page),
                )
            )
        Resolution.objects.bulk_create(rows)

    def _choose_home(self) -> None:
        """The meeting the pack summons (its agenda), else the latest meeting it records."""
        agendas = [m for p, m in self.meetings if p.kind == choices.MeetingKind.AGENDA]
        dated = sorted((m for _, m in self.meetings if m.date), key=lambda m: m.date or dt.date.min)
        self.home = agendas[0] if agendas else (dated[-1] if dated else None)
        if self.home is not None:
            self.source.meeting = self.home if agendas else None
            self.source.body = self.home.body
            self.source.issued_on = self.home.date or (dated[-1].date if dated else None)
        self.source.save()

    def _home_items(self) -> dict[str, AgendaItem]:
        for printed, meeting in self.meetings:
            if meeting is self.home:
                return self.items[id(printed)]
        return {}

    # -- documents ------------------------------------------------------------------------

    def _documents(self) -> list[Document]:
        items = self._home_items()
        docs = []
        for n, printed in enumerate(self.record.documents):
            item = items.get(printed.agenda_item or "")
            span = self._span(printed.first_line, printed.last_line)
            pages = [ln.page for ln in span if ln.page is not None]
            docs.append(
                Document(
                    source=self.source,
                    kind=self._doc_kind(printed.kind),
                    title=printed.title,
                    first_line=printed.first_line,
                    last_line=printed.last_line,
                    first_page=printed.first_page or (pages[0] if pages else None),
                    last_page=printed.last_page or (pages[-1] if pages else None),
                    agenda_item=(printed.agenda_item or "")[:20],
                    meeting=self.home,
                    item=item,
                    minutes_of=self._recorded_in(printed),
                    text="\n".join(ln.text for ln in span if ln.text),
                    exempt=bool(item and item.exempt),
                    position=n,
                )
            )
        Document.objects.bulk_create(docs)
        return docs

    @staticmethod
    def _doc_kind(kind: str) -> str:
        return kind if kind in choices.DocumentKind.values else choices.DocumentKind.OTHER

    def _recorded_in(self, printed: pr.Document) -> Meeting | None:
        if printed.kind not in _MINUTES_KINDS:
            return None
        for meeting_record, meeting in self.meetings:
            if (
                meeting_record.kind in _MINUTES_KINDS
                and printed.first_line <= meeting_record.line <= printed.last_line
            ):
                return meeting
        return None

    def _minutes_paragraphs(self, documents: list[Document]) -> None:
        for printed, meeting in self.meetings:
            if printed.kind not in _MINUTES_KINDS:
                continue
            doc = next((d for d in documents if d.minutes_of_id == meeting.pk), None)
            if doc is not None:
                self._paragraphs_of(printed, meeting, doc)

    def _paragraphs_of(self, printed: pr.Meeting, meeting: Meeting, doc: Document) -> None:
        items = sorted(self.items[id(printed)].values(), key=lambda i: i.line)
        start = items[0].line if items else printed.line + 1
        passages = paragraphs.minute_paragraphs(self._span(start, doc.last_line), [i.line for i in items])
        rows = []
        for n, passage in enumerate(passages):
            item = next((i for i in reversed(items) if i.line <= passage.first_line), None)
            rows.append(
                MinuteParagraph(
                    meeting=meeting,
                    item=item,
                    document=doc,
                    number=passage.number[:20],
                    text=passage.text,
                    last_line=passage.last_line,
                    exempt=bool(item and item.exempt) or doc.exempt,
                    position=n,
                    **self._where(passage.first_line, passage.page),
                )
            )
        MinuteParagraph.objects.bulk_create(rows, batch_size=1000)

    def _reports(self, documents: list[Document]) -> None:
        items = self._home_items()
        for printed in self.record.reports:
            item = items.get(printed.agenda_item or "")
            doc = next((d for d in documents if d.first_line <= printed.line <= d.last_line), None)
            report = Report.objects.create(
                meeting=self.home,
                document=doc,
                item=item,
                title=printed.title,
                agenda_item=(printed.agenda_item or "")[:20],
                date=parse_date(printed.date),
                classification=(printed.classification or "")[:200],
                report_of=printed.report_of or "",
                wards=printed.wards or "",
                **self._where(printed.line, printed.page),
                exempt=bool(item and item.exempt)
                or choices.is_exempt(printed.classification)
                or bool(doc and doc.exempt),
            )
            self._contacts(printed, report)

    def _contacts(self, printed: pr.Report, report: Report) -> None:
        body = self.home.body if self.home else None
        for contact in printed.contacts:
            person = self.people.resolve_lead(contact.name, body) if contact.name else None
            Contact.objects.create(
                report=report,
                person_id=person,
                name=(contact.name or "")[:200],
                email=(contact.email or "")[:254],
                phone=(contact.phone or "")[:60],
                **self._where(contact.line or printed.line, contact.page),
            )

    def _mark_exempt_lines(self, documents: list[Document]) -> None:
        for doc in documents:
            if doc.exempt:
                SourceLine.objects.filter(
                    source=self.source, number__gte=doc.first_line, number__lte=doc.last_line
                ).update(exempt=True)

    # -- actions arising ------------------------------------------------------------------

    def _actions(self) -> None:
        if not self.record.actions_log:
            return
        body = self.home.body if self.home else None
        known = Action.objects.filter(body=body).values_list("id", "meeting_date", "key")
        matcher = ActionMatcher(list(known))
        for row in self.record.actions_log:
            self._printing(row, body, matcher)

    def _printing(self, row: pr.ActionArising, body: Body | None, matcher: ActionMatcher) -> None:
        date, key = parse_date(row.meeting_date), action_key(row.action)
        action_id = matcher.match(date, key)
        if action_id is None:
            action = Action.objects.create(
                body=body, meeting_date=date, topic=row.topic or "", text=row.action, key=key
            )
            action_id = action.pk
            matcher.add(action_id, date, key)
        update = ActionUpdate.objects.create(
            action_id=action_id,
            printed_on=self.source.issued_on,
            status=choices.action_status(row.status, row.comment),
            comment=row.comment or "",
            text=row.action,
            topic=row.topic or "",
            **self._where(row.line, row.page),
        )
        self._leads(row, update, body)
        self.touched_actions.add(action_id)

    def _leads(self, row: pr.ActionArising, update: ActionUpdate, body: Body | None) -> None:
        self.people.start_list()
        leads = [
            ActionLead(
                action_id=update.action_id,
                update=update,
                name=name[:300],
                person_id=self.people.resolve_lead(name, body),
                position=n,
            )
            for n, name in enumerate(row.leads)
            if name.strip()
        ]
        ActionLead.objects.bulk_create(leads)
