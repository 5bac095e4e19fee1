"""People: attendance figures, spellings, roles over time."""

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router
from ninja.pagination import paginate

from minutebook.api.pagination import Page
from minutebook.api.params import Slug, text
from minutebook.api.schemas import PersonDetail, PersonOut, many, one
from minutebook.records.models import Person

router = Router(tags=["people"])


@router.get("/people", response=many(PersonOut), summary="People, by name, with attendance figures")
@paginate(Page)
def people(request: HttpRequest, name: str | None = None) -> QuerySet[Person]:
    qs = Person.objects.public()
    if name := text(name, 100):
        qs = qs.named(name)
    return qs.with_attendance().order_by("name", "id")


@router.get("/people/{slug}", response=one(PersonDetail), summary="A person: spellings, roles, attendance")
def person(request: HttpRequest, slug: Slug) -> dict[str, Any]:
    found = get_object_or_404(Person.objects.public().with_attendance(), slug=slug)
    summary = found.attendance_summary()
    return {
        "id": found.pk,
        "slug": found.slug,
        "name": found.name,
        "url": "",
        "meetings_attended": found.meetings_attended,  # type: ignore[attr-defined]
        "apologies_sent": found.apologies_sent,  # type: ignore[attr-defined]
        "attendance_rate": found.attendance_rate,  # type: ignore[attr-defined]
        "aliases": sorted({a.name for a in found.aliases.all()}),  # type: ignore[attr-defined]
        "roles": [
            {"body": r["body__name"], "role": r["role"], "since": r["since"], "until": r["until"]}
            for r in found.roles()
        ],
        "deputies_sent": summary["deputies_sent"],
    }
