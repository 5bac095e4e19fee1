"""Helpers for record tests: importing gold packs and taking a snapshot of the record."""

from __future__ import annotations

from django.apps import apps

from minutebook.records.importer import PackOutcome, import_record
from tests.conftest import GOLD_STEMS, GoldPack


def import_gold(pack: GoldPack, data: bytes | None = None) -> PackOutcome:
    return import_record(pack.record, lines=pack.lines, data=data or pack.data, name=pack.name)


def import_all(packs: dict[str, GoldPack], order: tuple[str, ...] = GOLD_STEMS) -> list[PackOutcome]:
    return [import_gold(packs[stem]) for stem in order]


def snapshot() -> dict[str, int]:
    """Row counts of every record and search table."""
    models = [*apps.get_app_config("records").get_models(), *apps.get_app_config("search").get_models()]
    return {model.__name__: model.objects.count() for model in models}


def wipe() -> None:
    """Delete the whole record (for module-scoped fixtures that commit data)."""
    from minutebook.records import models

    models.SourceFile.objects.all().delete()
    for model in (models.Action, models.Meeting, models.Person, models.Body):
        model.objects.all().delete()
