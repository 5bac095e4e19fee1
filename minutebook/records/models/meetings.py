"""Meetings and what happened at them: items, attendance, declarations, minutes, resolutions, reports."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Count, Q

from minutebook.records.choices import AttendanceStatus, DocumentKind, MeetingKind
from minutebook.records.models.people import Body, Person
from minutebook.records.models.sources import Sourced, SourceFile


class MeetingQuerySet(models.QuerySet["Meeting"]):
    def public(self) -> MeetingQuerySet:
        """Meetings are public; their exempt business is filtered by each fact's own ``public()``."""
        return self.all()

    def dated(self) -> MeetingQuerySet:
        return self.filter(date__isnull=False)

    def past(self, today: dt.date | None = None) -> MeetingQuerySet:
        return self.filter(date__lt=today or dt.date.today()).order_by("-date", "-time")

    def upcoming(self, today: dt.date | None = None) -> MeetingQuerySet:
        return self.filter(date__gte=today or dt.date.today()).order_by("date", "time")

    def latest_first(self) -> MeetingQuerySet:
        return self.order_by(models.F("date").desc(nulls_last=True), "-time")

    def of_body(self, body: Body) -> MeetingQuerySet:
        return self.filter(body=body)

    def between(self, date_from: dt.date | None = None, date_to: dt.date | None = None) -> MeetingQuerySet:
        qs = self.filter(date__gte=date_from) if date_from else self
        return qs.filter(date__lte=date_to) if date_to else qs

    def with_counts(self) -> MeetingQuerySet:
        return self.annotate(
            attendance_count=Count("attendances", distinct=True),
            resolution_count=Count("resolutions", filter=Q(resolutions__exempt=False), distinct=True),
            action_count=Count("actions_agreed", distinct=True),
        )


class Meeting(models.Model):
    """One meeting of a body.  An agenda that summons it and the minutes that record it are
    two printings of the same meeting (same body and date)."""

    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="meetings")
    date = models.DateField(null=True, blank=True, db_index=True)
    time = models.TimeField(null=True, blank=True)
    venue = models.CharField(max_length=500, blank=True)
    ended = models.TimeField(null=True, blank=True)
    kind = models.CharField(
        max_length=16,
        choices=MeetingKind.choices,
        default=MeetingKind.AGENDA,
        help_text="Fullest record seen",
    )
    source = models.ForeignKey(SourceFile, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    line = models.PositiveIntegerField(default=0)
    page = models.PositiveIntegerField(null=True, blank=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = [models.F("date").desc(nulls_last=True), "-time"]
        indexes = [models.Index(fields=["body", "date"], name="meeting_body_date")]

    def __str__(self) -> str:
        when = self.date.strftime("%-d %B %Y") if self.date else "date not printed"
        return f"{self.body.name}, {when}"

    @property
    def has_minutes(self) -> bool:
        return self.kind in (MeetingKind.MINUTES, MeetingKind.NOTES)


class AgendaItemQuerySet(models.QuerySet["AgendaItem"]):
    def public(self) -> AgendaItemQuerySet:
        return self.filter(exempt=False)

    def exempt(self) -> AgendaItemQuerySet:
        return self.filter(exempt=True)

    def on_agenda(self) -> AgendaItemQuerySet:
        return self.filter(record_kind=MeetingKind.AGENDA)

    def in_minutes(self) -> AgendaItemQuerySet:
        return self.exclude(record_kind=MeetingKind.AGENDA)


class AgendaItem(Sourced):
    """A numbered item, as printed on the agenda (with part and pages) or in the minutes."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    record_kind = models.CharField(max_length=16, choices=MeetingKind.choices, default=MeetingKind.AGENDA)
    number = models.CharField(max_length=20)
    title = models.TextField()
    part = models.CharField(max_length=300, blank=True)
    first_page = models.PositiveIntegerField(null=True, blank=True)
    last_page = models.PositiveIntegerField(null=True, blank=True)
    exempt = models.BooleanField(default=False, help_text="Part 2 / exempt business: never public")
    position = models.PositiveIntegerField(default=0)

    objects = AgendaItemQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "record_kind", "position"]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


class DocumentQuerySet(models.QuerySet["Document"]):
    def public(self) -> DocumentQuerySet:
        return self.filter(exempt=False)

    def of_kind(self, kind: str) -> DocumentQuerySet:
        return self.filter(kind=kind)


class Document(models.Model):
    """A document of a pack (agenda, minutes, actions log, report, appendix …) with its text."""

    source = models.ForeignKey(SourceFile, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(max_length=20, choices=DocumentKind.choices)
    title = models.TextField()
    first_line = models.PositiveIntegerField()
    last_line = models.PositiveIntegerField()
    first_page = models.PositiveIntegerField(null=True, blank=True)
    last_page = models.PositiveIntegerField(null=True, blank=True)
    agenda_item = models.CharField(max_length=20, blank=True, help_text="Item number as printed")
    meeting = models.ForeignKey(
        Meeting,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
        help_text="The meeting the document is tabled at",
    )
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents"
    )
    minutes_of = models.ForeignKey(
        Meeting,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="minutes_documents",
        help_text="For minutes and notes: the meeting they record",
    )
    text = models.TextField(blank=True)
    exempt = models.BooleanField(default=False)
    position = models.PositiveIntegerField(default=0)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["source", "position"]

    def __str__(self) -> str:
        return self.title


class AttendanceQuerySet(models.QuerySet["Attendance"]):
    def public(self) -> AttendanceQuerySet:
        return self.all()

    def present(self) -> AttendanceQuerySet:
        return self.filter(status=AttendanceStatus.PRESENT)

    def deputies(self) -> AttendanceQuerySet:
        return self.filter(status=AttendanceStatus.DEPUTY)

    def also_present(self) -> AttendanceQuerySet:
        return self.filter(status=AttendanceStatus.ALSO_PRESENT)

    def apologies(self) -> AttendanceQuerySet:
        return self.filter(status=AttendanceStatus.APOLOGIES)

    def attended(self) -> AttendanceQuerySet:
        return self.filter(status__in=[AttendanceStatus.PRESENT, AttendanceStatus.DEPUTY])

    def of(self, person: Person) -> AttendanceQuerySet:
        return self.filter(person=person)


class Attendance(Sourced):
    """One person at (or sending apologies to) a meeting: present, deputy (for whom), also present, apologies."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="attendances")
    name = models.CharField(max_length=200, help_text="The name as printed")
    status = models.CharField(max_length=16, choices=AttendanceStatus.choices)
    role = models.CharField(max_length=500, blank=True)
    deputy_for = models.CharField(
        max_length=200, blank=True, help_text="Deputies: the member they stood in for"
    )
    deputy_for_person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="deputised_by"
    )

    objects = AttendanceQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "line"]
        verbose_name_plural = "attendance"

    def __str__(self) -> str:
        return f"{self.name}: {self.get_status_display()}"  # type: ignore[attr-defined]


class DeclarationQuerySet(models.QuerySet["Declaration"]):
    def public(self) -> DeclarationQuerySet:
        return self.all()


class Declaration(Sourced):
    """A declaration of interest made at a meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="declarations")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="declarations")
    name = models.CharField(max_length=200)
    text = models.TextField()

    objects = DeclarationQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "line"]

    def __str__(self) -> str:
        return f"{self.name}: {self.text[:60]}"


class ExemptQuerySet(models.QuerySet[models.Model]):
    def public(self) -> ExemptQuerySet:
        """Without exempt (Part 2) business."""
        return self.filter(exempt=False)


class MinuteParagraph(Sourced):
    """A paragraph of the minutes (or notes) of a meeting, under its item."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="paragraphs")
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="paragraphs"
    )
    document = models.ForeignKey(Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    number = models.CharField(max_length=20, blank=True, help_text="Paragraph number as printed (4.1)")
    text = models.TextField()
    last_line = models.PositiveIntegerField(default=0)
    exempt = models.BooleanField(default=False)
    position = models.PositiveIntegerField(default=0)

    objects = ExemptQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "position"]

    def __str__(self) -> str:
        return f"{self.number} {self.text[:60]}".strip()


class Resolution(Sourced):
    """One formal RESOLVED decision (one per numbered resolution or sub-paragraph)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="resolutions")
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="resolutions"
    )
    item_number = models.CharField(max_length=20, blank=True)
    paragraph = models.CharField(max_length=30, blank=True)
    text = models.TextField()
    exempt = models.BooleanField(default=False)

    objects = ExemptQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "line"]

    def __str__(self) -> str:
        return f"{self.paragraph or self.item_number}: {self.text[:60]}"


class Report(Sourced):
    """A report tabled at a meeting: its header block (title, date, classification, authors)."""

    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    document = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    title = models.TextField()
    agenda_item = models.CharField(max_length=20, blank=True)
    date = models.DateField(null=True, blank=True)
    classification = models.CharField(max_length=200, blank=True)
    report_of = models.TextField(blank=True)
    wards = models.TextField(blank=True)
    exempt = models.BooleanField(default=False)

    objects = ExemptQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "line"]

    def __str__(self) -> str:
        return self.title


class Contact(Sourced):
    """A report author or contact officer."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="contacts")
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts"
    )
    name = models.CharField(max_length=200, blank=True)
    email = models.CharField(max_length=254, blank=True)
    phone = models.CharField(max_length=60, blank=True)

    class Meta:
        ordering = ["report", "line"]

    def __str__(self) -> str:
        return self.name or self.email
