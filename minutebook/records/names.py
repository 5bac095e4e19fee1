"""People's names: normalising a printed name and deciding whether two spellings are one person.

Plain Python (no Django), so the rules can be read and tested as a table.  The
decision combines how alike the names are (rapidfuzz) with evidence about the
people (same body, same pack, similar role, a surname nobody else has) and one
veto: two names printed in the same list are two people.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from minutebook.packs import people as packs_people

# Short forms of given names (the prefix rule covers Tim/Timothy, Sam/Samuel, Rob/Robert).
DIMINUTIVES: dict[str, frozenset[str]] = {
    short: frozenset(full.split())
    for short, full in {
        "mike": "michael",
        "mick": "michael",
        "chris": "christopher christine christina",
        "bob": "robert",
        "bill": "william",
        "will": "william",
        "liz": "elizabeth",
        "beth": "elizabeth bethany",
        "betty": "elizabeth",
        "jim": "james",
        "jimmy": "james",
        "tony": "anthony antony",
        "andy": "andrew",
        "dave": "david",
        "danny": "daniel",
        "steve": "stephen steven",
        "sue": "susan suzanne susannah",
        "kate": "katherine catherine kathryn",
        "katie": "katherine catherine kathryn",
        "cathy": "catherine",
        "nick": "nicholas",
        "pat": "patrick patricia",
        "jo": "joanne joanna josephine",
        "jon": "jonathan",
        "matt": "matthew",
        "pete": "peter",
        "phil": "philip phillip",
        "ted": "edward",
        "eddie": "edward",
        "harry": "henry harold",
        "jenny": "jennifer",
        "jen": "jennifer",
        "jackie": "jacqueline",
        "maggie": "margaret",
        "meg": "margaret",
        "peggy": "margaret",
        "ron": "ronald",
        "sandy": "sandra alexander",
        "vicky": "victoria",
        "becky": "rebecca",
        "debbie": "deborah debra",
        "gill": "gillian",
        "di": "diana diane",
        "tom": "thomas",
        "ken": "kenneth",
        "len": "leonard",
        "les": "leslie lesley",
        "terry": "terence",
        "jerry": "gerald jeremy",
        "dick": "richard",
        "rick": "richard",
        "ricky": "richard",
    }.items()
}

_PARENS = re.compile(r"\([^()]{0,200}\)|\[[^\[\]]{0,200}\]")
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_INITIALS = re.compile(r"^(?:[A-Z]\.?\s*){1,3}$")

# Words that say a lead is a team, body or post rather than a person.
ORGANISATION_WORDS = frozenset(
    [
        "all",
        "board",
        "boards",
        "members",
        "member",
        "services",
        "service",
        "group",
        "groups",
        "team",
        "teams",
        "council",
        "councils",
        "nhs",
        "health",
        "care",
        "commissioning",
        "commissioner",
        "director",
        "directors",
        "directorate",
        "officer",
        "officers",
        "england",
        "chairman",
        "chair",
        "chairs",
        "public",
        "department",
        "trust",
        "committee",
        "partnership",
        "partners",
        "housing",
        "strategic",
        "strategy",
        "policy",
        "performance",
        "communication",
        "communications",
        "healthwatch",
        "leads",
        "lead",
        "priority",
        "social",
        "adult",
        "adults",
        "children",
        "childrens",
        "ccg",
        "ccgs",
        "clinical",
        "planning",
        "environmental",
        "spatial",
        "local",
        "safeguarding",
        "executive",
        "manager",
        "managers",
        "head",
        "senior",
        "representative",
        "representatives",
        "authority",
        "city",
        "borough",
        "cabinet",
        "portfolio",
        "unit",
        "network",
        "forum",
        "programme",
        "project",
        "office",
        "secretariat",
        "governance",
        "clerk",
        "none",
        "tbc",
        "tbd",
        "various",
        "everyone",
        "police",
        "fire",
        "foundation",
        "hospital",
        "college",
        "university",
        "agency",
        "commission",
        "regeneration",
        "education",
        "commissioners",
        "whole",
        "systems",
        "integrated",
        "division",
        "and",
        "of",
        "the",
        "for",
    ]
)


def fold(text: str) -> str:
    """Lower case, accents and apostrophes gone: "O'Brien" -> "obrien", "Valdés" -> "valdes"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold().replace("'", "").replace("\u2019", "").replace("\u2018", "")


def clean_name(printed: str) -> str:
    """A printed name without honorifics, post-nominals, bracketed roles or a trailing ", role"
    (the parser's own cleaning, ``minutebook.packs.people.clean_name``, applied defensively)."""
    text = _PARENS.sub(" ", printed.replace("\u00a0", " ")).split(",")[0]
    return packs_people.clean_name(text)


@dataclass(frozen=True)
class Name:
    """A name as printed and its parts for matching."""

    display: str
    key: str
    tokens: tuple[str, ...]

    @property
    def given(self) -> str:
        return self.tokens[0]

    @property
    def surname(self) -> str:
        return self.tokens[-1]

    @property
    def full(self) -> bool:
        """A given name and a surname (one-word names match only exactly)."""
        return len(self.tokens) >= 2


def parse_name(printed: str) -> Name | None:
    """The Name of a printed name, or None when nothing name-like is left."""
    display = clean_name(printed)
    tokens = tuple(_TOKEN.findall(fold(display)))
    if not tokens:
        return None
    return Name(display=display, key=" ".join(tokens), tokens=tokens)


def looks_like_person(printed: str) -> bool:
    """True for "Chris Neill", false for "Adult Social Care", "All Members", "Chairman"."""
    name = parse_name(printed)
    if name is None or not 2 <= len(name.tokens) <= 4:
        return False
    words = clean_name(printed).split()
    if not all(word[:1].isupper() for word in words if word.isalpha() or "-" in word or "'" in word):
        return False
    return not any(token in ORGANISATION_WORDS for token in name.tokens)


# How alike two given names or two surnames are, as a score and a reason.
SAME, DIMINUTIVE, INITIAL, TYPO = 100.0, 90.0, 80.0, 80.0
SURNAME_TYPO = 90.0


def given_relation(a: str, b: str) -> tuple[float, str] | None:
    """(score, reason) when two given names can be one person's; None when they cannot."""
    if a == b:
        return SAME, "same given name"
    short, long_ = sorted((a, b), key=len)
    if long_ in DIMINUTIVES.get(short, ()) or (3 <= len(short) <= 4 and long_.startswith(short)):
        return DIMINUTIVE, f"'{short}' is a short form of '{long_}'"
    if len(short) == 1 and long_.startswith(short):
        return INITIAL, f"initial '{short}' of '{long_}'"
    if len(a) == len(b) >= 3 and a[0] == b[0] and Levenshtein.distance(a, b) == 1:
        return TYPO, f"given names differ by one letter ('{a}'/'{b}')"
    if len(a) == len(b) >= 5 and a[:4] == b[:4] and Levenshtein.distance(a, b) <= 2:
        return TYPO, f"given names spelled alike ('{a}'/'{b}')"
    return None


def surname_relation(a: str, b: str) -> tuple[float, str] | None:
    """(score, reason) when two surnames can be one person's; None when they cannot."""
    if a.replace("-", "") == b.replace("-", ""):
        return SAME, "same surname"
    if "-" in a and sorted(a.split("-")) == sorted(b.split("-")):
        return SURNAME_TYPO, f"the parts of a double surname in another order ('{a}'/'{b}')"
    limit = 1 if min(len(a), len(b)) < 9 else 2
    if min(len(a), len(b)) >= 5 and a[0] == b[0] and Levenshtein.distance(a, b) <= limit:
        return SURNAME_TYPO, f"surnames differ by {Levenshtein.distance(a, b)} letter(s) ('{a}'/'{b}')"
    return None


def name_likeness(a: Name, b: Name) -> tuple[float, list[str]] | None:
    """How alike two names are (0..100) with reasons; None when they are two people's names."""
    if a.key.replace("-", " ") == b.key.replace("-", " "):
        return SAME, ["same spelling" if a.key == b.key else "same name, hyphenated differently"]
    if not (a.full and b.full):
        return None
    given = given_relation(a.given, b.given)
    surname = surname_relation(a.surname, b.surname)
    if given is None or surname is None:
        return None
    score = min(given[0], surname[0]) - (10.0 if given[0] < SAME and surname[0] < SAME else 0.0)
    return score, [r for s, r in (given, surname) if s < SAME] or ["same given name and surname"]


@dataclass(frozen=True)
class Evidence:
    """What is known about the person a candidate spelling belongs to, against the new printing."""

    same_body: bool = False
    same_pack: bool = False
    role_likeness: float = 0.0
    surname_unique: bool = False
    same_list: bool = False

    def reasons(self) -> list[str]:
        found = [
            (self.same_body, "sits on the same body"),
            (self.same_pack, "printed in the same pack"),
            (self.role_likeness >= ROLE_LIKE, f"similar role ({self.role_likeness:.0f}%)"),
            (self.surname_unique, "no other person has this surname"),
        ]
        return [text for present, text in found if present]


ROLE_LIKE = 70.0


def role_likeness(a: str | None, b: str | None) -> float:
    """0..100: how alike two printed roles are (word overlap, order ignored)."""
    if not a or not b:
        return 0.0
    return float(fuzz.token_set_ratio(fold(a), fold(b)))


@dataclass(frozen=True)
class Match:
    """The decision on one candidate: merge or not, with the score and the evidence in words."""

    merge: bool
    score: float
    reasons: tuple[str, ...]

    @property
    def evidence(self) -> str:
        return "; ".join(self.reasons)


def decide(new: Name, known: Name, evidence: Evidence) -> Match:
    """Whether a new spelling is the known person's: alike names AND enough evidence, never two
    names from the same list.  An exact spelling is always the same person."""
    likeness = name_likeness(new, known)
    if likeness is None:
        return Match(False, 0.0, ("different names",))
    score, reasons = likeness
    if score >= SAME:
        return Match(True, score, tuple(reasons))
    if evidence.same_list:
        return Match(False, score, (*reasons, "both printed in the same list"))
    support = evidence.reasons()
    needed = 1 if score >= 90 else 2
    return Match(len(support) >= needed, score + 2.0 * len(support), tuple(reasons + support))
