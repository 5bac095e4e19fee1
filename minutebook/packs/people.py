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
    "county councillors",
    "county councillor",
    "county borough councillor",
    "city councillor",
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
    "canon",
    "detective chief inspector",
    "detective chief superintendent",
    "detective superintendent",
    "detective inspector",
    "detective sergeant",
    "chief constable",
    "deputy chief constable",
    "assistant chief constable",
    "chief fire officer",
    "deputy chief fire officer",
    "assistant chief fire officer",
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
    "aldermen",
    "alderwoman",
)
_HONORIFIC = re.compile(r"^(?:(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\.?\s+)+", re.I)
_PARENS = re.compile(r"\s*\(([^()]{0,300})\)")
_POSTNOMINALS = re.compile(r",?\s+\b(?:MBE|OBE|CBE|JP|MP|QC|KC|FRCP|FRCGP|MRCGP|PhD|BSc|MSc)\b\.?", re.I)
_TRAILING = re.compile(r"[\s,;:.\-–—]+$")
_LEADING = re.compile(r"^[\s,;:.\-–—]+")
NAME_WORD = re.compile(
    r"^(?:(?![a-zß-ÿ])[^\W\d_](?:[^\W\d_]|['’\-])*|[A-Z]\.?|Mc[A-Z][a-z]+|O'[A-Z][a-z]+|"
    r"de|van|von|der|la|le|da|di|du|bin)$"
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


# Words that begin a role or an organisation, never a person's name: where a
# membership or contact line prints "Sarah Newman Bi-Borough, Children's Services"
# with no separator, the name ends where one of these begins.
_ROLE_WORDS_PRINTED = """
    chair chairman chairwoman chairperson vice-chair vice-chairman deputy director executive head manager
    co-chair co-chairman co-chairs convener vice-convener non-executive
    officer lead leader member members cabinet representative adviser advisor consultant clerk secretary
    principal senior interim acting assistant associate chief strategic strategy programme policy portfolio
    holder co-opted independent coordinator co-ordinator commissioner commissioning partner specialist
    analyst nhs ccg ccgs icb ics healthwatch police metropolitan trust foundation council borough
    bi-borough tri-borough city county district central north south east west northern southern
    imperial clinical community public adult adults children's children housing healthcare health
    hospital university college group network partnership service services england london mayor
    labour conservative liberal democrat green minority majority opposition business safeguarding
    regeneration education social care committee board panel forum team unit department directorate
    governance democratic services finance legal planning
"""
ROLE_WORDS = frozenset(_ROLE_WORDS_PRINTED.split())
_WRAPPED_HYPHEN = re.compile(r"(?<=\w)- (?=[A-Z])")
_EDGE_PUNCT = ",;:()[]"


def is_role_word(word: str) -> bool:
    """True for a word that starts a role or an organisation ("Director", "NHS", "Healthwatch")."""
    bare = word.strip(_EDGE_PUNCT + ".'’")
    if len(bare) >= 2 and bare.isupper() and bare.isalpha():
        return True  # an acronym: NHS, CCG, RBKC
    return bare.casefold() in ROLE_WORDS


def name_length(words: list[str]) -> int:
    """How many of ``words`` (honorifics already gone) are the person's name.

    The first two capitalised words always are; a third or fourth only if it is
    not a role word, and only when nothing follows or a comma closes the name.
    """
    count = 0
    for i, word in enumerate(words[:4]):
        bare = word.strip(_EDGE_PUNCT)
        if word.startswith("(") or not bare or not NAME_WORD.match(bare) or (i >= 2 and is_role_word(bare)):
            break
        count += 1
        if word[-1] in ",;:":
            return count
    if count > 2 and len(words) > count:
        return 2
    return count


def split_name_role(text: str) -> Mention:
    """ "Dr Andrew Steeden Chair of West London CCG" -> Andrew Steeden / "Chair of West London CCG".

    For a name printed straight before its role or organisation with no
    separator.  Brackets straight after the name are roles ("Tim Mitchell
    (Chair)" -> "Chair"); brackets later belong to the role as printed
    ("Ravi Dhillon – City Council (balancing member)").
    """
    words = strip_honorifics(_WRAPPED_HYPHEN.sub("-", tidy(text))).split()
    count = name_length(words)
    rest = " ".join(words[count:])
    roles: list[str] = []
    while match := _LEADING_PARENS.match(rest):
        roles += [match.group(1).strip()] if match.group(1).strip() else []
        rest = rest[match.end() :]
    if tidy(rest):
        roles.append(tidy(rest))
    return Mention(name=clean_name(" ".join(words[:count])), role="; ".join(roles) or None)


_LEADING_PARENS = re.compile(r"\s*\(([^()]{0,300})\)")
