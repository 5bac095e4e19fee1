"""Home, meetings, people and bodies."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from minutebook.records.choices import OPEN_STATUSES
from minutebook.records.models import Action, Body, Meeting, Person
from minutebook.web import queries
from minutebook.web.page_cache import cached_page

PAGE_SIZE = 50


@require_safe
@cached_page
def home(request: HttpRequest) -> HttpResponse:
    meetings = Meeting.objects.public().select_related("body")
    open_actions = Action.objects.public().filter(status__in=OPEN_STATUSES)
    context = {
        "latest": meetings.past()[:5],
        "upcoming": meetings.upcoming()[:5],
        "open_actions": open_actions.oldest_first().prefetch_related("leads__person")[:10],
        "open_count": open_actions.count(),
        "bodies": Body.objects.public().with_meeting_counts(),
    }
    return render(request, "web/home.html", context)


@require_safe
@cached_page
def meeting_list(request: HttpRequest) -> HttpResponse:
    meetings = Meeting.objects.public().latest_first().select_related("body").with_counts()
    page = Paginator(meetings, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "web/meeting_list.html", {"page": page})


@require_safe
@cached_page
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting.objects.public().select_related("body"), pk=pk)
    return render(request, "web/meeting.html", queries.meeting_context(meeting))


@require_safe
@cached_page
def person_list(request: HttpRequest) -> HttpResponse:
    people = Person.objects.public().with_attendance().order_by("name")
    page = Paginator(people, PAGE_SIZE * 4).get_page(request.GET.get("page"))
    return render(request, "web/person_list.html", {"page": page})


@require_safe
@cached_page
def person_detail(request: HttpRequest, slug: str) -> HttpResponse:
    person = get_object_or_404(Person.objects.public(), slug=slug)
    return render(request, "web/person.html", queries.person_context(person))


@require_safe
@cached_page
def body_detail(request: HttpRequest, slug: str) -> HttpResponse:
    body = get_object_or_404(Body.objects.public(), slug=slug)
    meetings = Meeting.objects.public().of_body(body).latest_first().with_counts()
    return render(request, "web/body.html", {"body": body, "meetings": meetings})


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """A trivial endpoint: liveness checks and the benchmark's baseline."""
    return HttpResponse("ok\n", content_type="text/plain")
