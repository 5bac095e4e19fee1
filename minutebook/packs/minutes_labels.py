"""The labels that open a formal decision in minutes.

* "RESOLVED:", "It was RESOLVED that", "The Committee RESOLVED to",
  "Resolved (unanimously) –", "RESOLVED unanimously –";
* "AGREED" printed in capitals, which councils use as RESOLVED:
  "AGREED: That ...", "AGREED to recommend that ...", "The Committee AGREED:
  (a) ...", "Proposed by Councillor A, seconded by Councillor B and AGREED –
  that ...";
* "Agreed:" as a label (set in bold: ``<strong>Agreed:</strong>``, ``**Agreed:**``);
* "DECISION:" / "Decision:" as a label before the decision's own words;
* "Decision", "Decisions", "Decision(s)" as a heading over the decisions (Scottish and
  Welsh boards' minutes), alone or run on into its first decision ("Decision To note ...").

A label is matched at the start of a paragraph's text; what follows it is the
decision (or a lead-in to its sub-paragraphs).
"""

from __future__ import annotations

import re

# What may follow the decision word: a punctuation mark, "that", "to", "unanimously", or the line's end.
_AFTER = r"(?=\s*(?:[:\-–—(.,]|that\b|to\b|unanimously\b|$))"
# The tail of a label: "(unanimously)", "unanimously", and the punctuation before the decision.
_TAIL = r"(?:\s*\((?:[^()]{0,60})\))?\s*(?:unanimously\s*)?(?:[:\-–—.,]\s*)?"

_RESOLVED = (
    r"(?:it\s+was\s+|(?:the\s+)?(?-i:[A-Z][\w-]*\s+){1,4}(?=(?-i:RESOLVED)\b)"
    r"|(?:the\s+)?(?:committee|cabinet|council|board|panel|sub-committee|forum)\s+)?"
    r"(?:(?:unanimously|further|also)\s+)?resolved\b" + _AFTER
)
# "AGREED" in capitals after a short lead-in of one sentence ("Proposed by ..., seconded by ... and").
_AGREED_CAPS = r"(?:[^.;:\n]{0,200}?\s)?(?:(?-i:UNANIMOUSLY|FURTHER|ALSO)\s+)?(?-i:AGREED)\b" + _AFTER
# "Agreed:" / "Agreed –" as a label at the start.
_AGREED_LABEL = r"agreed(?:\s*\((?:[^()]{0,60})\))?\s*(?=[:\-–—])"
_DECISION_LABEL = r"decision\s*(?=:)"
# "Decision" / "Decisions" / "Decision(s)" as a heading: alone, or before its decision's first words.
_DECISION_HEADING = r"decisions?(?:\s*\(s\))?(?=\s*$|\s+(?-i:To|That|The|Agreed|Noted)\b)"

DECISION_LABEL = re.compile(
    rf"^(?:{_RESOLVED}|{_AGREED_CAPS}|{_AGREED_LABEL}|{_DECISION_LABEL}|{_DECISION_HEADING}){_TAIL}",
    re.I,
)
