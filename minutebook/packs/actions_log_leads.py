"""The lead column of an actions log, split into its owners.

"Chris Neill / Bernie Flaherty" is two owners; "Ezra Wallace, Chris Neill (NHS
…) and Louise Proctor (…)" three, without the bracketed body; "Councillor
Heather Acton" is "Heather Acton"; "Director of Public Health." drops its full
stop.  A team or body is an owner too, and may itself hold "and" or commas
("Health and Wellbeing Board", "Policy, Performance and Communication").

Conversions of PDFs often run two owners together with only spaces
("Public Health  Healthwatch Westminster", "NHS North West London Adult Social
Care").  Those are cut with a lexicon: the owners the same log prints on their
own elsewhere, plus common council and NHS bodies and roles; a run of
capitalised words that is plainly several people ("Ann Bell Tom Hay") is cut
into two-word names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from minutebook.packs.actions_log_owners import (
    BODY_WORDS,
    CONNECTIVES,
    HEAD_WORDS,
    KNOWN_OWNERS,
    MAX_NAME_WORDS,
    ORG_PREFIXES,
    ORG_WORDS,
    POST,
    POST_WORDS,
    TAIL_WORDS,
    TITLES,
    Lexicon,
    clean_name,
    is_post,
    owner_key,
    owner_words,
    person_like,
    titled_person,
)
from minutebook.packs.text import fold

# Separators that always part two owners: "/", ";", a line break or two spaces,
# a full stop ending a word of two letters or more ("Groups. NHS England").
_STRONG = re.compile(
    r"\s*[/;\n]\s*|\s{2,}|(?<=[a-z]{2})(?<!\bMrs)(?<!\bCllr)(?<!\bProf)(?<!\bRevd)\.\s+(?=[A-Z])"
    r"|(?<=[A-Z]{3})\.\s+(?=[A-Z])"
)
# Separators that part owners only where both sides are owners on their own.
_WEAK = re.compile(r"\s*,\s*|\s+(?:and|&)\s+", re.I)
_WHITE_RUN = re.compile(r"\s{2,}")
_MAX_PHRASE_WORDS = 8  # the longest owner the lexicon cuts with
_MAX_CELL_WORDS = 40  # longer cells are prose, not owners run together
_MAX_ATOMS = 40
_NOT_CONNECTIVE = re.compile(r"\band\b|[\s,&]", re.I)  # what is left is a name
_EDGE_AND = re.compile(r"^(?:and|&)(?:\s+|$)|\s+(?:and|&)$", re.I)
_PARENS = re.compile(r"\([^()]{0,300}\)")
_UNCLOSED = re.compile(r"\s*\([^()]{0,300}$")
_REMIT = re.compile(r"^(?P<post>[^()]{3,120}?)\s*\((?P<remit>[^()\d]{3,120})\)$")


def strong_parts(cell: str) -> list[str]:
    """The cell cut at separators that always part owners, outside brackets."""
    parts = _outside_brackets(_squeeze(cell), _STRONG)
    return [p for p in (clean_name(_UNCLOSED.sub("", p)) for p in parts) if p]


def _squeeze(cell: str) -> str:
    """Runs of white space cut to a line break or two spaces, so separators match in linear time."""
    return _WHITE_RUN.sub(lambda m: "\n" if "\n" in m.group() else "  ", cell)


def _outside_brackets(text: str, separator: re.Pattern[str]) -> list[str]:
    """``text`` split at ``separator`` matches that are not inside brackets."""
    parts: list[str] = []
    start = 0
    for match in separator.finditer(_masked(text)):
        if match.end() > match.start():
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


def _masked(text: str) -> str:
    """``text`` with what stands in brackets (and the brackets) blanked out, offsets kept."""
    if "(" not in text:
        return text
    out: list[str] = []
    depth = 0
    for ch in text:
        depth += ch == "("
        out.append("_" if depth else ch)
        depth -= ch == ")" and depth > 0
    return "".join(out)


def lexicon_of(cells: Iterable[str]) -> Lexicon:
    """The lexicon of a log: every owner its lead cells print between strong separators."""
    return Lexicon(part for cell in cells for part in strong_parts(cell))


def split_leads(cell: str, lexicon: Lexicon | None = None) -> list[str]:
    """The owners named in one lead cell, in order."""
    lexicon = lexicon or Lexicon()
    owners: list[str] = []
    for part in _outside_brackets(_squeeze(cell), _STRONG):
        for segment in _known_segments(_UNCLOSED.sub("", part), lexicon):
            for piece in _weak_pieces(segment, lexicon):
                remit = _post_and_remit(piece) or _post_and_department(piece)
                owners.extend([remit] if remit else run_together(clean_name(piece), lexicon))
    return [o for o in owners if o]


def _post_and_remit(piece: str) -> str | None:
    """ "Executive Director (Education and Children's Services)": a post whose remit in brackets is its name."""
    match = _REMIT.match(piece.strip())
    if match is None or len(match["remit"].split()) < 2:
        return None  # "Clerk (RFO)", "Place Director (North)": the bracket only glosses the post
    post = clean_name(match["post"])
    return f"{post} ({fold(match['remit'])})" if is_post(post) else None


def _post_and_department(piece: str) -> str | None:
    """ "Deputy Chief Officer, Children's Services": a post and its department, one owner."""
    post, comma, department = piece.partition(",")
    if not comma or "," in department or not is_post(clean_name(post)) or not _department(department):
        return None
    return clean_name(piece)


def _known_segments(part: str, lexicon: Lexicon) -> list[str]:
    """A part without commas cut where it runs known owners together ("Ann Bell Health and Wellbeing Board")."""
    if "," in part:
        return [part]
    words = _PARENS.sub("", part).split()
    return (_by_lexicon(words, lexicon) if 3 <= len(words) <= _MAX_CELL_WORDS else None) or [part]


def _weak_pieces(text: str, lexicon: Lexicon) -> list[str]:
    """``text`` cut at commas and "and" where the text before stands alone as an owner."""
    atoms = _atoms(text)
    if len(atoms) > _MAX_ATOMS:
        return [atom for _, atom in atoms]
    pieces: list[tuple[str, str]] = []  # (separator before, piece)
    current = before = ""
    for k, (separator, atom) in enumerate(atoms):
        current, before = (f"{current}{separator}{atom}", before) if current else (atom, separator)
        if _closes(current, atoms[k + 1] if k + 1 < len(atoms) else None, lexicon):
            pieces.append((before, current))
            current = ""
    if current and pieces and len(owner_words(current)) == 1 and current not in lexicon:
        pieces[-1] = (pieces[-1][0], f"{pieces[-1][1]}{before}{current}")
    elif current:
        pieces.append((before, current))
    return _without_roles(_with_remits(pieces, lexicon))


def _with_remits(pieces: list[tuple[str, str]], lexicon: Lexicon) -> list[tuple[str, str]]:
    """A post and, after a comma, its remit: "Corporate Director, Families, Children & Learning"."""
    out: list[tuple[str, str]] = []
    for separator, piece in pieces:
        if (
            out
            and separator.strip() == ","
            and is_post(clean_name(out[-1][1]))
            and (not lexicon.owner_like(piece) or _department(piece))
        ):
            out[-1] = (out[-1][0], f"{out[-1][1]}{separator}{piece}")
            continue
        out.append((separator, piece))
    return out


def _department(piece: str) -> bool:
    """A council's department ("Adult Services", "Parks Team"): after a post and a comma, the post's remit."""
    words = owner_words(clean_name(piece))
    return len(words) >= 2 and words[-1] in TAIL_WORDS and not is_post(clean_name(piece))


def _closes(current: str, following: tuple[str, str] | None, lexicon: Lexicon) -> bool:
    """True when ``current`` is an owner and what follows starts another.

    After a post, "and" goes on naming its remit ("Head of Legal and
    Democratic Services", "Head of Waste and Street Scene") unless another
    post, a body or a person the log names on their own follows.
    """
    if not lexicon.owner_like(current):
        return False
    if following is None or following[0].strip().casefold() not in ("and", "&"):
        return True
    if not is_post(clean_name(current)):
        return True
    name = clean_name(following[1])
    known_person = person_like(name) and (name in lexicon or titled_person(following[1], name))
    words = owner_words(name)
    body = len(words) >= 2 and words[-1] in BODY_WORDS and not _straddles(current, name, lexicon)
    return known_person or body or is_post(name) or words[0] in ORG_PREFIXES


def _straddles(current: str, name: str, lexicon: Lexicon) -> bool:
    """True when a known owner runs over the "and" ("Director of Housing and Health and Wellbeing Board")."""
    joined, tail = owner_key(f"{current} and {name}"), owner_key(name)
    return any(joined.endswith(f" {p}") and len(p) > len(tail) + 4 for p in lexicon.phrases)


def _without_roles(pieces: list[tuple[str, str]]) -> list[str]:
    """Drop a post or body printed after a person's name and a comma: where they work, not a second owner.

    "Jane Smith, Chief Executive"; "Ann Lee, Westmoor Hospitals NHS FT".
    """
    out: list[str] = []
    for separator, piece in pieces:
        if out and separator.strip() == "," and person_like(clean_name(out[-1])) and _affiliation(piece):
            continue
        out.append(piece)
    return out


def _affiliation(piece: str) -> bool:
    name = clean_name(piece)
    return is_post(name) or (not person_like(name) and bool(ORG_WORDS & set(owner_words(name))))


def _atoms(text: str) -> list[tuple[str, str]]:
    """(separator before, atom) for each atom of ``text`` between weak separators outside brackets."""
    out: list[tuple[str, str]] = []
    start, separator = 0, ""
    for match in _WEAK.finditer(_masked(text)):
        if match.start() > start:
            out.append((separator, text[start : match.start()]))
            separator, start = match.group(), match.end()
    out.append((separator, text[start:]))
    return [(s, a) for s, a in out if _NOT_CONNECTIVE.sub("", a)]


def run_together(text: str, lexicon: Lexicon) -> list[str]:
    """Owners printed with only spaces between them, cut by the lexicon or as names."""
    words = text.split()
    if not 3 <= len(words) <= _MAX_CELL_WORDS:
        return [text]
    titled = _at_title(words)
    if titled:
        return [o for part in titled for o in run_together(clean_name(part), lexicon)]
    return _by_lexicon(words, lexicon) or _by_names(words) or _person_and_post(words) or [text]


def _at_title(words: list[str]) -> list[str] | None:
    """Cut before a title inside the words: "Cabinet Member for Health Cllr Ann Bell"."""
    for i in range(1, len(words) - 1):
        if owner_words(words[i])[0] in TITLES and words[i + 1][:1].isupper():
            return [" ".join(words[:i]), " ".join(words[i:])]
    return None


def _longest_entry(words: list[str], start: int, lexicon: Lexicon) -> int:
    """End index of the longest lexicon entry starting at ``start``; ``start`` if none."""
    if owner_key(words[start]) not in lexicon.phrase_starts:
        return start  # no entry starts with this word: most words of a cell
    keys = lexicon.phrases
    for end in range(min(len(words), start + _MAX_PHRASE_WORDS), start, -1):
        if end - start < len(words) and owner_key(" ".join(words[start:end])) in keys:
            return end
    return start


def _extend_tail(words: list[str], end: int, lexicon: Lexicon) -> int:
    """The end of a known owner with the words that go on naming it: "Public Health Team", "Public
    Health Lead", "Public Health Intelligence Team" (one word and a team's head)."""
    while (
        end < len(words)
        and _longest_entry(words, end, lexicon) == end
        and not POST.match(" ".join(words[end:]))
    ):
        word = owner_words(words[end])[0]
        if word in TAIL_WORDS or word in POST_WORDS:
            end += 1
        elif (
            end + 1 < len(words) and words[end][:1].isupper() and owner_words(words[end + 1])[0] in TAIL_WORDS
        ):
            end += 2
        else:
            break
    return end


def _segments(words: list[str], lexicon: Lexicon) -> list[tuple[str, bool]]:
    """The words as (text, is a lexicon entry) runs, longest entries first."""
    out: list[tuple[str, bool]] = []
    gap: list[str] = []
    i = 0
    while i < len(words):
        end = _longest_entry(words, i, lexicon)
        if end == i:
            gap.append(words[i])
            i += 1
            continue
        end = _extend_tail(words, end, lexicon)
        out.extend([(_gap(gap), False)] if gap else [])
        out.append((" ".join(words[i:end]), True))
        gap, i = [], end
    out.extend([(_gap(gap), False)] if gap else [])
    return out


def _gap(words: list[str]) -> str:
    """Words between two known owners (an "and" joining them is dropped, and noticed later)."""
    return _EDGE_AND.sub("", " ".join(words))


def _by_lexicon(words: list[str], lexicon: Lexicon) -> list[str] | None:
    """Known owners found in the words, with the words between them owners in their own right."""
    segments = _segments(words, lexicon)
    if not any(known for _, known in segments):
        return None
    pieces: list[str] = []
    for k, (text, known) in enumerate(segments):
        if not text:
            continue
        if known or lexicon.owner_like(text):
            pieces.append(text)
        elif pieces and _qualifies(pieces[-1], text, segments[k - 1][1], lexicon):
            pieces[-1] = f"{pieces[-1]} {text}"
        elif k + 1 < len(segments):
            segments[k + 1] = (f"{text} {segments[k + 1][0]}", False)
        else:
            return None
    if len(pieces) < 2 or " ".join(pieces) != " ".join(words):
        return None  # owners joined by "and" are cut (or not) by ``_weak_pieces``
    return pieces


def _qualifies(owner: str, words: str, known: bool, lexicon: Lexicon) -> bool:
    """True when ``words`` complete the owner before them: a known body and its place ("Healthwatch Westminster")."""
    return (known and words[0].isupper()) or lexicon.owner_like(f"{owner} {words}")


def _person_and_post(words: list[str]) -> list[str] | None:
    """A person and a post printed on two lines of one cell: "Sarah Jones Head of Planning"."""
    for i in range(2, min(len(words) - 1, MAX_NAME_WORDS + 1)):
        left, right = " ".join(words[:i]), " ".join(words[i:])
        if person_like(left) and is_post(right) and POST.match(right):
            return [left, right]
    for i in range(len(words) - 2, max(1, len(words) - MAX_NAME_WORDS - 1), -1):
        left, right = " ".join(words[:i]), " ".join(words[i:])
        if is_post(left) and person_like(right):
            return [left, right]
    return None


def _by_names(words: list[str]) -> list[str] | None:
    """ "Ann Bell Tom Hay Sue Lee" -> three two-word names, when every word is a name word."""
    if len(words) < 4 or len(words) % 2 or not person_like(" ".join(words[:2])):
        return None
    pairs = [" ".join(words[i : i + 2]) for i in range(0, len(words), 2)]
    return pairs if all(person_like(p) for p in pairs) else None


__all__ = [
    "CONNECTIVES",
    "HEAD_WORDS",
    "KNOWN_OWNERS",
    "ORG_PREFIXES",
    "ORG_WORDS",
    "POST_WORDS",
    "Lexicon",
    "is_post",
    "lexicon_of",
    "person_like",
    "run_together",
    "split_leads",
    "strong_parts",
]
