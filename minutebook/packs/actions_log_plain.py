"""Reader of an actions log printed as plain PDF text: one cell per line.

pdfium reads a Word table cell by cell, so a row comes out as the action's
wrapped lines, then the lead's, then the comment's; cells that sit on the
same baseline may share a line ("John Forde / Chris Neill Completed.").  With
no column marks left, each line is told by its shape (``actions_log_shapes``):
a meeting heading; the header's words; a status phrase ("Completed.", "To be
provided at …") is a comment; a short title-case line after a finished action
is a lead; a title-case line with no full stop that is followed by a sentence
is a topic; a sentence starts an action, and an unfinished one runs on.
``RULES`` holds these in order; the first that matches a line handles it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from minutebook.packs.actions_log_draft import Draft, finish
from minutebook.packs.actions_log_headings import bare_heading, meeting_heading
from minutebook.packs.actions_log_leads import Lexicon, person_like
from minutebook.packs.actions_log_rows import Row
from minutebook.packs.actions_log_shapes import (
    ACTION_VERB,
    SEPARATOR_START,
    TERMINAL,
    TITLE_BEFORE_ACTION_SHARE,
    TITLE_RUN_ON_SHARE,
    comment_complete,
    last_owner,
    lead_like,
    open_ended,
    status_line,
    topic_like,
    vocabulary,
    words_of,
)
from minutebook.packs.actions_log_tracker import due_first, lead_and_due, reference_row
from minutebook.packs.record import ActionArising
from minutebook.packs.text import is_page_break, is_page_number

_LEAD_THEN_STATUS = re.compile(
    r"^(?P<lead>[A-Z][^.!?]{1,200}?\.?)\s+(?P<status>(?:Completed?|Circulated|Done|Closed|Open|On-?going|Ongoing|"
    r"In progress|Outstanding|Superseded|Carried forward|Deferred|To be)\b.{0,500})$"
)
# An action whose lead (and comment) sat on the same baseline: "Final strategy … meeting. Meenara Islam Completed."
_ACTION_THEN_LEAD = re.compile(r"^(?P<action>.{10,3000}?[.!?])\s+(?P<rest>[A-Z][^.!?]{1,200}[.]?)$")
_NOTE = re.compile(r"^(?:note|nb|n\.b\.|please note)\b", re.I)
_HEADER_WORDS = vocabulary(
    """action actions agreed lead leads member members and officer officers comments comment status owner
    owners responsible update updates progress date deadline no ref minute minutes by rag who whom when
    target due notes item subject description outstanding complete s meeting"""
)
_CORE_HEADER_WORDS = vocabulary(
    "action actions lead leads officer officers owner comments status responsible"
)
_MAX_LEAD_LINES = 5
_LEXICON = Lexicon()


@dataclass
class State:
    """Where the reader stands, and the rows around the one being read."""

    rows: list[Row]
    at: int = 0
    meeting_date: str | None = None
    topic: str | None = None
    draft: Draft | None = None
    phase: str = "none"  # none | topic | action | leads | comment | header
    in_table: bool = False
    titles: set[str] = field(default_factory=set)
    drafts: list[Draft] = field(default_factory=list)

    ahead: list[int] = field(default_factory=list)  # index of the next non-blank row after each row

    def following(self, index: int | None = None) -> str:
        """The text of the next non-blank row after ``index`` (the current row by default)."""
        after = self.ahead[self.at if index is None else index]
        return self.rows[after].text if after < len(self.rows) else ""

    def next_index(self, index: int) -> int:
        return self.ahead[index]


class Rule(NamedTuple):
    name: str
    matches: Callable[[State, str], bool]
    handle: Callable[[State, str], None]


def _action_done(state: State) -> bool:
    draft = state.draft
    return draft is not None and bool(TERMINAL.search(draft.action_tail))


# --- rules ---------------------------------------------------------------------------------------


def _is_furniture(state: State, text: str) -> bool:
    return is_page_number(text) or is_page_break(text) or text.casefold() in state.titles


def _skip(state: State, text: str) -> None:
    return None


def _is_meeting(state: State, text: str) -> bool:
    if meeting_heading(text) is None:
        return False
    return not (bare_heading(text) and _mid_cell(state))


def _mid_cell(state: State) -> bool:
    """True while an action or a comment is cut short and its next line is still to come."""
    draft = state.draft
    if draft is None:
        return False
    if state.phase == "comment":
        return not comment_complete(draft.comment[-1])
    return state.phase == "action" and not _action_done(state)


def _on_meeting(state: State, text: str) -> None:
    state.meeting_date = meeting_heading(text)
    state.topic, state.draft, state.phase = None, None, "none"


def _is_header(state: State, text: str) -> bool:
    words = [w.casefold() for w in words_of(text.replace("(s)", ""))]
    if not words or not set(words) <= _HEADER_WORDS:
        return False
    if state.phase == "header" or words[0] in ("action", "actions", "no", "ref", "date"):
        return True
    return state.phase in ("none", "topic") and bool(_CORE_HEADER_WORDS & set(words))


def _on_header(state: State, text: str) -> None:
    state.in_table, state.phase = True, "header"


def _is_reference(state: State, text: str) -> bool:
    return state.in_table and reference_row(text) is not None


def _on_reference(state: State, text: str) -> None:
    """ "A21 26/09/2024 JC/24/27": a tracker's row opens with its reference and the meeting's date."""
    found = reference_row(text)
    assert found is not None
    state.meeting_date = found[0] or state.meeting_date
    state.topic, state.draft, state.phase = None, None, "reference"
    if found[1]:
        _on_action(state, found[1])


def _after_reference(state: State, text: str) -> bool:
    return state.phase == "reference"


def _is_lead_due(state: State, text: str) -> bool:
    """ "Ann Lee Nov 2024 Closed …" after a finished action, or "Jan 2025 In progress" after its owners."""
    if state.draft is None:
        return False
    if state.phase == "leads" and due_first(text) is not None:
        return True
    found = (
        lead_and_due(text) if _may_lead(state) and (_action_done(state) or state.phase == "leads") else None
    )
    return found is not None and lead_like(found[0])


def _on_lead_due(state: State, text: str) -> None:
    assert state.draft is not None
    found = lead_and_due(text)
    if found is not None and lead_like(found[0]):
        state.draft.leads.append(found[0])
        status, comment = found[1:]
    else:
        status, comment = due_first(text) or ("", "")
    state.draft.status += [status] if status else []
    state.draft.comment.append(comment)
    state.phase = "comment"


def _is_title(state: State, text: str) -> bool:
    return not state.in_table


def _on_title(state: State, text: str) -> None:
    state.titles.add(text.casefold())


def _is_comment(state: State, text: str) -> bool:
    if state.draft is None or state.phase in ("none", "topic", "header"):
        return False
    if state.phase == "comment" and _comment_runs_on(state, text):
        return True
    return status_line(text) and (state.phase != "action" or _action_done(state))


def _comment_runs_on(state: State, text: str) -> bool:
    """A comment wrapped over lines: the next piece starts in lower case or the last was cut short."""
    assert state.draft is not None
    last = state.draft.comment[-1]
    if comment_complete(last):
        return False
    if meeting_heading(text):  # a heading, unless a comment cut short ends with a body and a date
        return bare_heading(text) and open_ended(last)
    if not text[:1].isupper() or open_ended(last):
        return True
    return not ACTION_VERB.search(text) and not (topic_like(text) and ACTION_VERB.search(state.following()))


def _on_comment(state: State, text: str) -> None:
    assert state.draft is not None
    state.draft.comment.append(text)
    state.phase = "comment"


def _is_lead_and_status(state: State, text: str) -> bool:
    match = _LEAD_THEN_STATUS.match(text)
    return bool(match and _may_lead(state) and lead_like(match["lead"]))


def _on_lead_and_status(state: State, text: str) -> None:
    match = _LEAD_THEN_STATUS.match(text)
    assert match is not None and state.draft is not None
    state.draft.leads.append(match["lead"])
    state.draft.comment.append(match["status"])
    state.phase = "comment"


def _may_lead(state: State) -> bool:
    return state.draft is not None and state.phase in ("action", "leads")


def _is_lead(state: State, text: str) -> bool:
    if not _may_lead(state) or not lead_like(text):
        return False
    assert state.draft is not None
    if state.phase == "action":
        if not text[0].isupper() or (_next_kind(state) == "action" and not _LEXICON.owner_like(text)):
            return False  # a title before the next action is a topic: "Primary Care Co-Commissioning"
        return _action_done(state) or _unstopped_action_ends(state, text)
    so_far = state.draft.leads_tail
    if open_ended(so_far) or SEPARATOR_START.match(text) or not _LEXICON.owner_like(last_owner(so_far)):
        return True
    following = _next_kind(state)
    if following in ("status", "heading", "end") or _lead_block_ends(state):
        return True
    return len(text.split()) == 1 and following != "action"


def _block(state: State) -> tuple[list[str], str]:
    """The lead-like lines after the current one (a wrapped lead cell, at most a few), and the line after them."""
    out: list[str] = []
    index = state.at
    while len(out) < _MAX_LEAD_LINES:
        text = state.following(index)
        if not text or not lead_like(text) or status_line(text) or meeting_heading(text):
            return out, text
        out.append(text)
        index = state.next_index(index)
    return out, state.following(index)


def _lead_block_ends(state: State) -> bool:
    """True when the lead-like lines after this one run into a comment, a heading or the end."""
    block, after = _block(state)
    if len(block) >= _MAX_LEAD_LINES:
        return False
    return not after or status_line(after) or meeting_heading(after) is not None


def _unstopped_action_ends(state: State, text: str) -> bool:
    """An action printed without a full stop, followed by its lead: the lead runs on to a status."""
    assert state.draft is not None
    if open_ended(state.draft.action_tail) or TERMINAL.search(text):
        return False
    return _lead_block_ends(state) and not any(TERMINAL.search(t) for t in _block(state)[0])


def _next_kind(state: State) -> str:
    """What the next non-blank line looks like: status, heading, title, lead, action or end."""
    text = state.following()
    if not text:
        return "end"
    if status_line(text):
        return "status"
    if meeting_heading(text):
        return "heading"
    if topic_like(text):
        return "title"
    return "lead" if lead_like(text) else "action"


def _on_lead(state: State, text: str) -> None:
    assert state.draft is not None
    leads = state.draft.leads
    apart = bool(leads) and all(_LEXICON.owner_like(t) and not person_like(t) for t in (leads[-1], text))
    leads.append(f"  {text}" if apart else text)  # two spaces part two owners printed on two lines
    state.phase = "leads"


def _is_wrapped_action(state: State, text: str) -> bool:
    return state.phase == "action" and (not _action_done(state) or bool(_NOTE.match(text)))


def _is_split_row(state: State, text: str) -> bool:
    """The rest of an action after its lead and comment: a row split by a page break."""
    if state.phase != "comment" or state.draft is None:
        return False
    return text[:1].islower() and comment_complete(state.draft.comment[-1])


def _on_wrapped_action(state: State, text: str) -> None:
    assert state.draft is not None
    state.draft.action.append(text)


def _is_topic(state: State, text: str) -> bool:
    if state.phase == "topic":
        return topic_like(text, TITLE_RUN_ON_SHARE) or text[:1].islower()
    following = _next_kind(state)
    if following == "status":
        return False
    return topic_like(text) or (following == "action" and topic_like(text, TITLE_BEFORE_ACTION_SHARE))


def _on_topic(state: State, text: str) -> None:
    joined = state.phase == "topic" and state.topic
    state.topic = f"{state.topic} {text}" if joined else text
    state.draft, state.phase = None, "topic"


def _on_action(state: State, text: str) -> None:
    row = state.rows[state.at]
    draft = Draft(line=row.number, page=row.page, meeting_date=state.meeting_date, topic=state.topic)
    state.drafts.append(draft)
    state.draft, state.phase = draft, "action"
    match = _ACTION_THEN_LEAD.match(text)
    rest = match["rest"] if match else ""
    if match and (lead_like(rest) or _is_lead_and_status(state, rest)):
        draft.action.append(match["action"])
        (_on_lead_and_status if _LEAD_THEN_STATUS.match(rest) else _on_lead)(state, rest)
        return
    draft.action.append(text)


def _always(state: State, text: str) -> bool:
    return True


RULES: tuple[Rule, ...] = (
    Rule("page furniture", _is_furniture, _skip),
    Rule("meeting heading", _is_meeting, _on_meeting),
    Rule("header words", _is_header, _on_header),
    Rule("reference row", _is_reference, _on_reference),
    Rule("action after a reference", _after_reference, _on_action),
    Rule("log title", _is_title, _on_title),
    Rule("row split by a page", _is_split_row, _on_wrapped_action),
    Rule("comment", _is_comment, _on_comment),
    Rule("owner, due date and status", _is_lead_due, _on_lead_due),
    Rule("lead and comment on one line", _is_lead_and_status, _on_lead_and_status),
    Rule("lead", _is_lead, _on_lead),
    Rule("wrapped action", _is_wrapped_action, _on_wrapped_action),
    Rule("topic", _is_topic, _on_topic),
    Rule("action", _always, _on_action),
)


def _next_non_blank(rows: list[Row]) -> list[int]:
    """For each row, the index of the next non-blank row (``len(rows)`` when none)."""
    ahead = [len(rows)] * len(rows)
    after = len(rows)
    for i in range(len(rows) - 1, -1, -1):
        ahead[i] = after
        if not rows[i].blank:
            after = i
    return ahead


def read(rows: list[Row]) -> list[ActionArising]:
    """One ActionArising per action of a log printed one cell per line."""
    state = State(rows, ahead=_next_non_blank(rows))
    for state.at, row in enumerate(rows):
        text = row.text
        if not text:
            continue
        for rule in RULES:
            if rule.matches(state, text):
                rule.handle(state, text)
                break
    return finish(state.drafts)
