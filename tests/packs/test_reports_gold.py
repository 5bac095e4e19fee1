"""The report reader on the reports and briefing of the five sample packs, cut out by the gold's boundaries.

Each gold document of kind ``report`` or ``briefing`` is read on its own, with the
agenda item the segmenter gives it and, as the fallback title, that item's title
on the pack's agenda (read by the agenda reader); the reports are scored against
the gold's reports with the scorer's own functions (matched by title).
"""

from __future__ import annotations

from typing import Any

import pytest

from minutebook.packs import agenda, reports
from minutebook.packs.lines import Line
from minutebook.packs.record import Meeting, PackRecord, Report
from minutebook.packs.sources import read_pack
from tests.golden.scoring import SAMPLES, gold_records, scorer

BAR = 0.95


def _piece(lines: list[Line], doc: dict[str, Any]) -> list[Line]:
    return [ln for ln in lines if doc["first_line"] <= ln.number <= doc["last_line"]]


def _agenda_titles(lines: list[Line], gold: dict[str, Any]) -> dict[str, str]:
    for doc in gold["documents"]:
        if doc["kind"] == "agenda":
            meetings = agenda.read(_piece(lines, doc))
            return {item.number: item.title for item in meetings[0].items} if meetings else {}
    return {}


def read_pack_reports(name: str, gold: dict[str, Any]) -> tuple[list[Report], list[Meeting]]:
    lines = read_pack(SAMPLES / f"{name}.txt")
    titles = _agenda_titles(lines, gold)
    found: list[Report] = []
    meetings: list[Meeting] = []
    for doc in gold["documents"]:
        if doc["kind"] not in ("report", "briefing"):
            continue
        piece = _piece(lines, doc)
        report = reports.read(
            piece, agenda_item=doc["agenda_item"], title=titles.get(doc["agenda_item"] or "")
        )
        found += [report] if report else []
        if doc["kind"] == "briefing":
            meetings += reports.briefing_meeting(piece)
    return found, meetings


@pytest.fixture(scope="module")
def tallies() -> dict[str, Any]:
    sp = scorer()
    total = {k: sp.Tally() for k in ("reports", "report_fields", "meetings")}
    for name, gold in gold_records().items():
        found, meetings = read_pack_reports(name, gold)
        pred = PackRecord(source="", reports=found, meetings=meetings).to_dict()
        want = {
            "reports": gold["reports"],
            "meetings": [m for m in gold["meetings"] if m["kind"] == "agenda"] if meetings else [],
        }
        for key, tally in sp.score(want, pred).items():
            if key in total:
                total[key].tp += tally.tp
                total[key].fp += tally.fp
                total[key].fn += tally.fn
                total[key].misses += tally.misses
    return total


@pytest.mark.parametrize("category", ["reports", "report_fields", "meetings"])
def test_category_meets_the_bar(tallies: dict[str, Any], category: str) -> None:
    tally = tallies[category]
    assert tally.tp > 0
    assert tally.f1 >= BAR, tally.misses


@pytest.mark.parametrize("name", sorted(gold_records()))
def test_each_report_header_exactly(name: str) -> None:
    gold = gold_records()[name]
    found, _ = read_pack_reports(name, gold)
    assert len(found) == len(gold["reports"])
    for report, want in zip(found, gold["reports"], strict=True):
        assert (report.date, report.classification, report.agenda_item) == (
            want["date"],
            want["classification"],
            want["agenda_item"],
        ), want["title"]
        assert {c.email.casefold() for c in report.contacts if c.email} >= {
            c["email"].casefold() for c in want["contacts"] if c["email"]
        }
        assert {c.name for c in report.contacts} >= {c["name"] for c in want["contacts"]}


def test_briefing_names_the_meeting_it_is_for() -> None:
    gold = gold_records()["004_91627da17b0015ca"]
    _, meetings = read_pack_reports("004_91627da17b0015ca", gold)
    want = [m for m in gold["meetings"] if m["kind"] == "agenda"]
    assert [(m.kind, m.body, m.date) for m in meetings] == [(w["kind"], w["body"], w["date"]) for w in want]
