"""Hostile input through the whole flow (extract_file): every case ends cleanly, in a record or a PackError.

A clean outcome is a PackRecord that conforms to the schema, or a PackError
whose message names the file.  Never a traceback, never a hang: the heavy
cases are marked ``slow`` (CI still runs them); their speed is measured in
bench/bench_extract.py, not asserted here.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from minutebook.packs.errors import PackError
from minutebook.packs.extract import extract_file
from minutebook.packs.record import PackRecord
from minutebook.packs.schema import schema_errors
from tests.packs.conftest import SAMPLE_PACKS

MB = 1024 * 1024


def outcome(path: Path) -> PackRecord | PackError:
    """Extract ``path``; a PackError must name the file, a record must conform to the schema."""
    try:
        record = extract_file(path)
    except PackError as error:
        assert str(error).startswith(f"{path}: ") and error.reason
        return error
    assert schema_errors(json.loads(record.to_json())) == []
    return record


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.md", b"\n \n\t\n", "the file is empty"),
        ("random.bin", random.Random(7).randbytes(200_000), "is a binary file"),
        ("program.pdf", b"\x7fELF\x02\x01\x01\x00" + random.Random(8).randbytes(50_000), "is a binary file"),
        ("nuls.txt", b"Minutes\x00\x00\x00 of the meeting\n" * 100, "is a binary file"),
        ("controls.txt", b"\x01\x02\x03\x04\x05\x06\x0e\x0f" * 1000, "is a binary file"),
    ],
)
def test_not_a_pack_fails_with_the_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    result = outcome(_write(tmp_path, name, data))
    assert isinstance(result, PackError) and result.reason.startswith(reason)


def test_text_in_a_legacy_encoding_is_read(tmp_path: Path) -> None:
    data = "Minutes \u2013 Caf\u00e9 meeting\nPresent: Councillor Ann Smith\n".encode("cp1252")
    assert isinstance(outcome(_write(tmp_path, "legacy.txt", data)), PackRecord)


def _seed_text() -> str:
    return SAMPLE_PACKS[1].read_text(encoding="utf-8")


@pytest.mark.slow
def test_fifty_megabyte_text_file(tmp_path: Path) -> None:
    seed = _seed_text()
    path = _write(tmp_path, "huge.txt", seed * (50 * MB // len(seed.encode("utf-8")) + 1))
    assert path.stat().st_size >= 50 * MB
    outcome(path)


@pytest.mark.slow
@pytest.mark.parametrize("style", ["tabs", "pipes"])
def test_ten_thousand_row_table(tmp_path: Path, style: str) -> None:
    rows = [("Action", "Lead", "Comments")]
    rows += [
        (f"Board to receive update {n} on the plan.", f"Officer {n % 37}", "On-going.") for n in range(10_000)
    ]
    if style == "tabs":
        lines = ["\t".join(row) for row in rows]
    else:
        lines = [f"| {' | '.join(row)} |" for row in rows]
        lines.insert(1, "|---|---|---|")
    text = "ACTIONS ARISING\n\n" + "\n".join(lines) + "\n"
    outcome(_write(tmp_path, f"table-{style}.md", text))


@pytest.mark.slow
def test_unterminated_html(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><body>"
        + "<p>Minutes <b>of the <i>Board <table><tr><td>cell <a href='x" * 20_000
    )
    outcome(_write(tmp_path, "unterminated.html", page))


@pytest.mark.slow
def test_one_paragraph_of_five_thousand_lines(tmp_path: Path) -> None:
    sentence = "RESOLVED that the Board notes the report of the Director and agrees the recommendations"
    text = "\n".join(f"{sentence} {n}," for n in range(5_000)) + "\n"
    outcome(_write(tmp_path, "paragraph.txt", text))


@pytest.mark.slow
def test_one_very_long_line(tmp_path: Path) -> None:
    sentence = "Present: Councillor Ann Smith (Chair), Dr Bob Jones, Cllr Cy Young; apologies from Di Ross. "
    outcome(_write(tmp_path, "line.txt", sentence * 5_000))


@pytest.mark.slow
@pytest.mark.parametrize(
    "fragment",
    ["**", "[", "<", "**[<a ", "\\*_`", "# ", "> ", "- ", "| ", "<sup>", "](", "&#", "<!--"],
)
def test_deeply_broken_markdown(tmp_path: Path, fragment: str) -> None:
    line = fragment * 5_000
    text = f"{line}\nMinutes of the meeting\n{line}\n{fragment * 3} Present: {fragment * 4000}\n"
    outcome(_write(tmp_path, "broken.md", text * 3))


@pytest.mark.slow
def test_seed_text_with_every_line_broken(tmp_path: Path) -> None:
    lines = _seed_text().splitlines()
    broken = "\n".join(f"**[<{line}" if n % 2 else f"{line}**](" for n, line in enumerate(lines))
    outcome(_write(tmp_path, "broken-seed.md", broken))
