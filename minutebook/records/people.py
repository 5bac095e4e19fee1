"""People resolution over the database: printed names -> Person, merges recorded, merges undone.

The rules are in ``minutebook.records.names`` (plain Python); this module feeds
them the evidence the record holds and writes PersonAlias / PersonMerge rows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from minutebook.records import names
from minutebook.records.models import (
    ActionLead,
    Attendance,
    Body,
    Contact,
    Declaration,
    Membership,
    Person,
    PersonAlias,
    PersonMerge,
    SourceFile,
)


@dataclass
class _Known:
    name: names.Name
    person_id: int


@dataclass
class PeopleResolver:
    """Resolves the names of one pack.  Keeps what it learns in memory while the pack is read.

    Call ``start_list()`` before each printed list (attendance of one meeting, a members
    list): two names in one list are never merged into one person.
    """

    source: SourceFile
    known: dict[str, _Known] = field(default_factory=dict)
    by_surname: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    in_pack: set[int] = field(default_factory=set)
    bodies: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    roles: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    current_list: set[int] = field(default_factory=set)
    vetoed: set[frozenset[str]] = field(default_factory=set)
    loaded: set[int] = field(default_factory=set)
    merges: int = 0

    @classmethod
    def for_source(cls, source: SourceFile) -> PeopleResolver:
        resolver = cls(source=source)
        for key, display, person_id in PersonAlias.objects.values_list("key", "name", "person_id"):
            parsed = names.parse_name(display) or names.Name(display, key, tuple(key.split()))
            resolver._learn(key, parsed, person_id)
        resolver.vetoed = {
            frozenset(p) for p in PersonMerge.objects.undone().values_list("alias_key", "matched_key")
        }
        return resolver

    def start_list(self) -> None:
        self.current_list = set()

    def resolve(
        self, printed: str, *, role: str = "", body: Body | None = None, create: bool = True
    ) -> int | None:
        """The id of the Person a printed name belongs to; a new Person when nobody matches (if ``create``)."""
        name = names.parse_name(printed)
        if name is None:
            return None
        person_id = self._exact(name) or self._fuzzy(name, role, body)
        if person_id is None:
            if not create:
                return None
            person_id = self._new_person(name)
        self._note(person_id, role, body)
        return person_id

    def resolve_lead(self, printed: str, body: Body | None) -> int | None:
        """An action's lead: a person if the name is a known person's or looks like a person's."""
        known = self.resolve(printed, body=body, create=False)
        if known is not None or not names.looks_like_person(printed):
            return known
        return self.resolve(printed, body=body)

    # -- matching -------------------------------------------------------------------------

    def _exact(self, name: names.Name) -> int | None:
        hit = self.known.get(name.key)
        return hit.person_id if hit else None

    def _fuzzy(self, name: names.Name, role: str, body: Body | None) -> int | None:
        best: tuple[names.Match, _Known] | None = None
        for candidate in self._candidates(name):
            if frozenset((name.key, candidate.name.key)) in self.vetoed:
                continue
            if names.name_likeness(name, candidate.name) is None:
                continue
            match = names.decide(name, candidate.name, self._evidence(name, candidate, role, body))
            if match.merge and (best is None or match.score > best[0].score):
                best = (match, candidate)
        if best is None:
            return None
        self._record_merge(name, best[1], best[0])
        return best[1].person_id

    def _candidates(self, name: names.Name) -> list[_Known]:
        if not name.full:
            return []
        head = name.surname[:1]
        keys = {k for surname, ks in self.by_surname.items() if surname[:1] == head for k in ks}
        return [self.known[k] for k in sorted(keys)]

    def _evidence(self, name: names.Name, candidate: _Known, role: str, body: Body | None) -> names.Evidence:
        pid = candidate.person_id
        people_with_surname = {
            self.known[k].person_id for k in self.by_surname.get(candidate.name.surname, ())
        }
        return names.Evidence(
            same_body=body is not None and body.pk in self._bodies_of(pid),
            same_pack=pid in self.in_pack,
            role_likeness=max((names.role_likeness(role, r) for r in self._roles_of(pid)), default=0.0),
            surname_unique=people_with_surname == {pid},
            same_list=pid in self.current_list,
        )

    def _bodies_of(self, person_id: int) -> set[int]:
        from_db = set(
            Attendance.objects.filter(person_id=person_id).values_list("meeting__body_id", flat=True)
        )
        from_db |= set(Membership.objects.filter(person_id=person_id).values_list("body_id", flat=True))
        return from_db | self.bodies[person_id]

    def _roles_of(self, person_id: int) -> set[str]:
        from_db = set(
            Attendance.objects.filter(person_id=person_id).exclude(role="").values_list("role", flat=True)
        )
        from_db |= set(
            Membership.objects.filter(person_id=person_id).exclude(role="").values_list("role", flat=True)
        )
        return from_db | self.roles[person_id]

    # -- writing --------------------------------------------------------------------------

    def _learn(self, key: str, name: names.Name, person_id: int) -> None:
        self.known[key] = _Known(name=name, person_id=person_id)
        self.by_surname[name.surname].add(key)

    def _note(self, person_id: int, role: str, body: Body | None) -> None:
        self.in_pack.add(person_id)
        self.current_list.add(person_id)
        if body is not None:
            self.bodies[person_id].add(body.pk)
        if role:
            self.roles[person_id].add(role)

    def _new_person(self, name: names.Name) -> int:
        person = Person.objects.create(name=name.display)
        PersonAlias.objects.create(person=person, name=name.display, key=name.key, first_source=self.source)
        self._learn(name.key, name, person.pk)
        return person.pk

    def _record_merge(self, name: names.Name, candidate: _Known, match: names.Match) -> None:
        alias = PersonAlias.objects.create(
            person_id=candidate.person_id, name=name.display, key=name.key, first_source=self.source
        )
        PersonMerge.objects.create(
            person_id=candidate.person_id,
            alias=alias,
            alias_key=name.key,
            alias_name=name.display,
            matched_key=candidate.name.key,
            matched_name=candidate.name.display,
            score=match.score,
            evidence=f"{match.evidence} (first seen in {self.source.original_name})",
        )
        self._learn(name.key, name, candidate.person_id)
        self.merges += 1


# Facts that name a person: (model, person field, printed-name field).
_NAMED_FACTS = (
    (Attendance, "person", "name"),
    (Attendance, "deputy_for_person", "deputy_for"),
    (Membership, "person", "name"),
    (Declaration, "person", "name"),
    (Contact, "person", "name"),
    (ActionLead, "person", "name"),
)


@transaction.atomic
def unmerge(merge: PersonMerge) -> Person:
    """Undo a merge: the merged spelling becomes its own Person again, with the facts printed
    under that spelling.  The pair is remembered so it is not merged again."""
    if merge.undone_at is not None and merge.split_into is not None:
        return merge.split_into
    person = Person.objects.create(name=merge.alias_name)
    if merge.alias is not None:
        PersonAlias.objects.filter(pk=merge.alias.pk).update(person=person)
    moved_sources = _move_facts(merge.person_id, person.pk, merge.alias_key)
    merge.undone_at, merge.split_into = timezone.now(), person
    merge.save(update_fields=["undone_at", "split_into"])
    _after_people_changed(moved_sources)
    return person


def _move_facts(from_person: int, to_person: int, key: str) -> set[int]:
    """Point facts printed under spelling ``key`` at another person; the sources touched."""
    sources: set[int] = set()
    for model, person_field, name_field in _NAMED_FACTS:
        rows = model.objects.filter(**{person_field: from_person}).values_list("pk", name_field)
        ids = [pk for pk, printed in rows if (parsed := names.parse_name(printed)) and parsed.key == key]
        if ids:
            model.objects.filter(pk__in=ids).update(**{person_field: to_person})
            if model is not ActionLead:
                sources |= set(model.objects.filter(pk__in=ids).values_list("source_id", flat=True))
            else:
                sources |= set(model.objects.filter(pk__in=ids).values_list("update__source_id", flat=True))
    return sources


def _after_people_changed(source_ids: set[int]) -> None:
    """Rebuild the search index of packs whose people links changed."""
    from minutebook.search.index import index_source

    for source in SourceFile.objects.filter(pk__in=source_ids):
        index_source(source)
