"""The shapes of lines of an actions log printed as plain text, with no column marks left.

What tells a topic ("Tackling Childhood Obesity Together") from the start of
an action ("Board to receive …"), a lead ("Director of Public Health.") from a
wrapped line of prose, a comment ("To be provided at a future meeting.") from
an action that merely mentions a meeting.  Pure functions over one line.
"""

from __future__ import annotations

import re

TERMINAL = re.compile(r"[.!?]\)?\"?\s*$")
_OPEN_ENDED = re.compile(r"(?:[,/&(–-]|\b(?:and|of|for|the|at|to|in|on|by|a|an|with|from|be|or))\s*$", re.I)
# A line that starts an action: it has a verb ("Board to receive", "report to be", "a paper be prepared").
ACTION_VERB = re.compile(
    r"\b(?:to|be|will|should|would|must|shall|being|been|was|were|is|are|has|have)\s+[a-z]"
)
_STATUS_START = re.compile(
    r"^(?:completed?|circulated|done|closed|open|on-?\s?going|in progress|outstanding|superseded|"
    r"carried (?:forward|over)|deferred|postponed|not (?:yet )?started|being considered|no update|"
    r"(?:(?:first |further |an? )?update\s+)?to (?:be )?(?:provided|considered|confirmed|brought|reported|scheduled|"
    r"arranged|presented|circulated|discussed|picked up)|report being considered|"
    r"(?:first |further |an? )?update to be)\b",
    re.I,
)
SEPARATOR_START = re.compile(r"^(?:[/&,;(]|and\s)", re.I)
BRACKETS = re.compile(r"\([^()]{0,300}\)")
_LIST_SEPARATOR = re.compile(r"\s*[/,;&]\s*|\s+and\s+", re.I)
_BARE_STATUS = re.compile(
    r"^(?:completed?|done|closed|open|on-?\s?going|in progress|outstanding|superseded|circulated|deferred|"
    r"carried forward|not started|green|amber|red)\W*$",
    re.I,
)
_WORD = re.compile(r"[\w'’&-]+")


def vocabulary(words: str) -> frozenset[str]:
    """A set of words written as one string."""
    return frozenset(words.split())


_SMALL_WORDS = vocabulary("a an and as at by for from in into of on or the to with &")
MAX_LEAD_WORDS = 14
TITLE_SHARE = 0.6
TITLE_RUN_ON_SHARE = 0.8  # the second line of a wrapped topic is all capitals
TITLE_BEFORE_ACTION_SHARE = 0.4  # "The role of pharmacies in Communities and Prevention", then an action


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def title_like(text: str, share: float = TITLE_SHARE) -> bool:
    """Most significant words capitalised, no full stop: "Tackling Childhood Obesity Together"."""
    words = [w for w in words_of(text) if w.casefold() not in _SMALL_WORDS]
    if not words or TERMINAL.search(text):
        return False
    capitals = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capitals / len(words) >= share


def lead_like(text: str) -> bool:
    """A short run of capitalised words: "All Members", "John Forde / Chris Neill", "Director of Public Health."."""
    unbracketed = BRACKETS.sub("", text).replace("(", " ").replace(")", " ")
    words = [w for w in words_of(unbracketed) if w.casefold() not in _SMALL_WORDS]
    if not words or len(words) > MAX_LEAD_WORDS or any(ch.isdigit() for ch in text):
        return False
    if text[0].islower() and not SEPARATOR_START.match(text):
        return False
    return all(w[0].isupper() for w in words)


def status_line(text: str) -> bool:
    """A comment's first line: "Completed.", "To be provided at a future meeting." (never lower case)."""
    return text[:1].isupper() and bool(_STATUS_START.match(text))


def comment_complete(text: str) -> bool:
    """A comment that says all it has to: it ends a sentence, or is a bare status ("In progress")."""
    return bool(TERMINAL.search(text) or _BARE_STATUS.match(text))


def open_ended(text: str) -> bool:
    """Text cut short by a wrap: ending in "and", "of", "/", a comma, or with a bracket left open."""
    return bool(_OPEN_ENDED.search(text)) or text.count("(") > text.count(")")


def topic_like(text: str, share: float = TITLE_SHARE) -> bool:
    """A title, not the start of an action: "Any Other Business", not "Task Group report to be"."""
    return title_like(text, share) and not ACTION_VERB.search(text)


# "Joint Strategic Needs Assessment To report on the refresh …": a cell's topic line, then its action.
_TOPIC_THEN_TO = re.compile(r"^(?P<topic>[A-Z][^.!?;]{3,150}?[\w)])\s+(?P<action>To [a-z].*)$", re.S)
MAX_TOPIC_WORDS = 15
_LINE_BREAK = re.compile(r"\s{2,}")
_MIN_ACTION_WORDS = 3


def topic_then_action(text: str, loose: str = "") -> tuple[str, str] | None:
    """(topic, action) of an action cell that opens with its item's title on a line of its own
    ("Annual Report 2022/23" over "To arrange a session …"), or None.  ``loose`` is the cell with
    its line breaks (two spaces); where the conversion joined the lines, "To" starts the action."""
    first, _, rest = _LINE_BREAK.sub("\n", loose.strip()).partition("\n")
    topic = " ".join(first.split())
    if _action_start(rest) and _cell_topic(topic) and text.startswith(f"{topic} "):
        return topic, text[len(topic) :].strip()
    match = _TOPIC_THEN_TO.match(text) if " To " in text else None
    if match is None or not _cell_topic(match["topic"]):
        return None
    return match["topic"], match["action"]


def _action_start(text: str) -> bool:
    """The cell's next line opens a sentence of its own, not the topic line's run-on."""
    return text[:1].isupper() and len(text.split()) >= _MIN_ACTION_WORDS


def _cell_topic(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= MAX_TOPIC_WORDS and not open_ended(text) and topic_like(text)


def last_owner(leads: str) -> str:
    """The last owner named so far in a lead cell."""
    return _LIST_SEPARATOR.split(BRACKETS.sub("", leads))[-1]
