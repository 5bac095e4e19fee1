"""What an owner in an actions log's lead column looks like: a person, a post, a team or a body.

The vocabulary (words that end a team's or post's name, words no person's
name holds, common council and NHS owners) and ``Lexicon``: the owners one log
prints on their own, by which ``actions_log_leads`` cuts owners run together.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from minutebook.packs.people import clean_name as _clean_name
from minutebook.packs.people import looks_like_name, strip_honorifics

_WORD_PUNCT = re.compile(r"^[^\w']+|[^\w']+$")


@functools.lru_cache(maxsize=8192)
def clean_name(text: str) -> str:
    """``people.clean_name``, remembered: a log names the same owners again and again."""
    return _clean_name(text)


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that end the name of a team, body or post ("… Board", "… Officer").
HEAD_WORDS = _vocabulary(
    """board boards team teams group groups services service committee committees partnership partnerships
    trust trusts council councils care health england officer officers manager managers director directors
    lead leads members member unit department directorate forum network panel commission authority agency
    police healthwatch executive chairman chair chairs clerk secretariat office partners
    commissioners commissioner colleagues staff governors representatives representative scrutiny cabinet
    leader coordinator co-ordinator adviser advisor consultant practitioners ccg ccgs nhs"""
)
# Words that end the name of a body of its own, never a post's remit ("… Services" may be either).
BODY_WORDS = _vocabulary(
    """board boards trust trusts council councils partnership partnerships commission authority agency police
    forum network panel group groups committee healthwatch ccg icb"""
)
# Words that do not occur in a person's name: a run holding one is a team or post.
ORG_WORDS = HEAD_WORDS | _vocabulary(
    """public social adult adults children children's young people policy strategy strategic senior head
    deputy assistant interim acting principal chief housing planning finance legal democratic
    environmental spatial performance communications communication commissioning clinical local
    safeguarding mental wellbeing central north south east west northern southern eastern western inner outer
    greater borough city county royal national regional community communities all priority education
    transport highways licensing regeneration development integrated primary secondary hospital foundation
    joint of the for and"""
)
# Words that end a post held by one person.
POST_WORDS = _vocabulary(
    """officer manager director lead chair chairman executive coordinator co-ordinator adviser advisor
    consultant clerk leader commissioner secretary treasurer"""
)
# Words that open the name of a body whatever follows ("NHS North West London").
ORG_PREFIXES = _vocabulary("nhs healthwatch")
# Common bodies and posts, known before reading any log.
KNOWN_OWNERS = (
    "Chairman",
    "Chair",
    "Vice-Chairman",
    "Vice-Chair",
    "Clerk",
    "Officers",
    "All Members",
    "All Board Members",
    "Public Health",
    "Adult Social Care",
    "Adult Services",
    "Children's Services",
    "Housing",
    "NHS England",
    "Healthwatch",
    "Director of Public Health",
    "Director of Adult Social Care",
    "Director of Children's Services",
    "Chief Executive",
    "Democratic Services",
    "Committee Services",
    "Legal Services",
    "Monitoring Officer",
    "Clinical Commissioning Group",
    "Clinical Commissioning Groups",
    "Health and Wellbeing Board",
)
# Words that, following a body's name, are still part of it ("Public Health Services").
CONNECTIVES = frozenset(("of", "and", "for", "the", "to", "in"))
TAIL_WORDS = _vocabulary("services service team teams unit department directorate division")
MAX_NAME_WORDS = 4
TITLES = _vocabulary("cllr councillor dr mr mrs ms miss professor prof")
# A post: "Strategic Director of Housing", "Head of Democratic Services", "Cabinet Member for Adults".
POST = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,3}(?:Director|Head|Manager|Officer|Member|Leader|Chair|Chairman|Lead)"
    r"\s+(?:of|for)\s+[A-Z]"
)


def owner_key(text: str) -> str:
    return " ".join(text.casefold().replace("&", "and").split())


def owner_words(text: str) -> list[str]:
    return [_WORD_PUNCT.sub("", w).casefold() for w in text.split()]


def person_like(text: str) -> bool:
    """ "Chris Neill", "Mary Ann Bell"; not "Senior Policy", "West London" nor "Healthwatch Westminster"."""
    words = owner_words(text)
    return 2 <= len(words) <= MAX_NAME_WORDS and looks_like_name(text) and not ORG_WORDS & set(words)


def is_post(name: str) -> bool:
    """A post rather than a person: "Director of Housing", "Chief Executive", "Democratic Services Officer"."""
    words = owner_words(name)
    if not words or words[-1] in CONNECTIVES or person_like(name):
        return False
    return bool(POST.match(name)) or (len(words) >= 2 and words[-1] in POST_WORDS)


def titled_person(text: str, name: str) -> bool:
    """ "Cllr Smith": an honorific and a surname."""
    return (
        strip_honorifics(text) != text.strip() and bool(name) and name[0].isupper() and len(name.split()) <= 3
    )


@functools.cache
def _known_keys() -> frozenset[str]:
    return frozenset(owner_key(o) for o in KNOWN_OWNERS)


class Lexicon:
    """The owners a log names on their own, and common bodies, by normalised key."""

    def __init__(self, owners: Iterable[str] = ()) -> None:
        self.keys: set[str] = set(_known_keys())
        for owner in owners:
            self.keys.add(owner_key(owner))
        self.phrases = {k for k in self.keys if " " in k}  # what run-together owners are cut by
        self.phrase_starts = {k.split(" ", 1)[0] for k in self.phrases}  # the words a phrase can start with

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and owner_key(text) in self.keys

    def owner_like(self, text: str) -> bool:
        """True for a text that can stand alone as an owner."""
        words = owner_words(clean_name(text))
        if not words:
            return False
        name = clean_name(text)
        if name in self or person_like(name) or titled_person(text, name) or is_post(name):
            return True
        if words[0] in ORG_PREFIXES and len(words) >= 2:
            return True
        return len(words) >= 2 and words[-1] in HEAD_WORDS and words[-2] not in CONNECTIVES
