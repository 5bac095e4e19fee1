from __future__ import annotations

from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "minutebook.records"
    label = "records"
    verbose_name = "The board's record"
    default_auto_field = "django.db.models.BigAutoField"
