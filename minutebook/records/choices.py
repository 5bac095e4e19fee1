"""The record's vocabularies as Django choices, built from ``minutebook.packs.vocab`` (one place).

Each ``TextChoices`` takes its values from the parser's enum, so a value the
parser emits is always a valid choice here.  Vocabularies the parser has no
enum for (body kinds, update kinds) are declared here.
"""

from __future__ import annotations

import re

from django.db import models

from minutebook.packs import vocab


def _label(value: str) -> str:
    return value.replace("_", " ").capitalize()


DocumentKind = models.TextChoices(  # type: ignore[misc]
    "DocumentKind", [(m.name, (m.value, _label(m.value))) for m in vocab.DocumentKind]
)
MeetingKind = models.TextChoices(  # type: ignore[misc]
    "MeetingKind", [(m.name, (m.value, _label(m.value))) for m in vocab.MeetingKind]
)
AttendanceStatus = models.TextChoices(  # type: ignore[misc]
    "AttendanceStatus", [(m.name, (m.value, _label(m.value))) for m in vocab.AttendanceStatus]
)
ActionStatus = models.TextChoices(  # type: ignore[misc]
    "ActionStatus", [(m.name, (m.value, _label(m.value))) for m in vocab.ActionStatus]
)

# Statuses of an action that still needs doing.
OPEN_STATUSES = (vocab.ActionStatus.OPEN, vocab.ActionStatus.IN_PROGRESS, vocab.ActionStatus.DEFERRED)


class BodyKind(models.TextChoices):
    BOARD = "board", "Board"
    COMMITTEE = "committee", "Committee"
    GROUP = "group", "Group"
    OTHER = "other", "Other"


_BODY_KIND_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (BodyKind.COMMITTEE, re.compile(r"\bcommittee\b", re.I)),
    (BodyKind.GROUP, re.compile(r"\b(group|panel|forum|partnership)\b", re.I)),
    (BodyKind.BOARD, re.compile(r"\bboard\b", re.I)),
)

# A part heading or classification that keeps business out of public view.
_PART_TWO = re.compile(r"\bpart\s*(?:2|ii|two)\b", re.I)
_NOT_EXEMPT = re.compile(r"\bnot\s+(?:exempt|confidential|restricted|private)\b", re.I)
_EXEMPT = re.compile(
    r"\b(?:exempt|private|confidential|not\s+for\s+publication|closed\s+session|restricted|in\s+camera|"
    r"not\s+open\s+to\s+the\s+public|exclusion\s+of\s+the\s+(?:press\s+and\s+)?public)\b",
    re.I,
)

_JOINT = re.compile(r"\bjoint\b", re.I)


def body_kind(name: str) -> str:
    """The kind of a body from its name: committee, group, board or other."""
    for kind, pattern in _BODY_KIND_RULES:
        if pattern.search(name):
            return str(kind)
    return str(BodyKind.OTHER)


def is_joint(name: str) -> bool:
    """A joint body (e.g. the joint meeting of two councils' boards)."""
    return bool(_JOINT.search(name))


def is_exempt(text: str | None) -> bool:
    """True for a part heading or classification marking exempt (Part 2) business."""
    if not text:
        return False
    if _PART_TWO.search(text):
        return True
    return not _NOT_EXEMPT.search(text) and bool(_EXEMPT.search(text))


def action_status(status: str | None, comment: str | None) -> str:
    """A status as stored: the parser's value when valid, else read from the printed comment."""
    if status in ActionStatus.values:
        return str(status)
    return str(vocab.action_status(comment))
