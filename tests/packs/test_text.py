"""Cleaning a line once for every reader: the plain-line fast path and the markup rules give the same words."""

from __future__ import annotations

import pytest

from minutebook.packs.text import cells, clean_line, fold, paragraphs


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("The Board noted the report.", "The Board noted the report."),
        ("  The Board noted the report.  ", "The Board noted the report."),
        ("", ""),
        ("   ", ""),
        ("x\x0by\u2028z", "x y z"),  # vertical tab and line separator fold like any white space
        ("a\u200bb\u00a0c\u3000d", "a b c d"),  # zero-width, no-break and ideographic spaces too
        ("Present:\tCouncillor  Ann Lee", "Present: Councillor Ann Lee"),
        ("- Councillor Ann Lee", "Councillor Ann Lee"),
        ("* Councillor Ann Lee", "Councillor Ann Lee"),
        ("> quoted words", "quoted words"),
        ("| --- | --- |", ""),
        ("| Action | Lead |", "Action Lead"),
        ("## **4. Options / Considerations**", "4. Options / Considerations"),
        ("24 <sup>th</sup> May 2018 &amp; after", "24th May 2018 & after"),
        ("[the report](report.pdf) and \\_notes\\_", "the report and _notes_"),
        ("\uf0b7 Bullet from a PDF font", "Bullet from a PDF font"),
        ("a * b stays", "a * b stays"),
    ],
)
def test_clean_line(raw: str, clean: str) -> None:
    assert clean_line(raw) == clean


def test_fold_and_cells_share_the_same_white_space_rules() -> None:
    assert fold(" a \t b\x0c c ") == "a b c"
    assert cells("Action\t  Lead\u00a0 officer \tStatus") == ["Action", "Lead officer", "Status"]
    assert paragraphs("<p>One\u2028line</p>  <p>Two</p>") == ["One line", "Two"]
