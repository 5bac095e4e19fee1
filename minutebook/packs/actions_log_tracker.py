"""The cells of an action tracker printed as plain PDF text: reference rows, due dates, status words.

A tracker ("Ref | Meeting | Minute | Action | Owner | Due | Status | Update")
whose cells pdfium reads one after another prints each action as a reference
row ("A21 26/09/2024 JC/24/27"), the action's lines, then the owner, the due
date and the status run together ("Ann Lee Nov 2024 Closed Circulated 4
November."), or the due date and status on a line of their own ("Jan 2025 In
progress").  Pure functions over one line; ``actions_log_plain`` holds the
rules that use them.
"""

from __future__ import annotations

import re

from minutebook.packs.dates import find_date

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
DUE = rf"(?:{_MONTH}\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|q[1-4]\s+\d{{4}}(?:/\d{{2}})?|tbc)"
# "JC-A21 26/09/2024 JC/24/27 …": a reference, the meeting's date, the minute, perhaps the action's first words.
REFERENCE_ROW = re.compile(
    r"^(?P<ref>[A-Z]{0,6}[-/.]?[A-Z]{0,2}\d{1,4}(?:[-/.]\d{1,4})?)\s+(?P<date>\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
    r"(?:\s+(?P<minute>[A-Z]{0,6}[-/.]?\d{1,4}(?:[-/.]\d{1,4}){0,2}))?(?:\s+(?P<rest>\S.*))?$"
)
LEAD_DUE = re.compile(rf"^(?P<lead>[A-Z][^.!?\d]{{1,120}}?)\s+(?P<due>{DUE})(?:\s+(?P<rest>.*))?$", re.I)
DUE_FIRST = re.compile(rf"^(?P<due>{DUE})(?:\s+(?P<rest>.*))?$", re.I)
STATUS_WORD = re.compile(
    r"^(?P<status>completed?|closed|open|done|in progress|on-?\s?going|deferred|outstanding|not started|"
    r"overdue|red|amber|green)\b[.,;:]?\s*(?P<comment>.*)$",
    re.I,
)


def reference_row(text: str) -> tuple[str | None, str] | None:
    """(meeting date, any action text after the minute) of a tracker's reference row, or None."""
    match = REFERENCE_ROW.match(text)
    if match is None:
        return None
    return find_date(match["date"]), match["rest"] or ""


def status_and_comment(text: str) -> tuple[str, str]:
    """ "Closed Circulated 4 November." -> ("Closed", "Circulated 4 November.")."""
    match = STATUS_WORD.match(text.strip())
    if match is None:
        return "", text.strip()
    return match["status"], match["comment"].strip()


def lead_and_due(text: str) -> tuple[str, str, str] | None:
    """(lead, status, comment) of "Ann Lee Nov 2024 Closed Circulated 4 November.", or None."""
    match = LEAD_DUE.match(text)
    if match is None:
        return None
    return (match["lead"].strip(), *status_and_comment(match["rest"] or ""))


def due_first(text: str) -> tuple[str, str] | None:
    """(status, comment) of "Jan 2025 In progress", a due date and what follows it, or None."""
    match = DUE_FIRST.match(text)
    if match is None:
        return None
    return status_and_comment(match["rest"] or "")
