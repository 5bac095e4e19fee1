"""Meeting headings and titles of an actions log.

A log groups its actions under headings naming the meeting that agreed them:
"Meeting on Thursday 24th May 2018", "Extraordinary Meeting on Tuesday 13th
December 2016", "Actions from the meeting held on 12/03/2019", "Date of
meeting: 5 June 2019", or a date alone.  ``MEETING_HEADINGS`` names each form.
"""

from __future__ import annotations

import re

from minutebook.packs.dates import find_date

LOG_TITLE = re.compile(
    r"^(?:actions?\s+(?:arising|log|tracker|list|sheet|update)s?|action\s+points)"
    r"(?:\s+\(?(?:cont(?:inued|'d|d)?\.?|continued)\)?)?$",
    re.I,
)
_MAX_HEADING_WORDS = 20
_WORDED_DATE = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}\s?(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
_DATE = rf"(?:{_WORDED_DATE}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})"
_BODY_WORD = (
    r"(?i:board|committee|cabinet|council|panel|group|partnership|forum|sub-committee|executive|assembly)"
)

# Meeting headings: a lone cell naming the meeting whose actions follow (it must also hold a date).
MEETING_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "meeting on",
        re.compile(
            r"^(?:(?:extraordinary|special|annual|ordinary|joint|adjourned|reconvened|budget|additional|"
            r"inaugural|informal|formal|general|board|committee|cabinet|council|the|previous|last)\s+){0,4}"
            r"meeting\b",
            re.I,
        ),
    ),
    ("actions from the meeting", re.compile(r"^actions?\b.{0,80}?\b(?:meeting|held)\b", re.I)),
    (
        "actions from a date",
        re.compile(
            rf"^(?:outstanding |open |agreed )?actions?(?: arising| agreed| raised| outstanding)?\s+(?:from|at|of|on)\s+{_DATE}$",
            re.I,
        ),
    ),
    ("from the meeting on", re.compile(r"^from\s+(?:the\s+)?(?:\w+\s+){0,2}meeting\b", re.I)),
    ("date then meeting", re.compile(rf"^{_DATE}\s*[–—:-]?\s*(?:[A-Z][\w&'-]*\s+){{0,5}}meeting$", re.I)),
    (
        "body and date without a dash",
        re.compile(
            rf"^(?:[A-Z][\w&'-]*\s+(?:(?:and|&|of|the)\s+)?){{0,6}}{_BODY_WORD}(?:,|\s[–—-])?\s+(?i:{_DATE})$"
        ),
    ),
    (
        "body and date",
        re.compile(
            r"^[A-Z][^.!?:;]{2,80}?\s[–—-]\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}\s?"
            r"(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}$",
            re.I,
        ),
    ),
    ("date of meeting", re.compile(r"^(?:date of (?:the )?meeting|meeting date|meeting held on)\b", re.I)),
    (
        "date alone",
        re.compile(
            r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}\s?(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+"
            r"\d{4}$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$",
            re.I,
        ),
    ),
)


_BARE = ("date alone", "body and date without a dash")

# A merged date cell wrapped over lines the table does not join: "Thursday" / "12 November" / "2024".
_DATE_START = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"\d{1,2}\s?(?:st|nd|rd|th)?(?:\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?,?)?)$",
    re.I,
)


def date_start(text: str) -> bool:
    """The first line of a date cut short by a wrap: "12 November", "Thursday 4th"."""
    return bool(_DATE_START.match(text.strip()))


def bare_heading(text: str) -> bool:
    """A heading that is only a date, or a body and a date ("Audit Committee 12 March 2024"):
    in a wrapped cell it may be the cell's last words."""
    text = text.strip()
    return any(pattern.match(text) for name, pattern in MEETING_HEADINGS if name in _BARE)


def meeting_heading(text: str) -> str | None:
    """The ISO date of a meeting heading such as "Extraordinary Meeting on Tuesday 13th December 2016"."""
    if len(text.split()) > _MAX_HEADING_WORDS:
        return None
    if any(pattern.search(text) for _, pattern in MEETING_HEADINGS):
        return find_date(text)
    return None
