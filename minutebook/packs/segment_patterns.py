"""The patterns the segmenter's start and closing rules read lines with: headings, labels, stamps.

Named here so that ``segment_rules`` holds only the rules; a council's variant of a heading is a new
alternative in one of these patterns.
"""

from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


MINUTES_HEAD = _rx(
    r"^((draft |unconfirmed |confirmed |signed )?minutes?( of proceedings)?|agenda and (draft |unconfirmed )?minutes|"
    r"(draft |unconfirmed |confirmed )?minutes? (of|for) (an? |the )?(?!(the )?(previous|last)\b).{3,300}|"
    r"(draft |unconfirmed |confirmed )?minutes?\s*[-–:]\s*.{3,140}|"
    r"meeting held (on )?([a-z]+day,? )?\d{1,2}(st|nd|rd|th)? [a-z]+,? \d{4}|"  # "Meeting held 15 January 2025"
    r"(at an? (special |ordinary |extraordinary |annual |virtual |remote )?)?meeting of (the )?.{3,160}\b(?<!to be )held\b.{0,200}|"
    r"[a-z].{0,120}\b(board|committee|sub-committee|panel|council|cabinet|forum|partnership|commission|authority)"
    r"\s*[-–—:]\s*(draft |unconfirmed |confirmed )?minutes)$"  # "Health and Wellbeing Board: Minutes"
)
ACTIONS_HEAD = _rx(
    r"^(?!\d).{0,80}\b(actions? arising|actions? log|action tracker|actions? list|schedule of actions|"
    r"outstanding actions|action sheet|actions? register|business statement)\b.{0,50}$"
)
ACTION_COLUMNS = (
    _rx(r"^(agreed |outstanding )?actions?( required| agreed)?$"),
    _rx(r"\b(lead|officer|owner|responsib|by whom|assigned)"),
    _rx(r"\b(status|update|comments?|progress|due|deadline|rag|outcome)\b"),
)
NOTES_HEAD = _rx(
    r"^((meeting |action )?notes|notes? of (the )?meeting\b.{0,80}|notes? of the .{0,60} meeting)$"  # "Note of Meeting"
)
REPORT_LABEL = _rx(
    r"^(date( of (the )?(meeting|report|decision))?|meeting date|classification|title|report title|subject|"
    r"report of|report by|report to|report author|author|director|lead director|responsible officer|"
    r"wards? involved|wards? affected|wards?|policy context|financial summary|decision maker|key decision|"
    r"is this a key decision|report for|lead officer|contact officer|case officer|application (number|no\.?)|"
    r"cabinet member|portfolio( holder)?|lead member|purpose( of (the )?report)?|agenda item( no\.?)?|"
    r"briefing of|briefing author|exempt information|executive/routine|council commitments)"
    r"\b[^:]{0,40}:?"
)
# A header label alone in a cell of a row of labels ("Meeting", "Agenda item", "Report author").
ROW_LABEL = _rx(
    r"(meeting|committee|date( of (the )?meeting)?|classification|title|subject|report (title|of|by|author)|"
    r"author|agenda item( no\.?)?|item( no\.?)?|wards?( affected)?|lead officer|contact( officer)?|"
    r"report number|reference|key decision|purpose)\s*:?"
)
KEY_LABELS = {"report", "title", "subject", "briefing", "application", "case", "author"}
SUMMARY_HEAD = _rx(r"^1\.?\s+(executive summary|summary)$")
APPENDIX_HEAD = re.compile(
    r"^(?i:appendix|annex|annexe)\s+([A-Z]\d{0,2}|\d{1,2}[a-z]?|[ivxIVX]{1,4})"
    r"\b(\([ivx]{1,4}\))?(?!\.\d)(\s*$|\s*[:.–—-]|\s+[A-Z0-9(])"  # "Appendix A", "Annex 3a", "Appendix B(ii)"
)
# A web page's link to an attached file, named with its format and size ("Annex A - Site Plan PDF 1 MB").
ATTACHMENT_LINK = _rx(r"\b(pdf|docx?|word|xlsx?|excel|rtf)\s+\d+(\.\d+)?\s*[km]b$")
# A Scottish integration joint board's direction to the council and health board, printed after its report.
DIRECTION_HEAD = _rx(r"^directions? (from|by|issued by) (the )?.{3,80}\b(integration joint board|ijb)$")
WORK_PROGRAMME_HEAD = _rx(r"^.{0,80}\b(work ?programme|forward plan|work plan|business planner)\b.{0,100}$")
RESTRICTED = _rx(r"^((this )?document is restricted|restricted document|not for publication\b.{0,120})$")
BRIEFING_HEAD = _rx(r"^(cabinet member update|briefing( note| paper)?|briefing of:.*|member briefing)$")
ATTACHED = r"(the following )?(appendices|annexes|documents) (are|is) (attached|enclosed):?"
CLOSING = _rx(
    r"^(\d{1,2}(\.\d{1,2})?\.?\s+)?(background (papers|documents)\b.*|(list|use) of appendices:?|appendices(:.*)?|"
    r"annexes:?|yours (sincerely|faithfully),?|chair(man)?:.*|signed:?.*|" + ATTACHED + ")$"
)
CLOSING_CALL = _rx(r"\bplease contact:?$")  # "For further information please contact:" closes a report
CONTENTS_ENTRY = re.compile(r"(\.{3,}|\t|\s{2,})\s*(page\s+)?\d{1,3}\s*$", re.I)
DATE_ONLY = re.compile(r"\d{1,2}(st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}")
SIGN_OFF = _rx(
    r"^(chair(man)?|vice[- ]chair(man)?|mayor|convener|clerk)$|\b(chief executive|monitoring officer|proper officer|town clerk|head of (legal|democratic|governance)|"
    r"democratic services|director of (law|legal|governance)|committee (clerk|officer|administrator)|"
    r"meeting (closed|ended|finished|concluded|terminated|rose))\b"
)
CAPTION = re.compile(r"^(figure|fig\.|table|chart|graph|diagram|source|note)\s*\d", re.I)
AGENDA_STAMP = _rx(
    r"^(?:public (?:document )?pack\s*)?agenda item\s*(?:no\.?\s*)?:?\s*(\d{1,3}[a-z]?(?:\.\d{1,2})?)$"
)
MONTH_NAME = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b"
)
# "2. Background", "3.1 The report": a numbered section; not a date's day ("12 November 2019").
SECTION_HEAD = re.compile(rf"^\d{{1,2}}(\.\d{{1,2}})*\.?\s+(?!{MONTH_NAME})[A-Z]")
# "5 Pancras Square, London N1C 4AG": an address's house number, not a section's.
ADDRESS = re.compile(
    r"^\d{1,3}\s+(?:[A-Z][a-z'’]+\s+){1,3}(?i:street|road|square|lane|avenue|place|way|drive|court|house|"
    r"row|terrace|crescent|gardens|walk|parade|hill|park|green)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"
)
# Labels that close a report (its author, contact) and so never open a header block.
TRAILING_LABEL = _rx(
    r"^(report author|author|contact( officer)?|case officer|lead officer|responsible officer|signed off)\b"
)
LABEL_TAIL = _rx(r"^(of|for|to|the|report|meeting|and|or|by|\s)+:")  # "Title of Report:", "Date of Meeting:"
RUNNING_STAMP = _rx(
    r"^\s*\S.{0,80}?(?:\t|\s{3,})agenda item\s*(?:no\.?\s*)?:?\s*(\d{1,3}[a-z]?(?:\.\d{1,2})?)\s*$"
)
# "Seabourne City Council<TAB>Item 8": the running header a PDF page opens with names the item in a cell.
PAGE_TOP_STAMP = _rx(r"^\s*\S[^\t]{0,80}\t\s*item\s*(?:no\.?\s*)?:?\s*(\d{1,3}[a-z]?(?:\.\d{1,2})?)\s*$")
ITEM_LINE = re.compile(r"^\d{1,3}\.?\s+[A-Z]")
BARE_NUMBER = re.compile(r"^\d{1,3}[a-z]?\.?$")
PAGES_PRINTED = re.compile(r"\(\s*pages?\s+\d{1,4}", re.I)
NUMBERED_RAW = re.compile(r"^[\s#*]*\(?(?:[ivxlc]{1,6}|[IVXLC]{1,6}|\d{1,3}[a-z]?)(?:[).:]|\t|\s{2,})")
ENUMERATED = re.compile(r"^\(?([ivx]{1,4}|\d{1,2}|[a-h])[).]\s|^to\s", re.I)
MINUTE_NUMBER = re.compile(
    r"^[A-Z]{1,6}\s?\d{1,4}/\d{2,4}\b"
)  # "PC 07/25 Action Tracker": a minute's heading
LABELLED = re.compile(r"^[\w ]{1,24}:\s*\S")
HORIZONTAL_RULE = re.compile(r"^\s*(-{3,}|\*{3,}|_{3,})\s*$")  # Markdown's "---": a page's or a paper's end
PRESENT_LABEL = _rx(r"^(members )?present\s*:")
# Labels whose value names the paper itself (not the body it goes to, or who wrote it).
NAMING_LABEL = _rx(r"^(title|subject|report title|agenda item)")
AGENDA_HEAD = _rx(
    r"^((committee |meeting |board )?agenda( (and|&) reports?)?( pack)?|summons( and agenda)?|notice of meeting( (and|&) agenda)?)$"
)
BRIEFING_MARK = _rx(r"\b(cabinet member update|briefing note|briefing paper|member briefing)\b|^briefing of:")
CONTACT_CALL = _rx(r"please contact:?$")
CONTACT_LABEL = _rx(
    r"^(officer( name)?|name|contact( officer)?|e-?mail( address)?|tel(ephone)?( no\.?)?|phone)\s*:"
)
CONTACT_DETAIL = _rx(r"@|\b(tel|telephone|phone|t)\s*[:.]|\b0\d{2,4}\s?\d{3,4}\s?\d{3,4}\b")
LISTING = _rx(
    rf"^(\d{{1,2}}(\.\d{{1,2}})?\.?\s+)?((list of |use of )?(appendices|annexes|annexe?s? and appendices)\b|{ATTACHED}$)"
)
NOT_CONTENT = _rx(
    r"^(none\.?|n/?a\.?|<?https?://\S+>?|www\.\S+|\S+@\S+|e-?mail:.*|tel(ephone)?:.*|t:.*|e:.*)$"
)
