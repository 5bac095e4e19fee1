"""Cutting lines into passages: numbered minutes paragraphs and readable document blocks."""

from __future__ import annotations

from minutebook.packs.lines import Line
from minutebook.records.paragraphs import MAX_BLOCK_CHARS, blocks, minute_paragraphs


def lines(*texts: str, start: int = 1) -> list[Line]:
    return [Line(number=start + n, text=t, raw=t) for n, t in enumerate(texts)]


def test_numbered_paragraphs_run_to_the_next_number() -> None:
    got = minute_paragraphs(
        lines(
            "4.1 Anne Pollock introduced the report",
            "",
            "and provided an overview.",
            "4.2 Members asked about dementia.",
            "5. ANY OTHER BUSINESS",
            "5.1 There was none.",
        ),
        headings=[5],
    )
    assert [(p.number, p.first_line, p.last_line) for p in got] == [
        ("4.1", 1, 3),
        ("4.2", 4, 4),
        ("5.1", 6, 6),
    ]
    assert got[0].text == "4.1 Anne Pollock introduced the report and provided an overview."


def test_resolved_paragraph_keeps_its_words() -> None:
    (got,) = minute_paragraphs(lines("3.1 RESOLVED:", "", "That the minutes be signed."))
    assert got.number == "3.1" and got.text == "3.1 RESOLVED: That the minutes be signed."


def test_sub_paragraph_numbers() -> None:
    got = minute_paragraphs(lines("3.1(1) The minutes were approved.", "3.1 (2) Progress was noted."))
    assert [p.number for p in got] == ["3.1(1)", "3.1(2)"]


def test_unnumbered_minutes_cut_at_blank_lines() -> None:
    got = minute_paragraphs(lines("The group discussed the plan.", "It agreed to meet.", "", "AOB: none."))
    assert [(p.first_line, p.last_line) for p in got] == [(1, 2), (4, 4)]


def test_page_numbers_are_not_text() -> None:
    (got,) = minute_paragraphs(lines("4.1 The Board noted", "Page 3", "the report."))
    assert got.text == "4.1 The Board noted the report."


def test_blocks_merge_short_runs_and_cut_long_ones() -> None:
    short = lines("Title", "", "Summary line.", "", "x" * 400)
    assert len(blocks(short)) == 1
    long = lines(*(["y" * 300] * 20))
    got = blocks(long)
    assert len(got) > 1
    assert all(len(p.text) <= MAX_BLOCK_CHARS + 300 for p in got)
    assert got[1].first_line == got[0].last_line + 1


def test_hostile_input_is_linear() -> None:
    many = lines(*(["1.1 " + "z" * 50] * 20_000))
    assert len(minute_paragraphs(many)) == 20_000
