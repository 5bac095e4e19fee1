"""The board's record as Django models (one module per area, all importable from here)."""

from minutebook.records.models.actions import Action, ActionLead, ActionUpdate
from minutebook.records.models.meetings import (
    AgendaItem,
    Attendance,
    Contact,
    Declaration,
    Document,
    Meeting,
    MinuteParagraph,
    Report,
    Resolution,
)
from minutebook.records.models.people import Body, Membership, Person, PersonAlias, PersonMerge
from minutebook.records.models.sources import SourceBytes, Sourced, SourceFile, SourceLine

__all__ = [
    "Action",
    "ActionLead",
    "ActionUpdate",
    "AgendaItem",
    "Attendance",
    "Body",
    "Contact",
    "Declaration",
    "Document",
    "Meeting",
    "Membership",
    "MinuteParagraph",
    "Person",
    "PersonAlias",
    "PersonMerge",
    "Report",
    "Resolution",
    "SourceBytes",
    "SourceFile",
    "SourceLine",
    "Sourced",
]
