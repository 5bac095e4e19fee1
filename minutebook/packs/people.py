"""Names and roles: the shared vocabulary of every reader that meets a person.

A printed mention such as "Councillor Heather Acton (Chairman)" or
"Detective Inspector Iain Keating" becomes a name ("Heather Acton") and a role
("Chairman"); honorifics and ranks are dropped from the name, never kept as
the role.  Lists such as "A (Role), B and Dr C" split at commas and "and"
outside brackets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HONORIFICS = (
    "councillors",
    "councillor",
    "cllrs",
    "cllr",
    "the rt hon",
    "rt hon",
    "the hon",
    "professor",
    "prof",
    "doctor",
    "dr",
    "mrs",
    "mr",
    "ms",
    "miss",
    "mx",
    "sir",
    "dame",
    "lord",
    "lady",
    "baroness",
    "revd",
    "rev",
    "reverend",
    "detective chief inspector",
    "detective chief superintendent",
    "detective superintendent",
    "detective inspector",
    "detective sergeant",
    "chief superintendent",
    "chief inspector",
    "superintendent",
    "inspector",
    "sergeant",
    "dci",
    "di",
    "ds",
    "supt",
    "former councillor",
    "former",
    "alderman",
)
_HONORIFIC = re.compile(r"^(?:(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\.?\s+)+", re.I)
_PARENS = re.compile(r"\s*\(([^()]{0,300})\)")
_POSTNOMINALS = re.compile(r",?\s+\b(?:MBE|OBE|CBE|JP|MP|QC|KC|FRCP|FRCGP|MRCGP|PhD|BSc|MSc)\b\.?", re.I)
_TRAILING = re.compile(r"[\s,;:.\-–—]+$")
_LEADING = re.compile(r"^[\s,;:.\-–—]+")
NAME_WORD = re.compile(
    r"^(?:[A-Z][a-zA-Z'’\-]*|[A-Z]\.?|Mc[A-Z][a-z]+|O'[A-Z][a-z]+|de|van|von|der|la|le|da|di|du|bin)$"
)


@dataclass(frozen=True)
class Mention:
    """A person as printed: their name and any role printed with it."""

    name: str
    role: str | None = None


def strip_honorifics(text: str) -> str:
    """ "Councillor Dr Jane Smith" -> "Jane Smith"."""
    return _HONORIFIC.sub("", text.strip())


def tidy(text: str) -> str:
    """Trim punctuation and spaces at both ends."""
    return _LEADING.sub("", _TRAILING.sub("", text.strip()))


def clean_name(text: str) -> str:
    """A name without honorifics, post-nominals, brackets or trailing punctuation."""
    name = _PARENS.sub("", text)
    name = _POSTNOMINALS.sub("", name)
    name = tidy(strip_honorifics(tidy(name)))
    name = re.sub(r"\s*-\s+(?=[A-Z])", "-", name)  # "Butler- Thalassis" (a wrapped hyphen)
    return re.sub(r"\s+", " ", name)


def mention(text: str) -> Mention:
    """Split "Councillor Heather Acton (Chairman)" into name and role."""
    roles = [r.strip() for r in _PARENS.findall(text) if r.strip()]
    return Mention(name=clean_name(text), role="; ".join(roles) or None)


def looks_like_name(text: str, max_words: int = 5) -> bool:
    """True for 'Jane Smith', 'Nafsika Butler-Thalassis', 'Maria O'Brien'; not for prose."""
    words = clean_name(text).split()
    if not 1 <= len(words) <= max_words:
        return False
    capitals = sum(1 for w in words if NAME_WORD.match(w))
    return capitals == len(words) and any(len(w) > 1 for w in words)


_SEPARATORS = re.compile(r",|;|\band\b|&|/", re.I)


def split_list(text: str) -> list[str]:
    """Split "A (x, y), B and C" at commas, semicolons, '/', '&' and 'and' outside brackets."""
    parts: list[str] = []
    depth, start = 0, 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = _SEPARATORS.match(text, i)
            if match and (ch in ",;/&" or _word_boundary(text, i)):
                parts.append(text[start:i])
                i = match.end()
                start = i
                continue
        i += 1
    parts.append(text[start:])
    return [p for p in (tidy(p) for p in parts) if p]


def _word_boundary(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalnum()


def split_mentions(text: str) -> list[Mention]:
    """Every person named in a list such as "Dr A (NHS England), B and Councillor C"."""
    return [mention(part) for part in split_list(text)]
