"""What the statement at the head of minutes says: which body met, when, where, and when it ended.

Most councils print one statement: "Minutes of a meeting of the Royal
Borough of Kensington & Chelsea's Health & Wellbeing Board held on 9 May
2019 at 4pm at The Main Hall, ...".  Others print labelled fields ("Date:",
"Time:", "Venue:") or a heading and a date line.  The body is named as the
record names it: a joint meeting of two councils' boards is the "Joint"
board; one named council's board is that council's initials and the board
("RBKC Health & Wellbeing Board"); a spelled-out name followed by its
initials in brackets is the initials ("JSNA Steering Group").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutebook.packs.dates import TIME, find_date, find_dates, find_time
from minutebook.packs.minutes_people import word_set

_OF_BODY = (
    re.compile(r"\b(?:meeting|proceedings)\s+of\s+(?:the\s+)?", re.I),
    re.compile(r"^(?:minutes|notes)\s+of\s+(?:the\s+)?", re.I),
)
_HELD = re.compile(
    r"\s+(?:held|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|which\s+took\s+place)\b", re.I
)
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])")
_JOINT = re.compile(r"\bjoint\b", re.I)
_POSSESSIVE = re.compile(r"['’]s?\s+(?:and\s+(?:the\s+)?)?")
# "Children's Services Committee", "Young People's Board": a possessive that is part of the body's name, not
# its owner (as "Westminster City Council's Board" is).
_WORD_POSSESSIVE = re.compile(
    r"^(?:children|young\s+people|people|women|men|members|older\s+people)['’]s?\s", re.I
)
_PLURAL_BODY = re.compile(r"\b(Board|Committee|Panel|Group|Forum|Partnership|Commission)s\b")
_SMALL_WORDS = word_set("of the and for in on at to a an with")
_BODY_WORDS = re.compile(
    r"\b(?:board|committee|sub-committee|cabinet|panel|group|forum|commission|partnership|assembly|"
    r"executive|council|network|steering)\b",
    re.I,
)
_COUNCIL_NAME = re.compile(
    r"^(?:the\s+)?(?:city|royal\s+borough|london\s+borough|borough|county|district|metropolitan)\b|"
    r"\b(?:city|borough|county|district|town|parish)\s+council$|^(?:minutes|notes|agenda)\b",
    re.I,
)
# "Select Committee of HAMPSHIRE COUNTY COUNCIL": the council that owns the body, not part of its name.
_OF_COUNCIL = re.compile(r"(?<=\w)\s+of\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,5}(?:council|borough)$", re.I)
_VIRTUAL = re.compile(r"\b(?:virtual(?:ly)?|remote(?:ly)?|online|microsoft\s+teams|zoom)\b", re.I)
# "held via Microsoft Teams": a meeting online names where it met only by its platform.
_PLATFORM = re.compile(
    r"^(?:(?:remotely|virtually|online)\s+(?:via|on|by)\s+)?(?:microsoft\s+teams|ms\s+teams|zoom|webex)$",
    re.I,
)
_TRAILING_TIME = re.compile(r"\s+(?:at|from)\s+(?:" + TIME.pattern + r")\s*$", re.I)
_PLACE = re.compile(
    r"\b(?:room|chambers?|hall|centre|center|house|offices|building|library|civic|suite)\b", re.I
)
# "held at/in X", but not "held in public on ..." (how it was held, not where), nor "held at 10.00 am" (when).
_HELD_AT = re.compile(
    r"\bheld\s+(?:at|in|via)\s+(?!(?:public|private|person|camera|closed\s+session|open\s+session)\b|\d)",
    re.I,
)
ENDED = re.compile(
    r"\b(?:meeting\s+(?:ended|closed|finished|concluded|terminated|rose)|"
    r"(?:finishing|ending|closing|concluding|closed|ended|finished|concluded)\s*)"
    r"(?:\s+at|:)\s*(?P<time>[^\s,;)]{1,8}(?:\s?[ap]\.?\s?m\.?)?)",
    re.I,
)
COMMENCED = re.compile(
    r"\b(?:meeting\s+)?(?:commenced|commencing|started|starting|began|opened)(?:\s+at|:)\s*"
    r"(?P<time>[^\s,;)]{1,8}(?:\s?[ap]\.?\s?m\.?)?)",
    re.I,
)


_RANGE = re.compile(
    r"\d(?:\s?[ap]\.?\s?m\.?)?\s*(?:[-–—]|to|until)\s*(?P<time>\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?\s?m\b\.?)",
    re.I,
)


@dataclass
class Head:
    """What a minutes statement says about its meeting."""

    body: str | None = None
    date: str | None = None
    time: str | None = None
    venue: str | None = None
    ended: str | None = None


def acronym(name: str) -> str:
    """ "Royal Borough of Kensington & Chelsea" -> "RBKC"; "Westminster City Council" -> "WCC"."""
    words = re.findall(r"[A-Za-z][\w'’-]*", name)
    return "".join(w[0].upper() for w in words if w.casefold() not in _SMALL_WORDS)


def _title(text: str) -> str:
    """ALL CAPS to Title Case, small words lower, a word with figures (a postcode "B1 1BB") kept; other text
    unchanged."""
    if text != text.upper():
        return text
    words = text.split()
    return " ".join(
        w
        if any(ch.isdigit() for ch in w)
        else w.casefold()
        if (w.casefold() in _SMALL_WORDS and i)
        else w[:1] + w[1:].casefold()
        for i, w in enumerate(words)
    )


def _initials_in_brackets(text: str) -> str:
    """ "Joint Strategic Needs Assessment (JSNA) Steering Group" -> "JSNA Steering Group"."""
    match = re.search(r"\(([A-Z][A-Za-z&]{1,9})\)", text)
    if not match:
        return text
    letters = "".join(ch for ch in match.group(1) if ch.isupper())
    before = text[: match.start()].split()
    for size in range(len(before), 0, -1):
        if acronym(" ".join(before[-size:])) == letters:
            head = " ".join(before[:-size])
            return re.sub(r"\s+", " ", f"{head} {match.group(1)}{text[match.end() :]}").strip()
    return text


def normalise_body(text: str, joint: bool = False) -> str | None:
    """The body as the record names it (see the module docstring)."""
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    text = re.sub(r"^the\s+|\s+meeting$", "", text, flags=re.I)
    if not text:
        return None
    parts = _POSSESSIVE.split(text) if not _WORD_POSSESSIVE.match(text) else [text]
    board = _PLURAL_BODY.sub(r"\1", _title(parts[-1].strip()))
    board = _initials_in_brackets(board)
    if joint:
        return board if board.lower().startswith("joint") else f"Joint {board}"
    owners = [p for p in parts[:-1] if p.strip()]
    if len(owners) == 1:
        return f"{acronym(owners[0])} {board}"
    return board


def body_of_heading(text: str) -> str | None:
    """The body a heading line names, if it names one (not a council, not "MINUTES", not a sentence)."""
    if not _BODY_WORDS.search(text) or _COUNCIL_NAME.search(text.strip()) or len(text.split()) > 12:
        return None
    lower = [w for w in text.split() if w[:1].islower() and w.casefold() not in _SMALL_WORDS]
    return None if lower or text.rstrip().endswith(".") else normalise_body(text)


_VENUE_WORDS = re.compile(
    r"\b(?:room|chamber|hall|centre|center|house|offices|buildings?|library|town\s+hall|civic|suite|"
    r"microsoft\s+teams|zoom|virtual|online|remote)\b",
    re.I,
)


def venue_of_line(text: str) -> str | None:
    """A header line that names a place ("Committee Room 3, Town Hall"), else None."""
    if len(text.split()) > 15 or not _VENUE_WORDS.search(text) or text.endswith(":"):
        return None
    return tidy_venue(re.sub(r"^(?:venue|place|location)\s*:\s*", "", text, flags=re.I))


def time_of_line(text: str) -> str | None:
    """A short header line that is a time ("6.30 pm", "Time: 18:30"), else None."""
    if len(text.split()) > 6:
        return None
    return pick_time(text) or (find_time(text) if re.fullmatch(r"[\d.:]{4,5}", text.strip()) else None)


# "AT 1000 HOURS": the 24-hour clock written as four figures and "hours".
_HOURS = re.compile(r"\b(?:at\s+)?(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*hours\b", re.I)


def pick_time(text: str) -> str | None:
    """The start time in a statement: one with am/pm, or "at 16:00", or "at 1000 hours"; not "Room 3.10"."""
    hours = _HOURS.search(text) if "hours" in text.lower() else None
    if hours:
        return f"{hours['h']}:{hours['m']}"
    for match in TIME.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()].lower()
        if match["ampm"] or match["noon"] or ":" in match.group(0) or re.search(r"\b(?:at|from)\s*$", before):
            if re.search(r"(?:finishing|ending|closing|ended|closed|concluding)\s+at\s*$", before):
                continue
            return find_time(match.group(0))
    return None


def _bold_body(raw: str) -> str | None:
    for match in re.finditer(r"\*\*([^*]{3,150})\*\*", raw):
        bold = match.group(1)
        if _BODY_WORDS.search(bold) and not find_date(bold):
            return bold
    return None


def _body(statement: str, raw: str, dates: list[tuple[int, str]]) -> str | None:
    match = _OF_BODY[0].search(statement) or _OF_BODY[1].search(statement)
    if not match:
        return None
    held = _HELD.search(statement, match.end())
    date_at = next((offset for offset, _ in dates if offset >= match.end()), len(statement))
    end = held.start() if held else date_at
    stop = _SENTENCE_END.search(statement, match.end(), end)  # "... COMMITTEE.  Present:- ..."
    body = statement[match.end() : stop.start() if stop else end]
    bold = _bold_body(raw)
    if bold and bold in body:
        owner = body[: body.index(bold)]
        body = owner + bold
    body = _OF_COUNCIL.sub("", body.strip(" ,"))
    if not _BODY_WORDS.search(body):
        return None
    joint = bool(_JOINT.search(statement[: match.end()]))
    return normalise_body(body, joint=joint)


def _venue(statement: str, dates: list[tuple[int, str]]) -> str | None:
    held_at = _HELD_AT.search(statement)
    if held_at:
        stop = re.search(
            r"\s+on\s+|,?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", statement[held_at.end() :], re.I
        )
        if stop:
            return tidy_venue(statement[held_at.end() : held_at.end() + stop.start()])
        if not dates:  # "... HELD IN THE LINEN ROOM, CITY HALL" (the date printed above the statement)
            return tidy_venue(statement[held_at.end() :])
    after = _after_date_and_time(statement, dates)
    return tidy_venue(after) if after else None


def _after_date_and_time(statement: str, dates: list[tuple[int, str]]) -> str:
    if not dates:
        return ""
    match = None
    for candidate in (m for m in _DATE_END.finditer(statement) if m.start() >= dates[0][0]):
        match = candidate
        break
    rest = statement[match.end() :] if match else ""
    for _ in range(3):
        time = _LEADING_TIME.match(rest)
        if not time or not (time["ampm"] or time["h24"]):
            break
        rest = rest[time.end() :]
    hours = _HOURS.match(rest.strip(" ,"))
    return rest.strip(" ,")[hours.end() :] if hours else rest


_LEADING_TIME = re.compile(
    r"^[\s,–—-]*(?:and\s+|to\s+|until\s+)?(?:at|from|(?:commencing|starting|finishing|ending|closing|concluding)(?:\s+at)?)?\s*"
    + TIME.pattern,
    re.I,
)


_DATE_END = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def tidy_venue(text: str) -> str | None:
    text = re.sub(r"\((?:item|minute|agenda)[^()]{0,40}\)", "", text, flags=re.I)
    text = re.sub(r"^[\s,;:–-]*(?:at|in)?\s+(?:(?-i:the|THE)\s+)?", "", " " + text, flags=re.I).strip()
    text = re.split(
        r"\.\s+[A-Z]|\s+view\s+directions|\s+(?:contact|tel|telephone|e-?mail)\s*:", text, flags=re.I
    )[0]
    text = re.sub(r"\s*\b(?:commencing|starting)\s+at\s+.*$", "", text, flags=re.I)
    text = _TRAILING_TIME.sub("", text).strip(" ,.;:")
    if _PLATFORM.match(text):
        return text
    if not text or (_VIRTUAL.search(text) and not _PLACE.search(text)) or len(text) > 200:
        return None  # a meeting held online only has no venue; "Room 2, Town Hall / Microsoft Teams" has
    return _title(text)


def read_statement(statement: str, raw: str = "") -> Head:
    """Everything a "Minutes of a meeting of ... held on ..." statement says."""
    dates = find_dates(statement)
    head = Head(body=_body(statement, raw, dates), date=dates[0][1] if dates else None)
    head.time = pick_time(statement)
    head.venue = _venue(statement, dates)
    ended = ENDED.search(statement) or _RANGE.search(statement)
    if ended:
        head.ended = find_time(ended["time"])
    commenced = COMMENCED.search(statement)
    if commenced and find_time(commenced["time"]):
        head.time = find_time(commenced["time"])
    return head
