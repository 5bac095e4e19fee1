"""Controlled vocabularies in one place, with the printed variants each maps from."""

from __future__ import annotations

import re
from enum import StrEnum


class DocumentKind(StrEnum):
    AGENDA = "agenda"
    MINUTES = "minutes"
    ACTIONS_LOG = "actions_log"
    REPORT = "report"
    APPENDIX = "appendix"
    BRIEFING = "briefing"
    NOTES = "notes"
    WORK_PROGRAMME = "work_programme"
    OTHER = "other"


class MeetingKind(StrEnum):
    AGENDA = "agenda"
    MINUTES = "minutes"
    NOTES = "notes"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    DEPUTY = "deputy"
    ALSO_PRESENT = "also_present"
    APOLOGIES = "apologies"


class ActionStatus(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    DEFERRED = "deferred"
    OPEN = "open"


# Printed comment -> status.  Order matters: the first pattern that matches wins,
# so "completed in part, on-going" is in progress, not completed.
ACTION_STATUS_RULES: tuple[tuple[ActionStatus, re.Pattern[str]], ...] = (
    (ActionStatus.IN_PROGRESS, re.compile(r"\b(on-?going|in progress|underway|under way|ongoing)\b", re.I)),
    (
        ActionStatus.DEFERRED,
        re.compile(
            r"\b(to be (provided|considered|confirmed|brought|reported|scheduled|arranged|taken)|"
            r"deferred|postponed|future (meeting|board)|being considered|tbc|pending|"
            r"will be (considered|provided|brought|reported))\b",
            re.I,
        ),
    ),
    (
        ActionStatus.COMPLETED,
        re.compile(
            r"\b(complete[d]?|circulated|done|closed|achieved|actioned|delivered|noted|received)\b", re.I
        ),
    ),
)


def action_status(comment: str | None) -> ActionStatus:
    """Normalise an actions-log comment to a status; blank is open."""
    text = (comment or "").strip()
    if not text:
        return ActionStatus.OPEN
    for status, pattern in ACTION_STATUS_RULES:
        if pattern.search(text):
            return status
    return ActionStatus.IN_PROGRESS
