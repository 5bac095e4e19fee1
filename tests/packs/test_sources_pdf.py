"""PDF source: real PDFs made with fpdf2 (seed text, running headers, page-number footers, damage)."""

from __future__ import annotations

import pytest

from minutebook.packs.errors import PackError
from minutebook.packs.sources import pdf, read_bytes
from minutebook.packs.sources.furniture import is_page_label, strip_furniture
from tests.packs.conftest import MakePdf

HEADER = "Health & Wellbeing Board - 12 July 2018"
PER_PAGE = 14


def _pages(seed_lines: list[str], count: int) -> list[list[str]]:
    lines = [line[:150] for line in seed_lines]
    return [lines[i * PER_PAGE : (i + 1) * PER_PAGE] for i in range(count)]


def _words(lines: list[str]) -> list[str]:
    return " ".join(lines).split()


@pytest.mark.parametrize("footer", ["Page {n}", "{n}", "Page {n} of 6", "- {n} -"])
def test_seed_text_pages_and_order_survive_and_furniture_goes(
    make_pdf: MakePdf, seed_lines: list[str], footer: str
) -> None:
    pages = _pages(seed_lines, 6)
    lines = pdf.read(make_pdf(pages, header=HEADER, footer=footer), "pack.pdf")
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))
    for number, page in enumerate(pages, start=1):
        on_page = [line.text for line in lines if line.page == number and line.text != HEADER]
        assert _words(on_page) == _words(page)
    texts = [line.text for line in lines]
    assert texts.count(HEADER) == 1 and lines[texts.index(HEADER)].page == 1
    assert not [t for t in texts if t.startswith("Page ") or t.isdigit() or t.startswith("- ")]


def test_text_is_cleaned_and_raw_kept(make_pdf: MakePdf) -> None:
    lines = pdf.read(make_pdf([["Councillor  Heather Acton\t(Chairman)"]], footer=None), "a.pdf")
    assert lines[0].text == "Councillor Heather Acton (Chairman)"
    assert "\t" in lines[0].raw


def test_short_pdf_keeps_lines_that_only_look_like_furniture(make_pdf: MakePdf) -> None:
    pages = [["1. MEMBERSHIP", "Body text one."], ["2. APOLOGIES", "Body text two."]]
    lines = pdf.read(make_pdf(pages, footer="{n}"), "short.pdf")
    assert [line.text for line in lines if not line.text.isdigit()] == [line for p in pages for line in p]


def test_encrypted_pdf_is_refused_with_the_reason(make_pdf: MakePdf) -> None:
    data = make_pdf([["secret minutes"]], user_password="letmein", owner_password="clerk")
    with pytest.raises(PackError, match=r"locked\.pdf: is encrypted \(password-protected\); "):
        pdf.read(data, "locked.pdf")


def test_pdf_with_only_an_owner_password_is_read(make_pdf: MakePdf) -> None:
    lines = pdf.read(make_pdf([["RESOLVED: That the report be noted."]], owner_password="clerk"), "p.pdf")
    assert lines[0].text == "RESOLVED: That the report be noted."


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9, 0.99])
def test_truncated_pdf_is_not_readable(make_pdf: MakePdf, seed_lines: list[str], keep: float) -> None:
    data = make_pdf(_pages(seed_lines, 3))
    with pytest.raises(PackError, match=r"cut\.pdf: is not a readable PDF \("):
        pdf.read(data[: int(len(data) * keep)], "cut.pdf")


def test_garbage_after_a_pdf_header_is_not_readable() -> None:
    with pytest.raises(PackError, match=r"is not a readable PDF \(Data format error\)"):
        read_bytes(b"%PDF-1.7\n" + b"garbage " * 100 + b"\n%%EOF\n", "junk.pdf")


def test_image_only_pdf_has_no_text_layer() -> None:
    from fpdf import FPDF

    scan = FPDF()
    for _ in range(2):
        scan.add_page()
        scan.rect(20, 20, 150, 200, style="F")
    with pytest.raises(PackError, match=r"scan\.pdf: has no text layer \(a scanned PDF\?\); "):
        read_bytes(bytes(scan.output()), "scan.pdf")


@pytest.mark.parametrize(
    ("extracted", "repaired"),
    [
        ("e\ufb03cient of\ufb01ce \ufb02ow", "efficient office flow"),
        ("Butler\x02Thalassis", "Butler-Thalassis"),
        ("recom\u00admended", "recommended"),
        ("bad\x00 \x07control\x1b", "bad control"),
    ],
)
def test_repair_of_extraction_artefacts(extracted: str, repaired: str) -> None:
    assert pdf.repair(extracted) == repaired


def test_page_lines_split_on_every_separator() -> None:
    assert pdf.page_lines("one\r\ntwo  \rthree\ffour\u2028five\x0bsix") == [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
    ]


@pytest.mark.parametrize("label", ["Page 3", "page 3 of 40", "3 of 40", "- 3 -", "Page 12/40"])
def test_page_labels(label: str) -> None:
    assert is_page_label(label)


@pytest.mark.parametrize("text", ["3", "Page three", "63. Minutes", "Item 3 of the agenda", "12 July 2018"])
def test_not_page_labels(text: str) -> None:
    assert not is_page_label(text)


def _page(number: int, header: str = "Minutes 24 May 2018", footer: str = "") -> list[str]:
    body = [f"Paragraph {number}.{line} of the minutes." for line in range(8)]
    return [header, *body, footer or f"Minutes - {number + 4}"]


def test_running_header_kept_once_and_stepping_footer_dropped() -> None:
    pages = [_page(n) for n in range(5)]
    kept = strip_furniture(pages)
    assert kept[0] == pages[0][:-1]
    assert kept[1:] == [page[1:-1] for page in pages[1:]]


def test_numbers_that_do_not_keep_step_with_the_page_stay() -> None:
    pages = [_page(n, header=f"Agenda Item {n * 3}", footer=f"Report {7 - n}") for n in range(5)]
    assert strip_furniture(pages) == pages


def test_text_common_in_page_bodies_is_content_not_furniture() -> None:
    pages = [
        [f"Action {n}.{row}\tLead {row}\t{'Completed' if (n + row) % 3 else 'On-going.'}" for row in range(3)]
        + [f"Action {n}.4", "Completed", f"Action {n}.5", "Completed", f"Action {n}.6", "Completed"]
        for n in range(4)
    ]
    assert strip_furniture(pages) == pages


def test_header_running_over_one_document_of_a_pack_goes() -> None:
    other = [_page(n, header=f"Report part {n}", footer="Confidential draft") for n in range(3)]
    minutes = [_page(n, header="Minutes of the Board", footer=f"{n + 1}") for n in range(3, 7)]
    kept = strip_furniture(other + minutes)
    assert kept[3][0] == "Minutes of the Board"
    assert [page[0] for page in kept[4:]] == [page[1] for page in minutes[1:]]
    assert all(page[-1].endswith("of the minutes.") for page in kept[:3])
    assert all(page[-1].endswith("of the minutes.") for page in kept[3:])
