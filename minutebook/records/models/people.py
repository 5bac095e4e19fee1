"""Bodies (boards, committees) and the people who sit on them, with every spelling of their names."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import models
from django.db.models import Count, F, FloatField, Max, Min, Q
from django.db.models.functions import Cast, NullIf
from django.utils.text import slugify

from minutebook.records.choices import AttendanceStatus, BodyKind
from minutebook.records.models.sources import Sourced


def unique_slug(model: type[models.Model], text: str, pk: int | None = None) -> str:
    """A slug for ``text`` not yet used by another row of ``model``."""
    base = slugify(text)[:60] or "x"
    slug, n = base, 1
    while model._default_manager.filter(slug=slug).exclude(pk=pk).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


class BodyQuerySet(models.QuerySet["Body"]):
    def public(self) -> BodyQuerySet:
        return self.all()

    def with_meeting_counts(self) -> BodyQuerySet:
        return self.annotate(meeting_count=Count("meetings", distinct=True))


class Body(models.Model):
    """A board or committee.  A joint board (two councils meeting together) is its own body,
    separate from each council's sovereign board."""

    name = models.CharField(max_length=300)
    key = models.CharField(max_length=300, unique=True, help_text="Normalised name used to match printings")
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=16, choices=BodyKind.choices, default=BodyKind.BOARD)
    joint = models.BooleanField(default=False)

    objects = BodyQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "bodies"

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = unique_slug(Body, self.name, self.pk)
        super().save(*args, **kwargs)


_ATTENDED = Q(attendances__status__in=[AttendanceStatus.PRESENT, AttendanceStatus.DEPUTY])
_APOLOGIES = Q(attendances__status=AttendanceStatus.APOLOGIES)


class PersonQuerySet(models.QuerySet["Person"]):
    def public(self) -> PersonQuerySet:
        return self.all()

    def with_attendance(self) -> PersonQuerySet:
        """Annotate meetings attended (present or as a deputy), apologies sent, and the rate
        attended / (attended + apologies) as a float 0..1 (None when never expected)."""
        qs = self.annotate(
            meetings_attended=Count("attendances", filter=_ATTENDED, distinct=True),
            apologies_sent=Count("attendances", filter=_APOLOGIES, distinct=True),
        )
        expected = NullIf(F("meetings_attended") + F("apologies_sent"), 0)
        return qs.annotate(attendance_rate=Cast(F("meetings_attended"), FloatField()) / expected)

    def members_of(self, body: Body) -> PersonQuerySet:
        return self.filter(Q(memberships__body=body) | Q(attendances__meeting__body=body)).distinct()

    def named(self, text: str) -> PersonQuerySet:
        return self.filter(Q(name__icontains=text) | Q(aliases__name__icontains=text)).distinct()


class Person(models.Model):
    """One person, whatever spellings of their name the packs print (see PersonAlias)."""

    name = models.CharField(max_length=200, help_text="The spelling shown")
    slug = models.SlugField(max_length=80, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = unique_slug(Person, self.name, self.pk)
        super().save(*args, **kwargs)

    def roles(self) -> list[dict[str, Any]]:
        """Roles over time: each (body, role) printed in a members list or an attendance list,
        with the first and last meeting date it was printed and how many times."""
        from minutebook.records.models.meetings import Attendance

        spans: dict[tuple[str, str], dict[str, Any]] = {}
        listings = Membership.objects.filter(person=self).values_list("body__name", "role", "meeting__date")
        attended = Attendance.objects.filter(person=self).exclude(role="")
        for body, role, date in [
            *listings,
            *attended.values_list("meeting__body__name", "role", "meeting__date"),
        ]:
            span = spans.setdefault(
                (body, role), {"body__name": body, "role": role, "since": date, "until": date}
            )
            span["since"], span["until"] = _earlier(span["since"], date), _later(span["until"], date)
            span["times"] = span.get("times", 0) + 1
        return sorted(spans.values(), key=lambda s: (s["since"] or dt.date.min, s["body__name"]))

    def attendance_summary(self) -> dict[str, Any]:
        """Attended, apologies, deputies sent and the attendance rate (0..1 or None)."""
        row = (
            Person.objects.filter(pk=self.pk)
            .with_attendance()
            .values("meetings_attended", "apologies_sent", "attendance_rate")[0]
        )
        row["deputies_sent"] = self.deputised_by.count()  # type: ignore[attr-defined]
        return row


def _earlier(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return min(d for d in (a, b) if d) if (a or b) else None


def _later(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return max(d for d in (a, b) if d) if (a or b) else None


class PersonAlias(models.Model):
    """A spelling of a person's name as printed ("Neville Pursell", "Neville Purssell")."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, unique=True, help_text="Normalised spelling (no honorifics)")
    first_source = models.ForeignKey(
        "records.SourceFile", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["person", "name"]
        verbose_name_plural = "person aliases"

    def __str__(self) -> str:
        return self.name


class PersonMergeQuerySet(models.QuerySet["PersonMerge"]):
    def active(self) -> PersonMergeQuerySet:
        return self.filter(undone_at__isnull=True)

    def undone(self) -> PersonMergeQuerySet:
        return self.filter(undone_at__isnull=False)

    def to_review(self) -> PersonMergeQuerySet:
        """Active merges, weakest evidence first."""
        return self.active().order_by("score", "-created_at")


class PersonMerge(models.Model):
    """A spelling merged into a person, with the evidence: reviewable and undoable (``unmerge``).

    ``alias_key`` and ``matched_key`` stay after an undo, so the same pair is never merged again.
    """

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="merges")
    alias = models.ForeignKey(
        PersonAlias, null=True, blank=True, on_delete=models.SET_NULL, related_name="merges"
    )
    alias_key = models.CharField(max_length=200)
    alias_name = models.CharField(max_length=200)
    matched_key = models.CharField(max_length=200)
    matched_name = models.CharField(max_length=200)
    score = models.FloatField()
    evidence = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    undone_at = models.DateTimeField(null=True, blank=True)
    split_into = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="split_from"
    )

    objects = PersonMergeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.alias_name} → {self.matched_name} ({self.score:.0f})"


class MembershipQuerySet(models.QuerySet["Membership"]):
    def of(self, person: Person) -> MembershipQuerySet:
        return self.filter(person=person)

    def periods(self) -> models.QuerySet[Any]:
        """(person, body, role) with since/until dates of the meetings that printed them."""
        return (
            self.values("person_id", "body_id", "body__name", "role")
            .annotate(since=Min("meeting__date"), until=Max("meeting__date"))
            .order_by("since")
        )


class Membership(Sourced):
    """A person listed as a member of a body, with their role, in a meeting's agenda.

    The period a role was held is read over these listings (``periods()``, ``Person.roles()``).
    """

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="memberships")
    meeting = models.ForeignKey("records.Meeting", on_delete=models.CASCADE, related_name="memberships")
    name = models.CharField(max_length=200, help_text="The name as printed")
    role = models.CharField(max_length=500, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "line"]

    def __str__(self) -> str:
        return f"{self.name} ({self.role})" if self.role else self.name
