"""The search index: one SearchEntry per searchable passage, pointing back to its object and source line.

The full-text structure lives beside this table and is created by migration
0002 for the database in use: an FTS5 virtual table kept in step by triggers
(SQLite), or a generated ``tsvector`` column with a GIN index (PostgreSQL).
"""

from __future__ import annotations

from django.db import models

from minutebook.records.models import Body, Meeting, Person, SourceFile


class EntryKind(models.TextChoices):
    PARAGRAPH = "paragraph", "Minutes paragraph"
    RESOLUTION = "resolution", "Resolution"
    ACTION = "action", "Action"
    REPORT = "report", "Report"
    DOCUMENT = "document", "Document"
    ITEM = "item", "Agenda item"
    DECLARATION = "declaration", "Declaration"


class SearchEntry(models.Model):
    """A passage in the index: its words, where it is from, and how much it weighs in ranking."""

    kind = models.CharField(max_length=16, choices=EntryKind.choices, db_index=True)
    object_id = models.BigIntegerField(help_text="Primary key of the object of this kind")
    title = models.TextField(blank=True)
    text = models.TextField()
    date = models.DateField(null=True, blank=True, db_index=True)
    body = models.ForeignKey(Body, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    source = models.ForeignKey(SourceFile, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    line = models.PositiveIntegerField(default=0)
    page = models.PositiveIntegerField(null=True, blank=True)
    weight = models.FloatField(default=1.0, help_text="Ranking weight: routine business below 1")
    people = models.ManyToManyField(Person, blank=True, related_name="+")
    facets = models.TextField(blank=True, default="", help_text="Filter words: kind, body, dates, people")

    class Meta:
        verbose_name_plural = "search entries"
        indexes = [models.Index(fields=["kind", "object_id"], name="search_entry_object")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.title[:60]}"
