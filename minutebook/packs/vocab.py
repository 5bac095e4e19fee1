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
# so "completed in part, on-going" is in progress, not completed, and a comment
# that opens with "Completed." is completed whatever it says after.
ACTION_STATUS_RULES: tuple[tuple[ActionStatus, re.Pattern[str]], ...] = (
    (
        ActionStatus.IN_PROGRESS,
        re.compile(
            r"\b(on-?\s?going|in progress|under\s?way|progressing|work (is )?continuing|continuing|"
            r"partially (complete[d]?|done)|complete[d]? in part|part(ly)? complete[d]?|in hand)\b|"
            r"^\W*(amber|a|wip|ip|started)\W*$",
            re.I,
        ),
    ),
    (
        ActionStatus.COMPLETED,
        re.compile(
            r"^\W*(complete[d]?|done|closed|circulated|actioned|achieved|delivered|resolved|discharged|"
            r"superseded|no further action|nfa|green|blue)\b|^\W*(g|c|y|yes)\W*$",
            re.I,
        ),
    ),
    (  # "Included in the report on this agenda. Recommended for closure.": the clerk closes it
        ActionStatus.COMPLETED,
        re.compile(
            r"\b((recommended|proposed|propose|suggested|ready|agreed) (for|to) (closure|close)|"
            r"can (now )?be (closed|removed)|(recommend|propose) (that )?(this|the) action (is|be) closed|"
            r"recommend(ed)? (for )?(closure|removal)|(remove|removed|delete|deleted) from (the )?(action )?"
            r"(log|tracker|list))\b",
            re.I,
        ),
    ),
    (
        ActionStatus.DEFERRED,
        re.compile(
            r"\b(to (be )?(provided|considered|confirmed|brought|reported|scheduled|arranged|taken|presented|"
            r"circulated|discussed|picked up|included|added|submitted|updated|reviewed|agreed|tabled)|"
            r"deferred|postponed|future (meeting|board|agenda)|forthcoming (meeting|board)|"
            r"being considered|tbc|tba|pending|carried (forward|over)|c/f|rolled (forward|over)|"
            r"brought forward|pushed back|re-?scheduled|delayed|on hold|defer|"
            r"will be (considered|provided|brought|reported|presented|circulated|discussed|picked up)|"
            r"on (the |this |today's |next )?agenda|"
            r"(scheduled|programmed|listed|booked|timetabled) for [\w' ]{0,40}?(meeting|board|committee|agenda|panel))\b",
            re.I,
        ),
    ),
    (
        ActionStatus.OPEN,
        re.compile(
            r"^\W*(open|outstanding|overdue|not (yet )?started|not yet|not (yet )?due|no update|behind schedule|"
            r"off track|red|new)\b|^\W*(no|r|o|n)\W*$",
            re.I,
        ),
    ),
    (  # "Response not yet received": what is awaited is not done
        ActionStatus.IN_PROGRESS,
        re.compile(
            r"\bnot (yet )?(been )?(received|provided|sent|e-?mailed|circulated|answered|addressed|done|complete[d]?|"
            r"issued|published|agreed|delivered|actioned)\b|\b(yet|still) to be \w+",
            re.I,
        ),
    ),
    (
        ActionStatus.COMPLETED,
        re.compile(
            r"\b(complete[d]?|circulated|done|closed|achieved|actioned|delivered|noted|received|sent|"
            r"e-?mailed|provided|answered|responded|addressed|no (further )?action (is )?(required|needed)|"
            r"superseded|discharged|resolved|signed off|agreed|published|issued|implemented|withdrawn|"
            r"cancell?ed|no longer (required|needed|relevant|applicable)|not required|"
            r"has been (provided|circulated|sent|shared|reported|considered|submitted)|"
            r"was (provided|circulated|sent|shared|reported|considered|submitted))\b",
            re.I,
        ),
    ),
)


def match_action_status(comment: str | None) -> ActionStatus | None:
    """The status a printed comment states, or None when it states none we know."""
    text = (comment or "").strip()
    if not text:
        return ActionStatus.OPEN
    for status, pattern in ACTION_STATUS_RULES:
        if pattern.search(text):
            return status
    return None


def action_status(comment: str | None) -> ActionStatus:
    """Normalise an actions-log comment to a status; blank is open."""
    status = match_action_status(comment)
    return ActionStatus.IN_PROGRESS if status is None else status
