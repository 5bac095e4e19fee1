"""`minutebook extract` on a batch with one good and one bad file: one clear line, exit 1, the good one kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutebook.cli import main
from minutebook.packs.schema import schema_errors
from tests.packs.conftest import MakePdf


@pytest.mark.parametrize("bad_kind", ["encrypted", "truncated", "scanned"])
def test_batch_with_a_bad_pdf(
    tmp_path: Path,
    make_pdf: MakePdf,
    seed_lines: list[str],
    capsys: pytest.CaptureFixture[str],
    bad_kind: str,
) -> None:
    good = tmp_path / "good.pdf"
    good.write_bytes(make_pdf([seed_lines[:14], seed_lines[14:28]]))
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(_bad_pdf(make_pdf, bad_kind))
    out = tmp_path / "records"

    code = main(["extract", str(good), str(bad), "--out", str(out)])

    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1 and err[0].startswith(f"error: {bad}: ")
    assert {"encrypted": "is encrypted", "truncated": "is not a readable PDF", "scanned": "no text layer"}[
        bad_kind
    ] in err[0]
    assert "Traceback" not in err[0]
    record = json.loads((out / "good.json").read_text(encoding="utf-8"))
    assert record["source"] == "good.pdf" and schema_errors(record) == []
    assert not (out / "bad.json").exists()


def _bad_pdf(make_pdf: MakePdf, kind: str) -> bytes:
    if kind == "encrypted":
        return make_pdf([["secret"]], user_password="user", owner_password="owner")
    if kind == "truncated":
        data = make_pdf([["cut short"]])
        return data[: len(data) // 2]
    from fpdf import FPDF

    scan = FPDF()
    scan.add_page()
    scan.rect(10, 10, 100, 100, style="F")
    return bytes(scan.output())


def test_a_reader_failing_on_one_document_costs_only_that_document(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Fault injection: the minutes reader breaks; the agenda and the documents list still come out."""
    from minutebook.packs import extract, minutes

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise IndexError("list index out of range")

    monkeypatch.setattr(minutes, "read", broken)
    text = (
        "AGENDA\n\nHealth and Wellbeing Board\n\nThursday 12 March 2025 at 2.00 pm\n\n1. Apologies\n\n"
        "\f\nMINUTES of the Health and Wellbeing Board held on 6 February 2025\n\nPresent: Councillor Ann Lee\n"
    )
    record = extract.extract_bytes(text.encode(), "pack.txt")
    assert [d.kind.value for d in record.documents] == ["agenda", "minutes"]
    assert [m.kind.value for m in record.meetings] == ["agenda"]
    assert "pack.txt: the minutes at lines" in caplog.text and "IndexError" in caplog.text
