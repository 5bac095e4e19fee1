"""The source viewer's lines as HTML rows: escaped, anchored (#L123), exempt runs withheld.

Rendered here rather than in a template loop: a pack has thousands of lines,
and this keeps a window of them to a few milliseconds.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from django.utils.safestring import SafeString, mark_safe


class SourceRow(NamedTuple):
    number: int
    page: int | None
    text: str
    exempt: bool


def _withheld(count: int) -> str:
    noun = "line" if count == 1 else "lines"
    return (
        f'<tr class="withheld"><td class="ln"></td><td>{count} {noun} of exempt business withheld</td></tr>'
    )


def _page(page: int) -> str:
    return f'<tr class="page" id="page-{page}"><th colspan="2">Page {page}</th></tr>'


def _line(number: int, text: str, cited: bool) -> str:
    mark = ' class="cited" aria-current="location"' if cited else ""
    return (
        f'<tr id="L{number}"{mark}><td class="ln"><a href="#L{number}">{number}</a></td>'
        f"<td>{html.escape(text, quote=False)}</td></tr>"
    )


def _pieces(rows: Iterable[SourceRow], cited: int | None) -> Iterator[str]:
    withheld, page = 0, None
    for number, line_page, text, exempt in rows:
        if exempt:
            withheld += 1
            continue
        if withheld:
            yield _withheld(withheld)
            withheld = 0
        if line_page is not None and line_page != page:
            yield _page(line_page)
            page = line_page
        yield _line(number, text, number == cited)
    if withheld:
        yield _withheld(withheld)


def render_rows(rows: Iterable[SourceRow], cited: int | None = None) -> SafeString:
    """Table rows for ``rows``; the text of every line is HTML-escaped, exempt lines never sent."""
    return mark_safe("\n".join(_pieces(rows, cited)))  # every piece of text is escaped above
