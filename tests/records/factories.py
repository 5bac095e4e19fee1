"""factory_boy factories for the record (shared with the web and API tests)."""

from __future__ import annotations

import datetime as dt
import hashlib

import factory

from minutebook.records import models, names
from minutebook.records.arising import action_key
from minutebook.records.loading import body_key


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Body
        django_get_or_create = ("key",)

    name = "Health & Wellbeing Board"
    key = factory.LazyAttribute(lambda o: body_key(o.name))


class SourceFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.SourceFile

    original_name = factory.Sequence(lambda n: f"pack_{n:03d}.txt")
    sha256 = factory.LazyAttribute(lambda o: hashlib.sha256(o.original_name.encode()).hexdigest())
    size = 100
    issued_on = dt.date(2018, 7, 12)


_GIVEN = ("Alice", "Bernard", "Carys", "Deepak", "Elena", "Farid", "Grace", "Hamish", "Ines", "Jonah")
_FAMILY = (
    "Okafor",
    "Lindqvist",
    "Marchetti",
    "Nakamura",
    "Pryce",
    "Quigley",
    "Ramsay",
    "Szabo",
    "Tembo",
    "Ward",
)


def _person_name(n: int) -> str:
    return f"{_GIVEN[n % 10]} {_FAMILY[(n // 10) % 10]}{'' if n < 100 else f'-{n}'}"


class PersonFactory(factory.django.DjangoModelFactory):
    """A person with one alias: their name as printed."""

    class Meta:
        model = models.Person
        skip_postgeneration_save = True

    name = factory.Sequence(_person_name)

    @factory.post_generation
    def alias(obj: models.Person, create: bool, extracted: str | None, **kwargs: object) -> None:
        if create:
            printed = extracted or obj.name
            key = names.parse_name(printed).key  # type: ignore[union-attr]
            models.PersonAlias.objects.get_or_create(key=key, defaults={"person": obj, "name": printed})


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Meeting

    body = factory.SubFactory(BodyFactory)
    date = factory.Sequence(lambda n: dt.date(2018, 1, 1) + dt.timedelta(days=30 * n))
    time = dt.time(16, 0)
    venue = "Room 3.6, 5 Strand, London"
    kind = models.Meeting._meta.get_field("kind").default


class _SourcedFactory(factory.django.DjangoModelFactory):
    source = factory.SubFactory(SourceFileFactory)
    line = factory.Sequence(lambda n: n + 1)


class AgendaItemFactory(_SourcedFactory):
    class Meta:
        model = models.AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    number = factory.Sequence(lambda n: str(n + 1))
    title = "BETTER CARE FUND UPDATE"
    part = "PART 1 (IN PUBLIC)"


class AttendanceFactory(_SourcedFactory):
    class Meta:
        model = models.Attendance

    meeting = factory.SubFactory(MeetingFactory)
    person = factory.SubFactory(PersonFactory)
    name = factory.LazyAttribute(lambda o: o.person.name)
    status = "present"


class MinuteParagraphFactory(_SourcedFactory):
    class Meta:
        model = models.MinuteParagraph

    meeting = factory.SubFactory(MeetingFactory)
    item = factory.SubFactory(AgendaItemFactory, meeting=factory.SelfAttribute("..meeting"))
    number = "4.1"
    text = "The Board considered the Better Care Fund plan for 2017-19."
    exempt = factory.LazyAttribute(lambda o: bool(o.item and o.item.exempt))


class ResolutionFactory(_SourcedFactory):
    class Meta:
        model = models.Resolution

    meeting = factory.SubFactory(MeetingFactory)
    item = factory.SubFactory(AgendaItemFactory, meeting=factory.SelfAttribute("..meeting"))
    item_number = factory.LazyAttribute(lambda o: o.item.number if o.item else "")
    text = "That the Better Care Fund plan be approved."
    exempt = factory.LazyAttribute(lambda o: bool(o.item and o.item.exempt))


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Action

    body = factory.SubFactory(BodyFactory)
    meeting_date = dt.date(2017, 7, 13)
    text = factory.Sequence(lambda n: f"Report number {n} to be circulated to Members.")
    key = factory.LazyAttribute(lambda o: action_key(o.text))
    status = "open"


class ActionUpdateFactory(_SourcedFactory):
    class Meta:
        model = models.ActionUpdate

    action = factory.SubFactory(ActionFactory)
    printed_on = dt.date(2018, 7, 12)
    status = "open"
    text = factory.LazyAttribute(lambda o: o.action.text)


class ActionLeadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ActionLead

    update = factory.SubFactory(ActionUpdateFactory)
    action = factory.LazyAttribute(lambda o: o.update.action)
    person = factory.SubFactory(PersonFactory)
    name = factory.LazyAttribute(lambda o: o.person.name if o.person else "Public Health")
