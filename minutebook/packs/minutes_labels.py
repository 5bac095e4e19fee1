"""The labels that open a formal decision in minutes.

* "RESOLVED:", "RESOLVED 2023/014" (numbered by the year's count), "It was RESOLVED that", "The Committee RESOLVED to",
  "Resolved (unanimously) –", "RESOLVED unanimously –";
* "AGREED" printed in capitals, which councils use as RESOLVED:
  "AGREED: That ...", "AGREED to recommend that ...", "The Committee AGREED:
  (a) ...", "Proposed by Councillor A, seconded by Councillor B and AGREED –
  that ..." (and so "... seconded by Councillor B, and RESOLVED that ...");
* "DECIDED" in capitals, as Scottish boards print their decisions ("DECIDED: That the Board: (a) ..."),
  and "Decided:" as a label;
* "Agreed:" as a label (set in bold: ``<strong>Agreed:</strong>``, ``**Agreed:**``);
* "The Committee agreed:-", "The Board agreed:" (Scottish minutes: a body, "agreed" and a colon);
* "DECISION:" / "Decision:" as a label before the decision's own words;
* "Decision", "Decisions", "Decision(s)" as a heading over the decisions (Scottish and
  Welsh boards' minutes), alone or run on into its first decision ("Decision To note ...").

A label is matched at the start of a paragraph's text; what follows it is the
decision (or a lead-in to its sub-paragraphs).
"""

from __future__ import annotations

import re

# What may follow the decision word: a punctuation mark, "that", "to", "unanimously", or the line's end.
_AFTER = r"(?=\s*(?:[:\-–—(.,]|that\b|to\b|unanimously\b|$|\d{4}/\d{1,4}\b))"  # "RESOLVED 2023/001": numbered
# The tail of a label: "(unanimously)", "unanimously", and the punctuation before the decision.
_TAIL = r"(?:\s*\((?:[^()]{0,60})\))?\s*(?:unanimously\s*)?(?:[:\-–—.,]\s*)?"

_RESOLVED = (
    r"(?:it\s+was\s+|(?:the\s+)?(?-i:[A-Z][\w-]*\s+){1,4}(?=(?-i:RESOLVED)\b)"
    r"|(?:the\s+)?(?:committee|cabinet|council|board|panel|sub-committee|forum)\s+)?"
    r"(?:(?:unanimously|further|also)\s+)?resolved\b" + _AFTER
)
# "AGREED" (or "DECIDED") in capitals after a short lead-in of one sentence ("Proposed by ..., seconded by ... and").
_AGREED_CAPS = r"(?:[^.;:\n]{0,200}?\s)?(?:(?-i:UNANIMOUSLY|FURTHER|ALSO)\s+)?(?-i:AGREED|DECIDED)\b" + _AFTER
# "Moved by Councillor A, seconded by Councillor B, and RESOLVED that ...": a motion's lead-in, then RESOLVED.
_MOVED_AND_RESOLVED = r"[^.;:\n]{0,200}?\sand\s+(?-i:RESOLVED)\b" + _AFTER
# "Agreed:" / "Agreed –" / "Decided:" as a label at the start.
_AGREED_LABEL = r"(?:agreed|decided)(?:\s*\((?:[^()]{0,60})\))?\s*(?=[:\-–—])"
# "The Committee agreed:-" (lower case, so only with the body before it and a colon after).
_BODY = r"(?:committee|cabinet|council|board|panel|sub-committee|forum|partnership|executive|group|authority)"
_AGREED_BY = rf"(?:the\s+)?{_BODY}\s+(?:(?:unanimously|also|further)\s+)?agreed\s*(?=:)"
_DECISION_LABEL = r"decision\s*(?=:)"
# "Decision" / "Decisions" / "Decision(s)" as a heading: alone, or before its decision's first words.
_DECISION_HEADING = r"decisions?(?:\s*\(s\))?(?=\s*$|\s+(?-i:To|That|The|Agreed|Noted)\b)"

DECISION_LABEL = re.compile(
    rf"^(?:{_RESOLVED}|{_AGREED_CAPS}|{_MOVED_AND_RESOLVED}|{_AGREED_LABEL}|{_AGREED_BY}|{_DECISION_LABEL}|{_DECISION_HEADING}){_TAIL}",
    re.I,
)

# A decision with its body and a colon after another sentence on the same line: "... for approval.
# The Committee agreed:- to approve the minute." (a wrapped paragraph: the decision starts a new one).
DECISION_IN_LINE = re.compile(
    r"(?<=[.!?])\s+(?=(?:The\s+)?(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,3}\s+(?:resolved|agreed|(?-i:RESOLVED|AGREED))\s*:)",
    re.I,
)
