"""Attendance read out of the sentences of the minutes' paragraphs.

"Apologies for absence were received from A, B and C", "An apology for
absence was received from X", "Councillor A sent apologies", "X, Y and Z
attended as Deputies for A, B and C respectively", "X and Y attended as their
respective Deputies" (for the apologies of the same paragraph), "Councillor Y
substituted for Councillor Z", "..., with Councillor Y substituting", "X was
also in attendance", and, under an "Apologies for absence" item, a sentence
that is only names.  Each is one rule of ``SENTENCE_RULES``; all feed the
meeting's ``Register``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from minutebook.packs.lines import Line
from minutebook.packs.minutes_attendance import ALSO, APOLOGIES, Register
from minutebook.packs.minutes_paragraphs import Para, sentences
from minutebook.packs.minutes_people import Named, people_in

_LATE = re.compile(r"\b(?:lateness|late\s+arrival|being\s+late|early\s+departure|leave\s+early)\b", re.I)
_APOLOGIES_FROM = re.compile(
    r"\bapolog(?:y|ies)\s+(?:for\s+(?:absence|non-attendance|inability\s+to\s+attend)\s+)?"
    r"(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?(?:also\s+)?"
    r"(?:(?:received|submitted|reported|given|tendered|noted|sent|announced|intimated)\s+)?(?:on\s+behalf\s+of|from)(?:\s*:)?\s+",  # "... received from:" over a list
    re.I,
)
_SENT_APOLOGIES = re.compile(
    r"\s+(?:sent|gave|had\s+sent|submitted|tendered|offered)\s+(?:(?:his|her|their)\s+)?apologies\b", re.I
)
_ATTENDED_AS = re.compile(
    r"\s+(?:attended|was\s+present|were\s+present|was\s+in\s+attendance|were\s+in\s+attendance)\s+as\s+"
    r"(?:an?\s+|the\s+)?(?P<their>their\s+respective\s+|his\s+|her\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,2}"  # "the Labour"
    r"(?:deput(?:y|ies)|substitutes?)"
    r"(?:\s+members?)?(?:\s+(?:for|to)\s+)?",
    re.I,
)
_SUBSTITUTED = re.compile(
    r"\s+(?:substituted|was\s+substituting|deputised|deputized|was\s+deputising|attended\s+in\s+place)\s+(?:for|of)\s+"
    r"|\s+(?:substituted|substituting|was\s+substituting|deputised|deputising|was\s+deputising)\s*$",  # "; B substituted"
    re.I,
)
_WITH_SUBSTITUTE = re.compile(
    r",?\s+with\s+(?P<who>[^,;()]{3,80}?)\s+(?:substituting|attending\s+as\s+(?:a\s+|the\s+)?substitute|deputising)\b",
    re.I,
)
_REPRESENTED = re.compile(
    r",?\s+(?:who\s+)?(?:was|were)\s+(?:represented|substituted|deputised|deputized)\s+by\s+(?P<who>.{3,80}?)\s*$",
    re.I,
)
_ALSO_AFTER = re.compile(r"^also\s+(?:present|in\s+attendance)(?:\s+(?:was|were))?\s*[:,]?\s+", re.I)
_ALSO_BEFORE = re.compile(
    r"\s+(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\b|\s+also\s+attended\b", re.I
)
# "Councillor A, Cabinet Member, attended the meeting at the invitation of the Chair, as did Mr B, …"
_ATTENDED_MEETING = re.compile(
    r",?\s+(?:also\s+)?attended\s+(?:the\s+meeting|for\s+(?:minute|item)\b|at\s+the\s+invitation\b)", re.I
)
_AS_DID = re.compile(r",?\s+as\s+did\s+", re.I)
_RESPECTIVELY = re.compile(r"[\s,]*\brespectively\b.*$", re.I)


@dataclass
class Sentence:
    """One sentence of a paragraph, with a way back to the lines it was printed on."""

    text: str
    start: int
    para: Para

    def people(self, begin: int, end: int) -> list[tuple[Named, Line]]:
        piece = self.text[begin:end]
        return [(p, self.para.line_at(self.start + begin + p.start)) for p in people_in(piece)]


@dataclass
class SentenceReader:
    """Reads attendance out of the sentences of a paragraph."""

    register: Register
    topic_apologies: bool = False  # the current item is "Apologies for absence"
    absent: list[str] = field(default_factory=list)  # named by the item's latest apologies

    def new_topic(self, apologies: bool) -> None:
        """A new item begins (``apologies``: it is the apologies item)."""
        self.topic_apologies, self.absent = apologies, []

    def read(self, para: Para) -> None:
        absent = self.absent
        lowered = para.text.lower()
        if not self.topic_apologies and not any(w in lowered for w in _ANY_WORD):
            return
        for begin, end in sentences(para.text):
            for clause_begin, clause_end in _clauses(para.text, begin, end):
                sentence = Sentence(para.text[clause_begin:clause_end].rstrip(".,; "), clause_begin, para)
                lowered = sentence.text.lower()
                for _name, words, rule in SENTENCE_RULES:
                    if (not words or any(w in lowered for w in words)) and rule(self, sentence, absent):
                        break

    def apologies_from(self, sentence: Sentence, absent: list[str]) -> bool:
        match = _APOLOGIES_FROM.search(sentence.text)
        if not match or _LATE.search(sentence.text):
            return False
        self._apologies(sentence, match.end(), len(sentence.text), absent)
        return True

    def sent_apologies(self, sentence: Sentence, absent: list[str]) -> bool:
        match = _SENT_APOLOGIES.search(sentence.text)
        if not match or _LATE.search(sentence.text):
            return False
        self._apologies(sentence, 0, match.start(), absent)
        return True

    def _apologies(self, sentence: Sentence, begin: int, end: int, absent: list[str]) -> None:
        substitute = _WITH_SUBSTITUTE.search(sentence.text, begin, end) or _REPRESENTED.search(
            sentence.text, begin, end
        )
        named_absent: list[str] = []
        for person, line in sentence.people(begin, substitute.start() if substitute else end):
            self.register.add(Named(person.name, _roles(person.roles)), APOLOGIES, line)
            named_absent.append(person.name)
            if person.substitute:
                self.register.deputise(Named(person.substitute), person.name, line)
        absent[:] = named_absent
        if substitute:
            target = named_absent[0] if len(named_absent) == 1 else None
            for person, line in sentence.people(substitute.start("who"), substitute.end("who")):
                self.register.deputise(person, target, line)

    def _deputies_before(self, sentence: Sentence, end: int, absent: list[str]) -> list[tuple[Named, Line]]:
        """The deputies named before ``end``; in "Apologies ... from A and B, and C attended as
        substitute", only the last name is a deputy and the others sent apologies."""
        apologies = _APOLOGIES_FROM.search(sentence.text, 0, end)
        if apologies is None:
            return sentence.people(0, end)
        named_before = sentence.people(apologies.end(), end)
        absent[:] = [person.name for person, _ in named_before[:-1]]
        for person, line in named_before[:-1]:
            self.register.add(Named(person.name, _roles(person.roles)), APOLOGIES, line)
        return named_before[-1:]

    def attended_as(self, sentence: Sentence, absent: list[str]) -> bool:
        match = _outside_brackets(_ATTENDED_AS, sentence.text)
        if not match:
            return False
        deputies = self._deputies_before(sentence, match.start(), absent)
        tail = _RESPECTIVELY.sub("", sentence.text[match.end() :])
        named_absent = [p.name for p, _ in sentence.people(match.end(), match.end() + len(tail))]
        whom = named_absent or absent
        for index, (person, line) in enumerate(deputies):
            target = whom[index] if len(whom) == len(deputies) else (whom[0] if len(whom) == 1 else None)
            self.register.deputise(person, target, line)
        return bool(deputies)

    def substituted(self, sentence: Sentence, absent: list[str]) -> bool:
        match = _outside_brackets(_SUBSTITUTED, sentence.text)
        if not match or (match.end() == len(sentence.text) and "apolog" in sentence.text.lower()):
            return False  # "A sent apologies; B substituted": the apologies rule's
        deputies = self._deputies_before(sentence, match.start(), absent)
        whom = [p.name for p, _ in sentence.people(match.end(), len(sentence.text))]
        if not whom and len(absent) == 1 == len(deputies):  # "A sent apologies; B substituted": for A
            whom = absent
        for index, (person, line) in enumerate(deputies):
            self.register.deputise(person, whom[index] if index < len(whom) else None, line)
        return bool(deputies)

    def also_present(self, sentence: Sentence, absent: list[str]) -> bool:
        after = _ALSO_AFTER.match(sentence.text)
        before = _ALSO_BEFORE.search(sentence.text)
        if after:
            found = sentence.people(after.end(), len(sentence.text))
        elif before:
            found = sentence.people(0, before.start())
        else:
            return False
        for person, line in found:
            if self.register.find(person.name) is None:
                self.register.add(person, ALSO, line)
        return bool(found)

    def attended_meeting(self, sentence: Sentence, absent: list[str]) -> bool:
        """ "A attended the meeting (at the invitation of the Chair)[, as did B]": not members, also present."""
        match = _ATTENDED_MEETING.search(sentence.text)
        if not match or _APOLOGIES_FROM.search(sentence.text, 0, match.start()):
            return False
        found = sentence.people(0, match.start())
        as_did = _AS_DID.search(sentence.text, match.end())
        if as_did:
            found += sentence.people(as_did.end(), len(sentence.text))
        for person, line in found:
            if self.register.find(person.name) is None:
                self.register.add(person, ALSO, line)
        return bool(found)

    def bare_apologies(self, sentence: Sentence, absent: list[str]) -> bool:
        """Under an "Apologies for absence" item, a sentence that is only names."""
        if not self.topic_apologies:
            return False
        found = sentence.people(0, len(sentence.text))
        words = len(re.findall(r"\w+", sentence.text))
        if not found or words > 12 * len(found) or _TOLD.search(sentence.text):
            return False
        absent[:] = [person.name for person, _ in found]
        for person, line in found:
            self.register.add(Named(person.name, _roles(person.roles)), APOLOGIES, line)
        return True


# A sentence telling what someone did ("The Chair welcomed A and B, who were attending as substitutes"):
# not a bare list of apologies.
_TOLD = re.compile(r"\b(?:welcomed|thanked|introduced|who|attending|attended|joined)\b", re.I)


_CLAUSE_AFTER_ROLE = re.compile(r",\s+(?:for|who|as|owing|due)\b.*$", re.I)


def _roles(roles: list[str]) -> list[str]:
    """The roles a sentence gives someone: "Leader of the Group, for their inability to attend" -> "Leader of
    the Group"; what is left of the sentence ("and on behalf of", "who was unwell") is no role."""
    out = [_CLAUSE_AFTER_ROLE.sub("", role) for role in roles]
    return [role for role in out if role[:1].isupper()]


def _outside_brackets(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match not inside brackets: "A (B attended as substitute)" is read with A's apology."""
    for match in pattern.finditer(text):
        before = text[: match.start()]
        if before.count("(") <= before.count(")"):
            return match
    return None


_CLAUSE_BREAK = re.compile(r"(?:[,;]\s+(?:and\s+)?|\s+and\s+)(?=\S)")


def _clauses(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """A sentence naming several substitutions ("D substituted for A and E substituted for B"), one per clause."""
    lowered = text[begin:end].lower()
    if not any(w in lowered for w in _DEPUTY_WORDS):
        return [(begin, end)]
    verbs = [
        m
        for pattern in (_ATTENDED_AS, _SUBSTITUTED)
        for m in pattern.finditer(text, begin, end)
        if text.count("(", begin, m.start()) <= text.count(")", begin, m.start())  # not "A (B attended as …)"
    ]
    if len(verbs) < 2:
        return [(begin, end)]
    verbs.sort(key=lambda m: m.start())
    clauses, start = [], begin
    for previous, verb in itertools.pairwise(verbs):
        breaks = list(_CLAUSE_BREAK.finditer(text, previous.end(), verb.start()))
        if breaks:
            clauses.append((start, breaks[-1].start()))
            start = breaks[-1].end()
    return [*clauses, (start, end)]


SentenceRule = Callable[[SentenceReader, Sentence, list[str]], bool]
# name, words one of which the sentence must contain (a cheap test first), rule
SENTENCE_RULES: tuple[tuple[str, tuple[str, ...], SentenceRule], ...] = (
    ("attended as deputy", (" as ",), SentenceReader.attended_as),
    ("substituted for", ("substitut", "deputi", "deputiz", "in place"), SentenceReader.substituted),
    ("apologies received from", ("apolog",), SentenceReader.apologies_from),
    ("sent apologies", ("apolog",), SentenceReader.sent_apologies),
    ("also present", ("also", "present", "attendance"), SentenceReader.also_present),
    ("attended the meeting (as did)", ("attended",), SentenceReader.attended_meeting),
    ("names under an apologies item", (), SentenceReader.bare_apologies),
)
_DEPUTY_WORDS = (" as ", "substitut", "deputi", "in place")
_ANY_WORD = tuple(word for _name, words, _rule in SENTENCE_RULES for word in words)
