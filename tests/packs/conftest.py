"""Shared fixtures for the pack-reading tests: sample packs, seed text, real PDFs made with fpdf2."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from minutebook.packs.text import clean_line

SAMPLE_PACKS = sorted((Path(__file__).parents[2] / "minutebook" / "sample_packs").glob("*.txt"))
GOLD_FILES = sorted((Path(__file__).parents[1] / "golden" / "gold").glob("*.json"))

MakePdf = Callable[..., bytes]


@pytest.fixture(scope="session")
def seed_lines() -> list[str]:
    """Clean, non-blank lines of the first sample pack, as a PDF can print them (cp1252)."""
    raw = SAMPLE_PACKS[0].read_text(encoding="utf-8").splitlines()
    cleaned = (clean_line(line).encode("cp1252", errors="replace").decode("cp1252") for line in raw)
    return [line for line in cleaned if line]


class _PackPdf(FPDF):
    """A PDF with an optional running header and a page-number footer (``{n}`` is the page)."""

    def __init__(self, header_text: str | None, footer_text: str | None) -> None:
        super().__init__()
        self.core_fonts_encoding = "windows-1252"
        self.header_text = header_text
        self.footer_text = footer_text

    def header(self) -> None:
        if self.header_text:
            self.set_font("helvetica", size=9)
            self.cell(0, 6, self.header_text, new_x="LMARGIN", new_y="NEXT")

    def footer(self) -> None:
        if self.footer_text:
            self.set_y(-15)
            self.set_font("helvetica", size=9)
            self.cell(0, 10, self.footer_text.replace("{n}", str(self.page_no())), align="C")


@pytest.fixture(scope="session")
def make_pdf() -> MakePdf:
    """Build a real PDF: one page per list of lines, with header/footer/encryption options."""

    def build(
        pages: list[list[str]],
        header: str | None = None,
        footer: str | None = "Page {n}",
        user_password: str | None = None,
        owner_password: str | None = None,
    ) -> bytes:
        pdf = _PackPdf(header, footer)
        pdf.set_auto_page_break(auto=False)
        if owner_password or user_password:
            pdf.set_encryption(owner_password=owner_password or "owner", user_password=user_password)
        for lines in pages:
            pdf.add_page()
            pdf.set_font("helvetica", size=10)
            for line in lines:
                pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())

    return build
