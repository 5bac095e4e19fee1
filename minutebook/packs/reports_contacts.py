"""Report authors and contact officers: names, emails and phones, wherever a report prints them.

A header prints "Report Author and Contact Details: Meenara Islam, Principal
Policy Officer, mislam@westminster.gov.uk / 020 7641 8532"; the end of a
report prints "If you have any queries about this Report … please contact:"
then a name, "Email: …" and "Telephone: …" on lines of their own.  Both are
read the same way: find the emails, phones and people's names in the text,
then give each email and phone to the person it belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutebook.packs.lines import Line
from minutebook.packs.people import NAME_WORD, clean_name, is_role_word
from minutebook.packs.record import Contact

EMAIL = re.compile(
    r"(?<![\w.+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}"
)
PHONE = re.compile(
    r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?\d{2,4}|\(?0\d{2,4}\)?)[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)"
)
LABEL = re.compile(
    r"(?<![\w-])(?:e-?mail(?:\s+address)?|e|tel(?:ephone)?(?:\s+no\.?)?|t|phone|mobile|mob|m|direct line|fax|ext|extension|"
    r"contact officers?|contact|name|report authors?(?:\(s\))?|authors?|lead officers?)\s*[:.]\s",
    re.I,
)
NAME = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][A-Za-z'’-]{1,30}(?:[ \t]+(?:[A-Z]\.?[ \t]+)?(?:(?:de|van|von|da|di|du|le|la)[ \t]+)?"
    r"[A-Z][A-Za-z'’-]{1,30}){1,3})"
)
BRACKETED = re.compile(r"\(([^()@]{0,200})\)")
LETTERS = re.compile(r"[^a-z]")
# Role words that are also common surnames: allowed as the second word of a name.
MAX_TEXT = 4_000
MAX_LINES = 60
SURNAME_WORDS = frozenset(
    {"green", "west", "north", "south", "east", "head", "hall", "lord", "mayor", "chambers"}
)


@dataclass
class _Found:
    kind: str  # name | email | phone
    value: str
    at: int
    line: Line


def _person(run: str) -> tuple[str | None, int]:
    """The person's name at the start of a capitalised run (or None), and how many words it took."""
    words: list[str] = []
    for i, word in enumerate(run.split()):
        bare = word.strip(".,")
        role = is_role_word(bare) and not (i == 1 and bare.casefold() in SURNAME_WORDS)
        if role or not NAME_WORD.match(bare):
            break
        words.append(bare)
    if len(words) < 2 or (len(words) == 2 and len(words[1]) == 1):
        return None, 0
    return clean_name(" ".join(words)), len(words)


def _starts_segment(text: str, at: int) -> bool:
    """True where a name begins a line or a labelled value, not a clause after a comma."""
    before = text[max(0, at - 3) : at].rstrip(" \t*[")
    return not before or before[-1] in "\n;:"


def _not_a_person(text: str, at: int) -> bool:
    """Words after a house number ("5 Pancras Square") or a post's "of"/"for" ("Head of Private Rented Sector")."""
    return bool(re.search(r"(?:\b\d{1,4}[a-z]?|\b(?:of|for))\s+$", text[max(0, at - 6) : at]))


def _names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every person named in ``text``; a run that names no one is tried again a word on."""
    out: list[tuple[int, str]] = []
    at = 0
    while match := NAME.search(text, at):
        name, taken = _person(match["name"])
        words = match["name"].split()
        cut_by_role = taken < len(words) and is_role_word(words[taken].strip(".,"))
        if (
            name
            and (not cut_by_role or _starts_segment(text, match.start()))
            and not _not_a_person(text, match.start())
        ):
            out.append((match.start(), name))
        skip = max(taken, 1)
        at = match.start() + len(" ".join(words[:skip]))
    return out


def _text_of(parts: list[tuple[Line, str]]) -> tuple[str, list[tuple[int, Line]]]:
    """The parts joined by new lines, and where each line starts in the joined text."""
    chunks: list[str] = []
    starts: list[tuple[int, Line]] = []
    offset = 0
    for line, text in parts:
        starts.append((offset, line))
        chunks.append(text)
        offset += len(text) + 1
    return "\n".join(chunks), starts


def _line_at(starts: list[tuple[int, Line]], at: int) -> Line:
    found = starts[0][1]
    for offset, line in starts:
        if offset > at:
            break
        found = line
    return found


def _found(parts: list[tuple[Line, str]]) -> list[_Found]:
    text, starts = _text_of(parts)
    text = BRACKETED.sub(lambda m: " " * len(m.group()), text)  # roles in brackets name no one
    out: list[_Found] = []
    for kind, pattern in (("email", EMAIL), ("phone", PHONE)):
        for match in pattern.finditer(text):
            out.append(
                _Found(kind, match.group().strip(" ()"), match.start(), _line_at(starts, match.start()))
            )
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    text = LABEL.sub(lambda m: ";" + " " * (len(m.group()) - 1), text)
    for at, name in _names(text):
        out.append(_Found("name", name, at, _line_at(starts, at)))
    return sorted(out, key=lambda f: f.at)


def _surname_in(email: str, contact: Contact) -> bool:
    local = LETTERS.sub("", email.split("@")[0].casefold())
    names = (contact.name or "").casefold().split()
    return any(len(n) >= 3 and LETTERS.sub("", n) in local for n in names[-1:] + names[:1])


class _Pairing:
    """People found in order, each with the emails and phones that belong to them."""

    def __init__(self, found: list[_Found]) -> None:
        self.found = found
        self.people: list[tuple[int, Contact]] = [
            (f.at, Contact(name=f.value, line=f.line.number, page=f.line.page))
            for f in found
            if f.kind == "name"
        ]

    def run(self) -> list[Contact]:
        emails = [f for f in self.found if f.kind == "email"]
        left = [f for f in emails if not self._by_name(f)]
        for found in left:
            self._nearest(found, "email")
        for found in (f for f in self.found if f.kind == "phone"):
            self._nearest(found, "phone")
        return [c for _, c in self.people]

    def _by_name(self, found: _Found) -> bool:
        for _, contact in self.people:
            if contact.email is None and _surname_in(found.value, contact):
                contact.email = found.value
                return True
        return False

    def _nearest(self, found: _Found, field: str) -> None:
        free = [(at, c) for at, c in self.people if getattr(c, field) is None]
        before = [pair for pair in free if pair[0] < found.at]
        after = [pair for pair in free if pair[0] > found.at]
        if before or after:
            setattr((before[-1] if before else after[0])[1], field, found.value)
        elif field == "email":
            contact = Contact(name=None, email=found.value, line=found.line.number, page=found.line.page)
            self.people.append((found.at, contact))


def read_contacts(parts: list[tuple[Line, str]]) -> list[Contact]:
    """The contacts printed in ``parts`` (each a line and the text of it to read).

    A contact block is a few lines; anything past ``MAX_TEXT`` characters is not one.
    """
    parts = [(line, text[:MAX_TEXT]) for line, text in parts if text.strip()][:MAX_LINES]
    if not parts:
        return []
    return _Pairing(_found(parts)).run()


def merge(contacts: list[Contact]) -> list[Contact]:
    """One entry per person: the same email or the same name is the same contact."""
    out: list[Contact] = []
    for contact in contacts:
        same = next((c for c in out if _same(c, contact)), None)
        if same is None:
            out.append(contact)
            continue
        same.name = same.name or contact.name
        same.email = same.email or contact.email
        same.phone = same.phone or contact.phone
    return out


def _same(a: Contact, b: Contact) -> bool:
    if a.email and b.email:
        return a.email.casefold() == b.email.casefold()
    if a.name and b.name:
        return a.name.casefold() == b.name.casefold()
    # "Author: Sam Lee" in the header and "Contact: sam.lee@…" at the end: one person.
    named, emailed = (a, b) if a.name else (b, a)
    return bool(named.name and emailed.email and not named.email and _surname_in(emailed.email, named))
