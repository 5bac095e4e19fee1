"""People in the record: spellings resolved to one Person, merges recorded, reviewable and undoable."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.records.models import Attendance, Membership, Person, PersonAlias, PersonMerge
from minutebook.records.people import PeopleResolver, unmerge
from minutebook.search.models import SearchEntry
from tests.conftest import GoldPack
from tests.records.factories import AttendanceFactory, MeetingFactory, PersonFactory, SourceFileFactory
from tests.records.helpers import import_all, import_gold

pytestmark = pytest.mark.django_db


def person_named(printed: str) -> Person:
    return PersonAlias.objects.select_related("person").get(name=printed).person


@pytest.fixture
def seeded(gold_packs: dict[str, GoldPack]) -> dict[str, GoldPack]:
    import_all(gold_packs)
    return gold_packs


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Neville Pursell", "Neville Purssell"),
        ("Cen Kemahli", "Cem Kemahli"),
        ("Tim Barnes", "Timothy Barnes"),
    ],
)
def test_spelling_variants_are_one_person(seeded: dict[str, GoldPack], one: str, other: str) -> None:
    assert person_named(one) == person_named(other)
    merge = PersonMerge.objects.get(alias_key__in=[one.lower(), other.lower()])
    assert merge.score > 0 and merge.evidence
    assert merge.undone_at is None


@pytest.mark.parametrize(
    ("one", "other"), [("Mike Robinson", "Clare Robinson"), ("Ian Robinson", "Clare Robinson")]
)
def test_people_sharing_a_surname_stay_apart(seeded: dict[str, GoldPack], one: str, other: str) -> None:
    assert person_named(one) != person_named(other)


def test_every_merge_says_why(seeded: dict[str, GoldPack]) -> None:
    merges = PersonMerge.objects.to_review()
    assert merges.exists()
    for merge in merges:
        assert merge.alias.person_id == merge.person_id  # type: ignore[union-attr]
        assert "first seen in" in merge.evidence
        assert merge.alias_key != merge.matched_key


def test_a_deputy_points_at_the_member_they_stood_in_for(seeded: dict[str, GoldPack]) -> None:
    deputy = Attendance.objects.deputies().exclude(deputy_for="").first()
    assert deputy is not None and deputy.deputy_for_person is not None
    assert deputy.deputy_for_person.aliases.filter(name=deputy.deputy_for).exists()
    assert deputy.deputy_for_person.attendance_summary()["deputies_sent"] >= 1


def test_unmerge_gives_the_spelling_its_own_person(seeded: dict[str, GoldPack]) -> None:
    kept = person_named("Cen Kemahli")
    merge = PersonMerge.objects.get(person=kept, alias_name__in=["Cem Kemahli", "Cen Kemahli"])
    printed = merge.alias_name
    rows = Attendance.objects.filter(name=printed).count() + Membership.objects.filter(name=printed).count()
    split = unmerge(merge)
    merge.refresh_from_db()
    assert merge.undone_at is not None and merge.split_into == split
    assert person_named(printed) == split
    assert person_named(merge.matched_name) == kept
    moved = Attendance.objects.filter(person=split).count() + Membership.objects.filter(person=split).count()
    assert moved == rows > 0
    assert not Attendance.objects.filter(person=kept, name=printed).exists()
    assert PersonMerge.objects.undone().filter(pk=merge.pk).exists()
    assert unmerge(merge) == split  # undoing twice changes nothing


def test_an_undone_merge_is_not_redone_by_a_later_import(seeded: dict[str, GoldPack]) -> None:
    merge = PersonMerge.objects.get(alias_name__in=["Cem Kemahli", "Cen Kemahli"])
    split = unmerge(merge)
    pack = seeded["002"]
    import_gold(GoldPack(pack.name, pack.record, pack.lines, pack.data + b"\n"))
    assert person_named(merge.alias_name) == split
    assert person_named(merge.matched_name) == merge.person
    assert (
        not PersonMerge.objects.active().filter(alias_key__in=[merge.alias_key, merge.matched_key]).exists()
    )


def test_unmerge_updates_the_search_index(seeded: dict[str, GoldPack]) -> None:
    """Passages naming the split spelling are now linked to the split person, not the kept one."""
    merge = PersonMerge.objects.get(alias_name__in=["Neville Pursell", "Neville Purssell"])
    mentioning = SearchEntry.objects.filter(text__contains=merge.alias_name, kind="paragraph")
    assert mentioning.filter(people=merge.person).exists()
    split = unmerge(merge)
    assert mentioning.filter(people=split).exists()
    assert not mentioning.exclude(text__contains=merge.matched_name).filter(people=merge.person).exists()


def test_resolver_never_merges_two_names_of_one_list() -> None:
    source = SourceFileFactory()
    resolver = PeopleResolver.for_source(source)
    resolver.start_list()
    first = resolver.resolve("Jon Abernethy")
    second = resolver.resolve("Jan Abernethy")
    assert first != second
    assert not PersonMerge.objects.exists()


def test_resolver_strips_honorifics() -> None:
    resolver = PeopleResolver.for_source(SourceFileFactory())
    assert resolver.resolve("Councillor Dr Jane Smith") == resolver.resolve("Jane Smith")
    assert Person.objects.get().name == "Jane Smith"


def test_attendance_rate() -> None:
    person = PersonFactory()
    for status in ("present", "present", "deputy", "apologies"):
        AttendanceFactory(person=person, status=status)
    AttendanceFactory(person=person, status="also_present")
    row = Person.objects.with_attendance().get(pk=person.pk)
    assert (row.meetings_attended, row.apologies_sent) == (3, 1)
    assert row.attendance_rate == pytest.approx(0.75)
    assert Person.objects.with_attendance().get(pk=PersonFactory().pk).attendance_rate is None


def test_roles_over_time() -> None:
    person = PersonFactory()
    for day in (dt.date(2016, 1, 1), dt.date(2017, 6, 1)):
        meeting = MeetingFactory(date=day)
        Membership.objects.create(
            person=person,
            body=meeting.body,
            meeting=meeting,
            name=person.name,
            role="Chairman",
            source=SourceFileFactory(),
        )
    (role,) = person.roles()
    assert (role["role"], role["since"], role["until"]) == (
        "Chairman",
        dt.date(2016, 1, 1),
        dt.date(2017, 6, 1),
    )
