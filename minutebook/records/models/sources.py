"""Packs as received (SourceFile), their lines (SourceLine), and provenance for every fact (Sourced)."""

from __future__ import annotations

from django.db import models


class SourceFileQuerySet(models.QuerySet["SourceFile"]):
    def by_hash(self, sha256: str) -> SourceFileQuerySet:
        return self.filter(sha256=sha256)

    def latest_first(self) -> SourceFileQuerySet:
        return self.order_by("-issued_on", "-imported_at")


class SourceFile(models.Model):
    """One pack file as received: its name, content hash, size and bytes."""

    original_name = models.CharField(max_length=500, db_index=True)
    sha256 = models.CharField(max_length=64, unique=True)
    size = models.PositiveBigIntegerField()
    format = models.CharField(max_length=16, default="text")
    imported_at = models.DateTimeField(auto_now_add=True)
    issued_on = models.DateField(null=True, blank=True, help_text="Date of the meeting the pack summons")
    body = models.ForeignKey(
        "records.Body", null=True, blank=True, on_delete=models.SET_NULL, related_name="packs"
    )
    meeting = models.ForeignKey(
        "records.Meeting", null=True, blank=True, on_delete=models.SET_NULL, related_name="packs"
    )
    line_count = models.PositiveIntegerField(default=0)

    objects = SourceFileQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on", "original_name"]

    def __str__(self) -> str:
        return self.original_name

    @property
    def data(self) -> bytes:
        """The pack's bytes as received (kept in SourceBytes so listing packs stays light)."""
        return bytes(self.stored.data)  # type: ignore[attr-defined]


class SourceBytes(models.Model):
    """The bytes of a pack as received, one row per SourceFile."""

    source = models.OneToOneField(
        SourceFile, on_delete=models.CASCADE, related_name="stored", primary_key=True
    )
    data = models.BinaryField()

    class Meta:
        verbose_name_plural = "source bytes"

    def __str__(self) -> str:
        return f"bytes of {self.source_id}"


class SourceLineQuerySet(models.QuerySet["SourceLine"]):
    def public(self) -> SourceLineQuerySet:
        """Lines outside exempt (Part 2) business."""
        return self.filter(exempt=False)

    def around(self, number: int, context: int = 20) -> SourceLineQuerySet:
        return self.filter(number__gte=number - context, number__lte=number + context)


class SourceLine(models.Model):
    """One line of a pack as the reader saw it: the source viewer renders these with anchors."""

    source = models.ForeignKey(SourceFile, on_delete=models.CASCADE, related_name="lines")
    number = models.PositiveIntegerField()
    page = models.PositiveIntegerField(null=True, blank=True)
    text = models.TextField(blank=True)
    raw = models.TextField(blank=True)
    exempt = models.BooleanField(default=False)

    objects = SourceLineQuerySet.as_manager()

    class Meta:
        ordering = ["source", "number"]
        constraints = [models.UniqueConstraint(fields=["source", "number"], name="unique_source_line")]

    def __str__(self) -> str:
        return f"{self.source_id}:{self.number}"


class Sourced(models.Model):
    """Provenance: the pack, line and page a fact was read from.  Facts go when their pack goes."""

    source = models.ForeignKey(SourceFile, on_delete=models.CASCADE, related_name="+")
    line = models.PositiveIntegerField(default=0)
    page = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        abstract = True
