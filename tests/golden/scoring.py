"""Scoring pack records against the hand-made gold records, with the project's copy of score_pack.py."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).parent
GOLD = HERE / "gold"
SAMPLES = HERE.parent.parent / "minutebook" / "sample_packs"


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_pack", HERE / "score_pack.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_records() -> dict[str, dict[str, Any]]:
    return {path.stem: json.loads(path.read_text()) for path in sorted(GOLD.glob("*.json"))}


def score_all(predictions: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per-category totals and macro F1 over every gold pack, as score_pack.py --gold/--pred computes them."""
    sp = scorer()
    total: dict[str, Any] = {}
    used: set[str] = set()
    for name, gold in gold_records().items():
        tallies = sp.score(gold, predictions.get(name, {}))
        used |= sp.filled(gold)
        for key, tally in tallies.items():
            agg = total.setdefault(key, sp.Tally())
            agg.tp, agg.fp, agg.fn = agg.tp + tally.tp, agg.fp + tally.fp, agg.fn + tally.fn
            agg.misses += [f"{name}: {m}" for m in tally.misses]
    rows = {k: total[k] for k in total if k in used}
    macro = sum(t.f1 for t in rows.values()) / len(rows)
    return {"categories": {k: round(t.f1, 3) for k, t in rows.items()}, "macro": macro, "tallies": rows}
