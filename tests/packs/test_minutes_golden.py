"""The minutes reader on the seeds' minutes and notes, sliced as the gold records cut them, scored by score_pack.py."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from minutebook.packs import minutes
from minutebook.packs.minutes_people import same_person
from minutebook.packs.record import Meeting
from minutebook.packs.sources import read_pack
from tests.golden.scoring import SAMPLES, gold_records, scorer

CATEGORIES = (
    "meetings",
    "meeting_fields",
    "attendance",
    "deputy_for",
    "declarations",
    "items",
    "resolutions",
)
BAR = 0.95


def _cases() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    cases = []
    for name, gold in gold_records().items():
        for doc in gold["documents"]:
            if doc["kind"] not in ("minutes", "notes"):
                continue
            meetings = [
                m
                for m in gold["meetings"]
                if m["kind"] == doc["kind"] and doc["first_line"] <= m["line"] <= doc["last_line"]
            ]
            cases.extend((name, doc, m) for m in meetings)
    return cases


CASES = _cases()


def _read(name: str, doc: dict[str, Any]) -> list[Meeting]:
    lines = [
        line
        for line in read_pack(SAMPLES / f"{name}.txt")
        if doc["first_line"] <= line.number <= doc["last_line"]
    ]
    return minutes.read(lines, notes=doc["kind"] == "notes")


def test_every_gold_minutes_document_is_covered() -> None:
    assert len(CASES) >= 6


@pytest.mark.parametrize(
    ("name", "doc", "gold"), CASES, ids=[f"{c[0][:3]}@{c[1]['first_line']}" for c in CASES]
)
def test_minutes_slice_scores_at_the_bar(name: str, doc: dict[str, Any], gold: dict[str, Any]) -> None:
    predicted = _read(name, doc)
    tallies = scorer().score({"meetings": [gold]}, {"meetings": [dataclasses.asdict(m) for m in predicted]})
    weak = {k: tallies[k].misses for k in CATEGORIES if tallies[k].f1 < BAR}
    assert not weak


@pytest.mark.parametrize(
    ("name", "doc", "gold"), CASES, ids=[f"{c[0][:3]}@{c[1]['first_line']}" for c in CASES]
)
def test_minutes_slice_fields_and_provenance(name: str, doc: dict[str, Any], gold: dict[str, Any]) -> None:
    (meeting,) = _read(name, doc)
    assert (meeting.kind, meeting.body, meeting.date, meeting.line) == (
        gold["kind"],
        gold["body"],
        gold["date"],
        gold["line"],
    )
    for expected in gold["attendance"]:
        found = [a for a in meeting.attendance if same_person(a.name, expected["name"])]
        assert found, expected
        assert (found[0].status, found[0].deputy_for, found[0].role, found[0].line) == (
            expected["status"],
            expected["deputy_for"],
            expected["role"],
            expected["line"],
        )
    assert [(i.number, i.title, i.line) for i in meeting.items] == [
        (i["number"], i["title"], i["line"]) for i in gold["items"]
    ]
    assert [(r.item, r.paragraph, r.line) for r in meeting.resolutions] == [
        (r["item"], r["paragraph"], r["line"]) for r in gold["resolutions"]
    ]


@pytest.mark.parametrize(
    ("name", "doc", "gold"), CASES, ids=[f"{c[0][:3]}@{c[1]['first_line']}" for c in CASES]
)
def test_a_slice_starting_early_still_gives_the_one_meeting(
    name: str, doc: dict[str, Any], gold: dict[str, Any]
) -> None:
    """The segmenter may hand over the tail of the agenda too: it must not become a meeting."""
    early = {**doc, "first_line": doc["first_line"] - 15}
    meetings = _read(name, early)
    assert [(m.kind, m.date, m.body, m.line) for m in meetings] == [
        (gold["kind"], gold["date"], gold["body"], gold["line"])
    ]
