"""Extraction benchmark: figures, not pass/fail.  Run: .venv/bin/python bench/bench_extract.py

(a) the five sample packs through extract: MB/s on one core, against a baseline
    measured in the same run (read + decode + split into lines, and the text
    source alone), so the ratios show what segmenting and the readers cost;
(b) a generated 300-page PDF (seed text, running header, page-number footer):
    pages/s of sources.pdf.read and of the whole extract;
(c) scaling: 1x, 2x, 4x, 8x a text input; time per MB should stay flat;
(d) DOCX and HTML made from the same seed text: MB/s of their sources.

Targets (see bench/README.md): >= 5 MB/s of text per core, >= 100 PDF pages/s per core.
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from pathlib import Path

from minutebook.packs.extract import extract_bytes
from minutebook.packs.sources import pdf as pdf_source
from minutebook.packs.sources import read_bytes
from minutebook.packs.text import clean_line

SAMPLES = sorted((Path(__file__).parents[1] / "minutebook" / "sample_packs").glob("*.txt"))
MB = 1024 * 1024


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs in CPU seconds of this process: a per-core figure that
    other work on a busy machine disturbs less than wall-clock time."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def baseline(data: bytes) -> int:
    """Read + decode + split: the least any text extraction must do."""
    return len(data.decode("utf-8").splitlines())


def samples_figures(repeat: int) -> None:
    packs = [(path.name, path.read_bytes()) for path in SAMPLES]
    size = sum(len(data) for _, data in packs) / MB
    split = best_of(repeat, lambda: [baseline(data) for _, data in packs])
    source = best_of(repeat, lambda: [read_bytes(data, name) for name, data in packs])
    whole = best_of(repeat, lambda: [extract_bytes(data, name) for name, data in packs])
    print(f"(a) five sample packs, {size:.2f} MB, best of {repeat}, one core")
    print(f"    baseline read+decode+split   {size / split:8.1f} MB/s")
    print(f"    text source (clean lines)    {size / source:8.1f} MB/s   {source / split:6.1f}x baseline")
    print(f"    whole extract                {size / whole:8.1f} MB/s   {whole / split:6.1f}x baseline")
    for name, data in packs:
        one = best_of(repeat, lambda data=data, name=name: extract_bytes(data, name))
        print(f"      {name:28s} {len(data) / MB:6.2f} MB  {len(data) / MB / one:8.1f} MB/s")


def seed_lines() -> list[str]:
    """Clean, non-blank seed lines as a core-font PDF can print them (cp1252)."""
    lines = (clean_line(line) for path in SAMPLES for line in path.read_text(encoding="utf-8").splitlines())
    return [line.encode("cp1252", errors="replace").decode("cp1252")[:150] for line in lines if line]


def make_pdf(pages: int, per_page: int = 40) -> bytes:
    from fpdf import FPDF

    class Pack(FPDF):
        def header(self) -> None:
            self.set_font("helvetica", size=8)
            self.cell(0, 5, "Health & Wellbeing Board - 12 July 2018", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("helvetica", size=8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    lines = seed_lines()
    pdf = Pack()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(auto=False)
    for page in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", size=7)
        for n in range(per_page):
            pdf.cell(0, 6, lines[(page * per_page + n) % len(lines)][:120], new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def pdf_figures(pages: int, repeat: int) -> None:
    start = time.perf_counter()
    data = make_pdf(pages)
    made = time.perf_counter() - start
    read = best_of(repeat, lambda: pdf_source.read(data, "pack.pdf"))
    whole = best_of(repeat, lambda: extract_bytes(data, "pack.pdf"))
    lines = len(pdf_source.read(data, "pack.pdf"))
    print(f"(b) generated PDF: {pages} pages, {len(data) / MB:.2f} MB, {lines} lines (made in {made:.1f} s)")
    print(f"    sources.pdf.read             {pages / read:8.0f} pages/s")
    print(f"    whole extract                {pages / whole:8.0f} pages/s")


def scaling_figures(repeat: int) -> None:
    seed = b"\n".join(path.read_bytes() for path in SAMPLES)
    print("(c) scaling of the whole extract on k x the sample packs (time per MB should stay flat)")
    first = 0.0
    for k in (1, 2, 4, 8):
        data = seed * k
        seconds = best_of(repeat, lambda data=data: extract_bytes(data, "scaled.txt"))
        per_mb = seconds / (len(data) / MB)
        first = first or per_mb
        print(
            f"    {k}x  {len(data) / MB:6.2f} MB  {seconds:7.3f} s  {per_mb:6.3f} s/MB  ratio {per_mb / first:5.2f}"
        )


def make_docx(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_html(lines: list[str]) -> bytes:
    from html import escape

    body = "\n".join(f"<p>{escape(line)}</p>" for line in lines)
    return f"<!DOCTYPE html><html><body><main>{body}</main></body></html>".encode()


def other_formats_figures(repeat: int) -> None:
    lines = seed_lines()
    text_mb = len("\n".join(lines).encode()) / MB
    print(f"(d) other sources on the seed text ({text_mb:.2f} MB of text, {len(lines)} lines)")
    for name, data in (("pack.docx", make_docx(lines)), ("pack.html", make_html(lines))):
        seconds = best_of(repeat, lambda data=data, name=name: read_bytes(data, name))
        print(f"    {name:10s} {len(data) / MB:6.2f} MB file  {text_mb / seconds:8.1f} MB/s of text")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is kept (default 3)")
    parser.add_argument("--pages", type=int, default=300, help="pages of the generated PDF (default 300)")
    args = parser.parse_args()
    samples_figures(args.repeat)
    pdf_figures(args.pages, args.repeat)
    scaling_figures(args.repeat)
    other_formats_figures(args.repeat)


if __name__ == "__main__":
    main()
