"""The source viewer: a pack's lines as the importer stored them, with anchors (#L123).

It shows a window of lines around the cited one (``?line=123``), or from
``?from=N``, or the whole pack (``?all=1``).  Lines of exempt (Part 2) business
are never sent: each run of them is one "withheld" row.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from minutebook.records.models import SourceFile, SourceLine
from minutebook.web.page_cache import cached_page
from minutebook.web.source_text import SourceRow, render_rows

WINDOW = 600
BEFORE_CITED = 150


@dataclass(frozen=True)
class Window:
    first: int
    last: int
    total: int

    @property
    def earlier(self) -> int | None:
        return max(1, self.first - WINDOW) if self.first > 1 else None

    @property
    def later(self) -> int | None:
        return self.last + 1 if self.last < self.total else None

    @property
    def whole(self) -> bool:
        return self.first <= 1 and self.last >= self.total


def _number(request: HttpRequest, name: str) -> int | None:
    value = request.GET.get(name, "")
    return int(value) if value.isdigit() and len(value) < 9 else None


def window(request: HttpRequest, total: int) -> Window:
    if request.GET.get("all") == "1":
        return Window(1, total, total)
    cited, start = _number(request, "line"), _number(request, "from")
    first = start if start is not None else max(1, (cited or 1) - BEFORE_CITED)
    first = max(1, min(first, total))
    return Window(first, min(total, first + WINDOW - 1), total)


def _rows(source: SourceFile, win: Window) -> list[SourceRow]:
    lines = SourceLine.objects.filter(source=source, number__gte=win.first, number__lte=win.last)
    values = lines.order_by("number").values_list("number", "page", "raw", "text", "exempt")
    return [SourceRow(number, page, raw or text, exempt) for number, page, raw, text, exempt in values]


@require_safe
@cached_page
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(SourceFile, pk=pk)
    total = source.line_count or SourceLine.objects.filter(source=source).count()
    win = window(request, total)
    cited = _number(request, "line")
    cited_line = SourceLine.objects.filter(source=source, number=cited).first() if cited else None
    shown = cited_line is not None and not cited_line.exempt and win.first <= cited_line.number <= win.last
    context = {
        "source": source,
        "window": win,
        "rows": render_rows(_rows(source, win), cited if shown else None),
        "cited": cited if shown else None,
        "cited_withheld": cited_line is not None and cited_line.exempt,
    }
    return render(request, "web/source.html", context)
