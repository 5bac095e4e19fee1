"""The source viewer: line anchors, the cited line highlighted, windows, escaping, withheld runs."""

from __future__ import annotations

from django.test import Client

from minutebook.web.source_text import SourceRow, render_rows
from tests.web.builders import Record
from tests.web.test_exempt import body_of


def test_rows_are_anchored_and_escaped() -> None:
    html = render_rows([SourceRow(1, None, "a <b> & c", False), SourceRow(2, None, "two", False)], cited=2)
    assert '<tr id="L1"><td class="ln"><a href="#L1">1</a></td><td>a &lt;b&gt; &amp; c</td></tr>' in html
    assert '<tr id="L2" class="cited" aria-current="location">' in html


def test_exempt_runs_become_one_withheld_row_and_their_text_is_never_sent() -> None:
    rows = [
        SourceRow(1, 1, "public", False),
        SourceRow(2, 1, "secret", True),
        SourceRow(3, 2, "secret", True),
    ]
    html = render_rows([*rows, SourceRow(4, 2, "after", False)])
    assert "secret" not in html and "2 lines of exempt business withheld" in html
    assert html.index("withheld") < html.index('id="L4"')
    assert 'id="page-1"' in html and 'id="page-2"' in html


def test_trailing_exempt_run_is_withheld_too() -> None:
    html = render_rows([SourceRow(1, None, "public", False), SourceRow(2, None, "secret", True)])
    assert html.endswith("1 line of exempt business withheld</td></tr>")


def test_cited_line_is_highlighted_and_shown(client: Client, record: Record) -> None:
    html = body_of(client.get(f"/sources/{record.source.pk}/?line=20"))
    assert '<tr id="L20" class="cited" aria-current="location">' in html
    assert 'href="#L20">go to line 20</a>' in html
    assert "Better Care Fund plan &lt;script&gt;" in html


def test_window_starts_where_asked(client: Client, record: Record) -> None:
    html = body_of(client.get(f"/sources/{record.source.pk}/?from=70"))
    assert 'id="L70"' in html and 'id="L69"' not in html and "Earlier lines" in html


def test_nonsense_parameters_fall_back_to_the_start(client: Client, record: Record) -> None:
    html = body_of(client.get(f"/sources/{record.source.pk}/?line=abc&from=-5"))
    assert 'id="L1"' in html and 'class="cited"' not in html


def test_unknown_pack_is_404(client: Client, db: None) -> None:
    assert client.get("/sources/12345/").status_code == 404
