"""The actions log across meetings, filtered; one action with its printed history."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from minutebook.records.models import Action
from minutebook.web.forms import ActionFilterForm
from minutebook.web.page_cache import cached_page
from minutebook.web.queries import open_for

PAGE_SIZE = 50


def _query_without_page(request: HttpRequest) -> str:
    return urlencode([(k, v) for k, v in request.GET.items() if k != "page"])


@require_safe
@cached_page
def action_list(request: HttpRequest) -> HttpResponse:
    form = ActionFilterForm(request.GET or None)
    today = dt.date.today()
    actions = form.filter(Action.objects.public().select_related("meeting", "body"), today)
    page = Paginator(actions.oldest_first().prefetch_related("leads__person"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    rows = [(action, open_for(action, today)) for action in page]
    context = {"form": form, "page": page, "rows": rows, "query": _query_without_page(request)}
    return render(request, "web/action_list.html", context)


@require_safe
@cached_page
def action_detail(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_object_or_404(Action.objects.public().select_related("meeting__body", "body"), pk=pk)
    history = action.history()
    context = {"action": action, "history": history, "open_for": open_for(action)}
    return render(request, "web/action.html", context)
