"""HTML source: a ModernGov-style minutes page, general pages, and broken markup."""

from __future__ import annotations

import pytest

from minutebook.packs.lines import Line
from minutebook.packs.sources import html, read_bytes
from minutebook.packs.text import cells, paragraphs

MODERNGOV_MINUTES = b"""<!DOCTYPE html>
<html lang="en"><head><title>Minutes - Health &amp; Wellbeing Board</title>
<script>var mgSite = {"x": "<p>not text</p>"};</script><style>.mgContent p { margin: 0 }</style></head>
<body><header id="top"><a href="/">Council home</a></header>
<nav class="breadcrumbs"><ul><li><a>Democracy</a></li><li><a>Committees</a></li></ul></nav>
<div id="modgov"><div class="mgContent">
<h1 class="mgMainTitle">Minutes: Health &amp; Wellbeing Board</h1>
<p class="mgSubTitle">Thursday, 12th July, 2018 4.00 pm</p>
<p>Venue: Room 3.1, 3rd Floor,<br>5 Strand, London, WC2 5HR</p>
<h2 class="mgSectionTitle">Attendance</h2>
<ul class="mgBulletList"><li>Councillor Heather&nbsp;Acton (Chair)</li><li>Dr Neville Purssell</li></ul>
<p>Apologies for absence were received from Councillor Nafsika Butler&#8209;Thalassis.</p>
<table class="mgItemTable">
<tr><td class="mgItemNumberCell"><p>63.</p></td><td><h2 class="mgSubItemTitleTxt">Minutes</h2></td></tr>
<tr><td></td><td><p>RESOLVED &ndash; That the minutes of the meeting held on 24 May 2018 be agreed.</p></td></tr>
</table>
<div style="display: none">Hidden text</div><span aria-hidden="true">Icon</span>
<!-- a comment --></div></div>
<footer><p>&copy; Council</p></footer></body></html>
"""


@pytest.fixture(scope="module")
def minutes() -> list[Line]:
    return html.read(MODERNGOV_MINUTES, "minutes.html")


def test_moderngov_page_text_in_order_without_furniture(minutes: list[Line]) -> None:
    assert [line.text for line in minutes if line.text] == [
        "Minutes: Health & Wellbeing Board",
        "Thursday, 12th July, 2018 4.00 pm",
        "Venue: Room 3.1, 3rd Floor,",
        "5 Strand, London, WC2 5HR",
        "Attendance",
        "Councillor Heather Acton (Chair)",
        "Dr Neville Purssell",
        "Apologies for absence were received from Councillor Nafsika Butler\u2011Thalassis.",
        "63. Minutes",
        "RESOLVED – That the minutes of the meeting held on 24 May 2018 be agreed.",
    ]


def test_lines_are_numbered_without_pages(minutes: list[Line]) -> None:
    assert [line.number for line in minutes] == list(range(1, len(minutes) + 1))
    assert {line.page for line in minutes} == {None}


def test_table_rows_are_tab_separated(minutes: list[Line]) -> None:
    rows = [cells(line.raw) for line in minutes if "\t" in line.raw]
    assert rows == [
        ["63.", "Minutes"],
        ["", "RESOLVED – That the minutes of the meeting held on 24 May 2018 be agreed."],
    ]


def test_headings_marked_in_raw_and_blocks_spaced(minutes: list[Line]) -> None:
    raws = [line.raw for line in minutes]
    assert raws[0] == "# Minutes: Health & Wellbeing Board"
    assert raws[raws.index("## Attendance") + 1] == ""


def test_pre_keeps_its_lines() -> None:
    lines = html.read(b"<html><body><pre>Item 1\n  Item 2\n</pre><p>after</p></body></html>", "p.html")
    assert [line.raw for line in lines] == ["Item 1", "  Item 2", "", "after"]


@pytest.mark.parametrize(
    "page",
    [
        b"<html><body><p>Unclosed <b>bold <i>and <table><tr><td>cell one<td>cell two",
        b"<html><body><div><div><p>Deep</div></span></table></p></body>trailing",
        b"<p>No html or body tags &amp; a stray &bogus; entity < and > signs",
    ],
)
def test_broken_html_still_reads(page: bytes) -> None:
    lines = html.read(page, "broken.html")
    assert lines and all(line.text == line.text.strip() for line in lines)
    assert any(line.text for line in lines)


def test_unterminated_table_keeps_its_cells() -> None:
    lines = html.read(b"<html><body><p>Unclosed <b>bold <table><tr><td>cell one<td>cell two", "t.html")
    assert cells(lines[-1].raw) == ["cell one", "cell two"]


def test_ordered_list_items_show_their_numbers_and_bold_words_their_marks() -> None:
    page = b"""<html><body><ol start="3"><li><p><strong>Minutes</strong></p><p>To approve them.</p></li>
    <li><b>Home care</b> update</li></ol><ol type="a"><li>first</li><li>second</li></ol>
    <ol type="i"><li>one</li><li value="4">four</li></ol><ul><li>bullet</li></ul></body></html>"""
    raws = [line.raw for line in html.read(page, "list.html") if line.raw]
    assert raws == [
        "3. **Minutes**",
        "To approve them.",
        "4. **Home care** update",
        "a. first",
        "b. second",
        "i. one",
        "iv. four",
        "bullet",
    ]


def test_bold_around_blocks_gives_no_marks() -> None:
    lines = html.read(b"<html><body><b><p>Title</p><p>Text</p></b></body></html>", "b.html")
    assert [line.raw for line in lines if line.raw] == ["Title", "Text"]


def test_deep_nesting_does_not_exhaust_recursion() -> None:
    page = b"<html><body>" + b"<div><span>" * 20_000 + b"deep text"
    assert [line.text for line in html.read(page, "deep.html") if line.text] == ["deep text"]


def test_encoding_declared_in_meta_is_used() -> None:
    page = (
        '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 \u2013 minutes</p></body></html>'
    )
    lines = read_bytes(page.encode("cp1252"), "cafe.html")
    assert lines[0].text == "Café – minutes"


ITEM_TABLE = b"""<html><body><table class="mgItemTable">
<tr><td><p>7.</p></td><td><p>Parking Review <span>(<a href="r.pdf">PDF 88 KB</a>)</span></p>
<div><p>Minutes:</p><p>The report was noted.</p><p><strong>RESOLVED:</strong> That the review be agreed.</p></div></td></tr>
<tr><td><p>8.</p></td><td><h3>Any other business</h3><div><p>None.</p></div></td></tr>
</table></body></html>"""


def test_a_layout_table_reads_as_if_it_were_not_a_table() -> None:
    """ModernGov's item table: one row per item, the title and its minutes as blocks of one cell."""
    raws = [line.raw for line in html.read(ITEM_TABLE, "items.html")]
    assert raws == [
        "7.\tParking Review (PDF 88 KB)",
        "",
        "Minutes:",
        "",
        "The report was noted.",
        "",
        "**RESOLVED:** That the review be agreed.",
        "",
        "8.\tAny other business",
        "",
        "None.",
    ]


def test_a_headed_item_table_with_numbers_reads_as_a_layout_table() -> None:
    """ModernGov's "Agenda and minutes" page heads its item table "No. | Item"; each row is still an item."""
    page = ITEM_TABLE.replace(b'<table class="mgItemTable">', b"<table><tr><th>No.</th><th>Item</th></tr>")
    raws = [line.raw for line in html.read(page, "items.html")]
    assert raws[0] == "No.\tItem"
    assert raws[1:4] == ["7.\tParking Review (PDF 88 KB)", "", "Minutes:"]
    assert "8.\tAny other business" in raws


def test_a_headed_data_table_with_several_blocks_stays_a_table() -> None:
    page = b"""<html><body><table><tr><th>Action</th><th>Update</th></tr>
    <tr><td><p>Write to the Minister.</p></td><td><p>Letter sent.</p><p>Reply awaited.</p></td></tr></table></body></html>"""
    rows = [line.raw for line in html.read(page, "log.html") if line.raw]
    assert rows == ["Action\tUpdate", "Write to the Minister.\tLetter sent.</p>  <p>Reply awaited."]


def test_a_column_of_marks_beside_a_column_of_names_is_one_row_per_name() -> None:
    """Attendance printed as a table: marks ("*" present, "+" apologies) in step with names, line by line."""
    page = b"""<html><body><table><tr><td><p><b>Members:</b></p></td>
    <td><p>*<br>+<br>&nbsp;<br>*</p></td><td><p>Ann Lee (Chair)<br>Bo Kahn<br>Cy Dunn<br>Di Moss</p></td></tr>
    <tr><td><p>Officers:</p></td><td><p>Eve Ray</p></td><td><p>Head of Policy</p></td></tr></table></body></html>"""
    rows = [line.raw for line in html.read(page, "attendance.html") if line.raw]
    assert rows == [
        "Members:\t*\tAnn Lee (Chair)",
        "\t+\tBo Kahn",
        "\t\tCy Dunn",
        "\t*\tDi Moss",
        "Officers:\tEve Ray\tHead of Policy",
    ]


DATA_TABLE = b"""<html><body><table>
<tr><th>Action</th><th>Lead</th><th>Status</th></tr>
<tr><td><p>Write to the Minister.</p><p>Copy to MPs.</p></td><td>Cllr Ann Cole<br>Head of Policy</td><td>Open</td></tr>
</table></body></html>"""


def test_a_data_table_row_stays_one_line_with_its_cells_blocks_kept_in_raw() -> None:
    row = [line for line in html.read(DATA_TABLE, "log.html") if line.text][1]
    assert row.text == "Write to the Minister. Copy to MPs. Cllr Ann Cole Head of Policy Open"
    assert [paragraphs(cell) for cell in row.raw.split("\t")] == [
        ["Write to the Minister.", "Copy to MPs."],
        ["Cllr Ann Cole", "Head of Policy"],
        ["Open"],
    ]
    assert cells(row.raw) == ["Write to the Minister. Copy to MPs.", "Cllr Ann Cole Head of Policy", "Open"]


def test_tables_nested_deep_inside_cells_do_not_exhaust_recursion() -> None:
    page = b"<html><body>" + b"<table><tr><td><p>x</p><p>y</p>" * 3000 + b"deep text"
    lines = html.read(page, "nested.html")
    assert any("deep text" in line.text for line in lines)
