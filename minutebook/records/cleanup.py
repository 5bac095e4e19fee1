"""Keeping the record whole after packs are removed or replaced: orphans go, histories refresh."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Exists, OuterRef, Subquery

from minutebook.records.models import (
    Action,
    ActionLead,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Contact,
    Declaration,
    Document,
    Meeting,
    Membership,
    MinuteParagraph,
    Person,
    Report,
    Resolution,
    SourceFile,
)


def remove_sources(sources: Iterable[SourceFile]) -> set[int]:
    """Delete packs and every fact read from them; the ids of actions they printed."""
    ids = [s.pk for s in sources]
    if not ids:
        return set()
    touched = set(ActionUpdate.objects.filter(source_id__in=ids).values_list("action_id", flat=True))
    SourceFile.objects.filter(pk__in=ids).delete()
    return touched


def after_change(touched_actions: set[int]) -> None:
    """Refresh actions, link them to meetings, drop orphans, reindex the actions touched."""
    Action.objects.filter(pk__in=touched_actions, updates__isnull=True).delete()
    for action in Action.objects.filter(pk__in=touched_actions):
        action.refresh_from_updates()
    link_actions_to_meetings()
    remove_orphan_meetings()
    remove_orphan_people()
    from minutebook.search.index import index_actions

    index_actions(set(Action.objects.filter(pk__in=touched_actions).values_list("pk", flat=True)))


def link_actions_to_meetings() -> None:
    """Point each action at the meeting that agreed it, where that meeting is in the record."""
    agreed = Meeting.objects.filter(body=OuterRef("body"), date=OuterRef("meeting_date")).values("pk")[:1]
    Action.objects.filter(meeting__isnull=True, meeting_date__isnull=False).update(meeting=Subquery(agreed))


def _has(model: type, field: str) -> Exists:
    return Exists(model.objects.filter(**{field: OuterRef("pk")}))  # type: ignore[attr-defined]


def remove_orphan_meetings() -> None:
    """Meetings no remaining pack says anything about."""
    facts = [
        (AgendaItem, "meeting"),
        (Attendance, "meeting"),
        (Declaration, "meeting"),
        (Resolution, "meeting"),
        (MinuteParagraph, "meeting"),
        (Membership, "meeting"),
        (Document, "meeting"),
        (Document, "minutes_of"),
        (Report, "meeting"),
        (SourceFile, "meeting"),
    ]
    orphans = Meeting.objects.filter(source__isnull=True)
    for model, field in facts:
        orphans = orphans.exclude(_has(model, field))
    Action.objects.filter(meeting__in=orphans).update(meeting=None)
    orphans.delete()


def remove_orphan_people() -> None:
    """People no remaining fact names."""
    facts = [
        (Attendance, "person"),
        (Attendance, "deputy_for_person"),
        (Membership, "person"),
        (Declaration, "person"),
        (Contact, "person"),
        (ActionLead, "person"),
    ]
    orphans = Person.objects.all()
    for model, field in facts:
        orphans = orphans.exclude(_has(model, field))
    orphans.filter(split_from__isnull=True).delete()
