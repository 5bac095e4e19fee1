"""Admin: review the record and, above all, people merges."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from minutebook.records import models
from minutebook.records.people import unmerge


class AliasInline(admin.TabularInline):
    model = models.PersonAlias
    extra = 0
    readonly_fields = ("name", "key", "first_source")


@admin.register(models.Person)
class PersonAdmin(admin.ModelAdmin):
    search_fields = ("name", "aliases__name")
    inlines = (AliasInline,)
    list_display = ("name", "slug")


@admin.action(description="Undo the selected merges")
def undo_merges(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[models.PersonMerge]
) -> None:
    for merge in queryset.active():  # type: ignore[attr-defined]
        unmerge(merge)


@admin.register(models.PersonMerge)
class PersonMergeAdmin(admin.ModelAdmin):
    list_display = ("alias_name", "matched_name", "person", "score", "created_at", "undone_at")
    list_filter = ("undone_at",)
    readonly_fields = [f.name for f in models.PersonMerge._meta.fields]
    actions = (undo_merges,)


@admin.register(models.Body)
class BodyAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "joint")


@admin.register(models.Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ("body", "date", "time", "kind")
    list_filter = ("body", "kind")


@admin.register(models.Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ("text", "meeting_date", "status", "last_printed_on")
    list_filter = ("status", "body")
    search_fields = ("text",)


@admin.register(models.SourceFile)
class SourceFileAdmin(admin.ModelAdmin):
    list_display = ("original_name", "sha256", "size", "issued_on", "imported_at")
    readonly_fields = ("original_name", "sha256", "size", "format", "issued_on", "line_count")


for model in (models.Resolution, models.Report, models.Document, models.Attendance, models.Declaration):
    admin.site.register(model)
