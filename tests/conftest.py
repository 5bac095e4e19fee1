"""Test wiring shared by every folder: gold records and seed packs as ready-to-import inputs.

Django is configured by pytest-django with ``tests.settings`` (see pyproject.toml);
the database is SQLite unless ``DATABASE_URL`` names PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from minutebook.packs.lines import Line
from minutebook.packs.record import PackRecord
from minutebook.packs.sources import read_bytes

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "golden" / "gold"
SEED_DIR = ROOT / "minutebook" / "sample_packs"


@dataclass(frozen=True)
class GoldPack:
    """A seed pack with its hand-made gold record: what the importer would get from a perfect reader."""

    name: str
    record: PackRecord
    lines: list[Line]
    data: bytes


def gold_pack(stem: str) -> GoldPack:
    """The gold pack whose file name starts with ``stem`` ("001")."""
    gold = next(GOLD_DIR.glob(f"{stem}*.json"))
    record = PackRecord.from_json(gold.read_text(encoding="utf-8"))
    seed = SEED_DIR / record.source
    data = seed.read_bytes()
    return GoldPack(name=seed.name, record=record, lines=read_bytes(data, seed.name), data=data)


GOLD_STEMS = ("000", "001", "002", "003", "004")


@pytest.fixture(scope="session")
def gold_packs() -> dict[str, GoldPack]:
    return {stem: gold_pack(stem) for stem in GOLD_STEMS}
