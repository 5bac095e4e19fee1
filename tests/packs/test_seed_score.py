"""The whole reader scored against the hand-made gold records of the five sample packs (issue 2's bar)."""

from __future__ import annotations

import pytest

from minutebook.packs.extract import extract_file
from tests.golden.scoring import SAMPLES, gold_records, score_all

MACRO_BAR = 0.95
CATEGORY_BAR = 0.90


@pytest.fixture(scope="module")
def scores() -> dict:
    predictions = {name: extract_file(SAMPLES / f"{name}.txt").to_dict() for name in gold_records()}
    return score_all(predictions)


def test_macro_f1_meets_the_bar(scores: dict) -> None:
    assert scores["macro"] >= MACRO_BAR, scores["categories"]


def test_every_category_meets_the_bar(scores: dict) -> None:
    weak = {k: f1 for k, f1 in scores["categories"].items() if f1 < CATEGORY_BAR}
    misses = {k: scores["tallies"][k].misses[:15] for k in weak}
    assert not weak, misses
