"""People as minutes print them: who a list names, with which role, and as whose deputy.

A list such as "Dr A (Role), B (Deputy for C, Org) and Councillor D" is cut into
chunks at commas, semicolons and "and" outside brackets (and between two
bracketed entries printed on one line, "A (x) B (y)"); a chunk that is a
person starts an entry, a chunk that is not (", Cabinet Member for Adults")
is that entry's role.  Bracketed text is sorted into roles, deputy markers
("acting as Deputy", "Deputy for X, Org") and initials ("(DV)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from minutebook.packs.people import clean_name, strip_honorifics


def word_set(text: str) -> frozenset[str]:
    """A vocabulary written as words separated by white space."""
    return frozenset(text.split())


# Words that never occur in a person's name but often in a role, a body or a heading.
NOT_NAME_WORDS = word_set("""
    chair chairman chairwoman chairperson vice director manager officer executive head member members
    representative representatives council councils board boards committee services service health nhs
    trust ccg ccgs group team clerk secretary lead cabinet leader deputy deputies mayor solicitor adviser
    advisor consultant partnership borough city county district police fire care public policy governance
    legal finance planning housing commissioning children adult adults social community network item items
    action actions agenda minutes notes decision decisions page date time venue present apologies absence
    attendance officers substitute substitutes declarations interest interests report business welcome
    meeting healthwatch alliance hospital college university foundation forum commission department the
    of for and to in on at by with from none no nil also all any other new london england wales scotland
    royal municipal assembly partnerships programme project strategy update steering joint constabulary ambulance voluntary
    chief auditor matters issues
    """)
_PARTICLES = word_set("de van von der den la le da di du bin al el del dos ter st")
_NOT_NAME_CHAR = re.compile(r"[^\w\s'’-]")
_PLURAL = re.compile(r"^\s*(?:councillors|cllrs\.?|aldermen)\s", re.I)
_DEPUTY_FOR = re.compile(
    r"^(?:(?:acting\s+)?as\s+)?(?:a\s+|the\s+)?(?:deputy|substitute|substituting|sub|proxy)\s+(?:member\s+)?(?:for|to)\s+(?P<who>.+)$"
    r"|^(?:in\s+place\s+of|deputising\s+for|deputizing\s+for|on\s+behalf\s+of|replacing|for)\s+(?P<who2>.+)$",
    re.I,
)
_DEPUTY_MARK = re.compile(
    r"^(?:acting\s+as\s+(?:a\s+|the\s+)?)?(?:deputy|substitute(?:\s+member)?|sub|proxy(?:\s+member)?)\.?$",
    re.I,
)
# "(Councillor Y substituting)", "(Y attended as substitute)", "(Dr Y, Deputy Director, attended in her absence)",
# "(substituted by Councillor Y)".
_SUBSTITUTING = re.compile(
    r"^(?P<who>.+?),?\s+(?:substitut(?:ing|ed)|deputi[sz](?:ing|ed)|attending\s+as\s+(?:a\s+)?substitute"
    r"|(?:attended|was\s+present)\s+as\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:substitute|deputy)"
    r"|attended\s+(?:in\s+(?:his|her|their)\s+(?:absence|place|stead)|on\s+(?:his|her|their)\s+behalf))"
    r"(?:\s+for\s+.+)?$"
    r"|^(?:substitute|sub|deputy)\s*[:–—-]\s*(?P<who2>.+)$"
    r"|^(?:substituted|represented|deputised|deputized|replaced)\s+by\s+(?P<who3>.+)$",
    re.I,
)


@lru_cache(maxsize=4096)
def words_of(text: str) -> tuple[str, ...]:
    """The words of a name, casefolded, without honorifics or punctuation."""
    bare = _NOT_NAME_CHAR.sub(" ", clean_name(text)).replace("-", " ")
    return tuple(w for w in bare.casefold().replace("’", "'").replace("'", "").split() if w)


def same_person(a: str, b: str) -> bool:
    """True when two printed names are one person ("Dr Neville Pursell" and "Neville Pursell")."""
    wa, wb = words_of(a), words_of(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    return wa[-1] == wb[-1] and (set(wa) <= set(wb) or set(wb) <= set(wa))


def _name_word(word: str) -> bool:
    if word.casefold() in _PARTICLES:
        return True
    if not word[0].isupper():
        return False
    return all(ch.isalpha() or ch in "'’-." for ch in word)


def has_honorific(text: str) -> bool:
    stripped = text.strip()
    return strip_honorifics(stripped) != stripped


@lru_cache(maxsize=4096)
def is_person(text: str, plural: bool = False) -> bool:
    """True for "Dr Jane Smith", "Councillor Smith", "Daniela Valdés"; not for roles or prose.

    ``plural`` says the list began with "Councillors", so a bare surname is a person.
    """
    if len(text) > 300:
        return False
    outside, _groups = split_parens(text)
    honorific = has_honorific(outside)
    words = clean_name(outside).split()
    if not words or len(words) > 5:
        return False
    if len(words) == 1 and not (honorific or plural):
        return False
    if any(w.casefold().strip(".,'’") in NOT_NAME_WORDS for w in words):
        return False
    if not honorific and all(w.isupper() and len(w) > 1 for w in words):
        return False
    return all(_name_word(w) for w in words)


def split_parens(text: str) -> tuple[str, list[str]]:
    """Text outside top-level brackets, and the bracketed groups (inner brackets kept)."""
    outside: list[str] = []
    groups: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                outside.append(text[start:i])
                start = i + 1
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append(text[start:i].strip())
                start = i + 1
    if depth:
        groups.append(text[start:].strip())
    else:
        outside.append(text[start:])
    return re.sub(r"\s+", " ", " ".join(outside)).strip(), [g for g in groups if g]


@dataclass
class Chunk:
    """A piece of a list between separators, with its place in the text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


_TOKEN = re.compile(
    r"[(),;]|(?<![^\s])(?i:and)\s|(?<=[a-z])\s(?=(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Mx|Professor|Prof|Revd|Rev|Sir|Dame)\.?\s)"
)


def _person_follows(text: str, i: int) -> bool:
    """After ")": does another entry start here ("A (x) B (y)")?"""
    rest = text[i : i + 60].lstrip()
    return bool(rest) and rest[0].isupper() and rest[:4].lower() != "and " and not _CHAIR_WORDS.match(rest)


def chunks(text: str) -> list[Chunk]:
    """Cut a list at commas, semicolons and "and" outside brackets, and between "A (x) B (y)"."""
    out: list[Chunk] = []
    depth, start = 0, 0
    for token in _TOKEN.finditer(text):
        mark = token.group(0)
        if mark.isspace():  # "Councillor R Stone Councillor T Udall", not "Rev Dr A Keir"
            if depth == 0 and not _after_honorific(text, token.start()):
                out.append(Chunk(start, token.start()))
                start = token.end()
        elif mark == "(":
            depth += 1
        elif mark == ")":
            depth = max(0, depth - 1)
            if depth == 0 and _person_follows(text, token.end()):
                out.append(Chunk(start, token.end()))
                start = token.end()
        elif depth == 0:
            out.append(Chunk(start, token.start()))
            start = token.end()
    out.append(Chunk(start, len(text)))
    return [c for c in out if c.of(text).strip(" .,;:")]


def _after_honorific(text: str, i: int) -> bool:
    """Is the word before ``i`` an honorific ("Rev" of "Rev Dr A Keir")?"""
    before = text[max(0, i - 30) : i].split()
    return bool(before) and has_honorific(f"{before[-1]} X")


@dataclass
class Named:
    """A person named in a list, before they become an Attendance entry."""

    name: str
    roles: list[str] = field(default_factory=list)
    deputy: bool = False
    deputy_for: str | None = None
    substitute: str | None = None  # "(Councillor Y substituting)" printed with an apology
    post: bool = False  # named after the post they hold: "Chief Executive (M Green)"
    start: int = 0
    end: int = 0

    @property
    def role(self) -> str | None:
        return "; ".join(r for r in self.roles if r) or None


def _is_initials(group: str, name: str) -> bool:
    """ "(DV)" after "Daniela Valdés", "(AMS)" after "Ann-Marie Smith"."""
    if " " in group or not group.isalpha() or len(group) > 5:
        return False
    capitals = "".join(ch for ch in group if ch.isupper())
    parts = re.split(r"[\s-]+", name)
    firsts = "".join(p[0].upper() for p in parts if p)
    whole = "".join(p[0].upper() for p in name.split() if p)
    return len(capitals) >= 2 and capitals in (firsts, whole)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _read_group(named: Named, group: str) -> None:
    """Sort one bracketed group into role, deputy marker or initials."""
    if _is_initials(group, named.name):
        return
    if _DEPUTY_MARK.match(group):
        named.deputy = True
        return
    deputy = _DEPUTY_FOR.match(group)
    who, _, rest = (deputy["who"] or deputy["who2"]).partition(",") if deputy else ("", "", "")
    if deputy and is_person(who):
        named.deputy, named.deputy_for = True, clean_name(who)
        if rest.strip():
            named.roles.append(rest.strip())
        return
    substitute = substitute_of(group)
    if substitute:
        named.substitute = substitute
        return
    named.roles.append(_capitalised(group))


def substitute_of(text: str) -> str | None:
    """ "Councillor Y substituting", "substituted by Councillor Y": who stood in for the person before, else None."""
    substitute = _SUBSTITUTING.match(text.strip())
    who = (
        (substitute["who"] or substitute["who2"] or substitute["who3"]).partition(",")[0]
        if substitute
        else ""
    )
    return clean_name(who) if substitute and is_person(who) else None


def read_role(named: Named, text: str) -> None:
    """A role printed apart from the name (a table's cell): a role, or "Substitute for X" (a deputy)."""
    if text.strip():
        _read_group(named, text.strip())


def named(text: str, start: int = 0) -> Named:
    """One printed mention: "Dr Neville Pursell (acting as Deputy)"."""
    outside, groups = split_parens(text)
    person = Named(name=clean_name(outside), start=start, end=start + len(text))
    for group in groups:
        _read_group(person, group)
    return person


_CHAIR_WORDS = re.compile(r"(?:presided|presiding|in\s+the\s+chair)\b", re.I)
_IN_THE_CHAIR = re.compile(r"\s+(?:\(?in\s+the\s+chair\)?|presiding|presided)\s*$", re.I)


def _person_in(text: str, start: int, plural: bool) -> Named | None:
    """The person a chunk names: "Dr A (Role)", "The Mayor (Councillor X)", "Councillor X in the Chair",
    "from Mr Brown", "Councillor Smith who was unwell"."""
    lead = _LEADING_WORDS.match(text)
    if lead:
        text, start = text[lead.end() :], start + lead.end()
    chair = _IN_THE_CHAIR.search(text)
    if chair:
        text = text[: chair.start()]
    person = _titled(text, start)
    if person is None and is_person(text, plural):
        person = named(text, start)
        person.start += max(0, text.find(person.name.split()[0]))
    elif person is None:
        person = _post_holder(text, start) or _person_before_clause(text, start)
    if person is not None and chair:
        person.roles.append("In the Chair")
    return person


# "from Mr Brown"; "County Councillor A" (a Welsh councillor's title: "County" is not a name).
_LEADING_WORDS = re.compile(r"^(?:and\s+|also\s+)?(?:from|by|with)\s+(?=[A-Z])|^County\s+(?=Councillors?\s)")
_CLAUSE_WORD = re.compile(r"\s(?:who|whom|which|was|were|is|had|has|sent|gave|attending|being)\s")


def _person_before_clause(text: str, start: int) -> Named | None:
    """ "Councillor Smith who was represented by ...": the person before the clause."""
    clause = _CLAUSE_WORD.search(text)
    if clause is None or "(" in text[: clause.start()]:
        return None
    head = text[: clause.start()]
    return named(head, start) if is_person(head) else None


_POST_TITLE = re.compile(
    r"^(?:the\s+)?(?:(?:(?:deputy|lord|vice|civic)\s+)?(?:mayor|provost|bailie)"
    r"|(?:(?:deputy|assistant)\s+)?chief\s+(?:fire\s+officer|officer|constable)|police\s+and\s+crime\s+commissioner"
    r"|(?:station|group|area|watch)\s+(?:manager|commander))\s+(?=[A-Z])",
    re.I,
)


def _titled(text: str, start: int) -> Named | None:
    """ "Mayor Sophie Hale (Chair)", "Provost A Reid", "Bailie Ross", "Chief Fire Officer A Lee": the post
    printed as a title before the name."""
    title = _POST_TITLE.match(text)
    if title is None or not is_person(text[title.end() :], plural=True):  # the title marks a surname too
        return None
    person = named(text[title.end() :], start + title.end())
    person.roles.insert(0, _capitalised(re.sub(r"^the\s+", "", title.group(0).strip(), flags=re.I)))
    return person


def _post_holder(text: str, start: int) -> Named | None:
    """ "The Mayor (Councillor D Evans)", "Chief Executive (M Green)": the person in brackets, the post as role."""
    outside, groups = split_parens(text)
    if not groups or not outside or not is_person(groups[0]) or len(outside.split()) > 8:
        return None
    person = named(groups[0], start)
    person.start, person.end = start + max(0, text.find(person.name.split()[0])), start + len(text)
    person.roles.insert(0, re.sub(r"^the\s+", "", outside, flags=re.I))
    person.post = True
    for group in groups[1:]:
        _read_group(person, group)
    return person


def _joint_post(text: str, loose: Chunk, chunk: Chunk, person: Named) -> bool:
    """Was ``loose`` the first half of the post ``person`` holds ("A and B (Name)")?"""
    return (
        person.post and text[loose.end : chunk.start].strip().lower() == "and" and bool(_tail(loose.of(text)))
    )


def _tail(text: str) -> str:
    return re.sub(r"^[\s,;:–—-]+|[\s,;:.]+$", "", text)


def starts_plural(text: str) -> bool:
    """ "Councillors Smith, Jones and Brown": the bare surnames that follow are people."""
    return bool(_PLURAL.match(text))


def _role_goes_on(text: str, loose: Chunk | None, chunk: Chunk, one_entry: bool) -> bool:
    """Is a name-like ``chunk`` after a role the rest of that role ("…, Children and Young People";
    in a one-per-line list, "Kieran Doyle, Programme Director, Making Manchester Fairer")?"""
    if loose is None or has_honorific(chunk.of(text)):
        return False
    return one_entry or text[loose.end : chunk.start].strip().lower() == "and"


_SUBSTITUTED_BY = re.compile(
    r"(?:,\s+((?:substituted|deputised|deputized|replaced)\s+by\s+[^,;()–—]{3,60}?)"
    r"|\s+[–—-]\s+([^,;()–—]{3,60}?\s+(?:substituting|deputising|deputizing)))(?=\s*(?:[,;.]|\s+and\s|$))",
    re.I,
)
_LAST_GROUP = re.compile(r"\s*\(([^()]+)\)$")


def deputy_tail(person: Named, role: str) -> str:
    """A role ending in a deputy's bracket ("…, Foundation Trust (substituting for A)") or an apology's
    substitute ("…, Police (substituted by B)"): the bracket read."""
    group = _LAST_GROUP.search(role) if role.endswith(")") else None
    deputy = _DEPUTY_FOR.match(group[1]) if group else None
    for_whom = (deputy["who"] or deputy["who2"]).partition(",")[0] if deputy else ""
    substitute = _SUBSTITUTING.match(group[1]) if group and not deputy else None
    by_whom = (
        (substitute["who"] or substitute["who2"] or substitute["who3"]).partition(",")[0]
        if substitute
        else ""
    )
    if group is None or not (_DEPUTY_MARK.match(group[1]) or is_person(for_whom) or is_person(by_whom)):
        return role
    _read_group(person, group[1])
    return role[: group.start()].rstrip(" ,")


def people_in(text: str, plural: bool = False, one_entry: bool = False) -> list[Named]:
    """Every person a list names, each with the roles printed with them.

    ``plural``: the list continues one that began "Councillors ...".
    ``one_entry``: the text is one line of a list printed one person per line ("Name, Role, Body").
    """
    if (
        " by " in text or "ubstituting" in text
    ):  # "A, substituted by B" / "A – B substituting": read as "A (...)"
        text = _SUBSTITUTED_BY.sub(lambda m: f" ({m[1] or m[2]})", text)
    out: list[Named] = []
    tails: dict[int, int] = {}
    loose: Chunk | None = None  # the chunk before, when it named no one
    for chunk in chunks(text):
        piece = chunk.of(text)
        plural = plural or starts_plural(piece)
        stripped = piece.strip(" .;:")
        lead = len(piece) - len(piece.lstrip(" .;:"))
        person = _person_in(stripped, chunk.start + lead, plural)
        if person is not None and out and not person.post and _role_goes_on(text, loose, chunk, one_entry):
            person = None
        if person is not None and loose and _joint_post(text, loose, chunk, person):
            tails.pop(len(out) - 1, None)  # "Director of Finance and Section 151 Officer (B)": B's post
            person.roles[0] = f"{_tail(loose.of(text))} and {person.roles[0]}"
        if person is not None:
            out.append(person)
        elif out:
            tails[len(out) - 1] = chunk.end
        loose = None if person is not None else chunk
    for index, end in tails.items():
        person = out[index]
        role = deputy_tail(person, _tail(text[person.end : end]))
        if role:
            person.roles.append(role)
    return out
