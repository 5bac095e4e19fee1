"""The agenda reader on the agendas of the five sample packs, cut out by the gold's document boundaries.

Each gold document of kind ``agenda`` is read on its own (lines first_line..last_line)
and scored against the gold's agenda meeting with the scorer's own functions.
"""

from __future__ import annotations

from typing import Any

import pytest

from minutebook.packs import agenda
from minutebook.packs.record import PackRecord
from minutebook.packs.sources import read_pack
from tests.golden.scoring import SAMPLES, gold_records, scorer

BAR = 0.95
CATEGORIES = ("meetings", "meeting_fields", "members", "items", "item_pages")


def agenda_slices() -> list[tuple[str, dict[str, Any], list[Any]]]:
    """(pack, gold agenda meeting, lines of the agenda document) for every gold agenda."""
    out = []
    for name, gold in gold_records().items():
        lines = read_pack(SAMPLES / f"{name}.txt")
        meetings = [m for m in gold["meetings"] if m["kind"] == "agenda"]
        for doc in gold["documents"]:
            if doc["kind"] == "agenda" and meetings:
                piece = [ln for ln in lines if doc["first_line"] <= ln.number <= doc["last_line"]]
                out.append((name, meetings[0], piece))
    return out


@pytest.fixture(scope="module")
def tallies() -> dict[str, Any]:
    sp = scorer()
    total = {k: sp.Tally() for k in CATEGORIES}
    for _name, gold, piece in agenda_slices():
        pred = PackRecord(source="", meetings=agenda.read(piece)).to_dict()
        for key, tally in sp.score({"meetings": [gold]}, pred).items():
            if key in total:
                total[key].tp += tally.tp
                total[key].fp += tally.fp
                total[key].fn += tally.fn
                total[key].misses += tally.misses
    return total


def test_every_sample_agenda_is_cut_out() -> None:
    assert len(agenda_slices()) == 4


@pytest.mark.parametrize("category", CATEGORIES)
def test_category_meets_the_bar(tallies: dict[str, Any], category: str) -> None:
    tally = tallies[category]
    assert tally.tp > 0
    assert tally.f1 >= BAR, tally.misses


@pytest.mark.parametrize(
    ("name", "gold", "piece"), agenda_slices(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_items_exactly(name: str, gold: dict[str, Any], piece: list[Any]) -> None:
    [meeting] = agenda.read(piece)
    got = [(i.number, i.title, i.first_page, i.last_page, i.part) for i in meeting.items]
    want = [(i["number"], i["title"], i["first_page"], i["last_page"], i["part"]) for i in gold["items"]]
    assert got == want


@pytest.mark.parametrize(
    ("name", "gold", "piece"), agenda_slices(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_members_and_roles_exactly(name: str, gold: dict[str, Any], piece: list[Any]) -> None:
    [meeting] = agenda.read(piece)
    assert [(m.name, m.role) for m in meeting.members] == [(m["name"], m["role"]) for m in gold["members"]]
    assert (meeting.date, meeting.time) == (gold["date"], gold["time"])
