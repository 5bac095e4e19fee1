"""URLs of the public pages, exports and feeds (all read-only)."""

from __future__ import annotations

from django.urls import path
from django.views.decorators.http import require_safe

from minutebook.web.feeds import ActionsFeed, ResolutionsFeed
from minutebook.web.views import actions, exports, pages, search, sources

app_name = "web"

urlpatterns = [
    path("", pages.home, name="home"),
    path("healthz", pages.healthz, name="healthz"),
    path("meetings/", pages.meeting_list, name="meetings"),
    path("meetings/<int:pk>/", pages.meeting_detail, name="meeting"),
    path("people/", pages.person_list, name="people"),
    path("people/<slug:slug>/", pages.person_detail, name="person"),
    path("bodies/<slug:slug>/", pages.body_detail, name="body"),
    path("bodies/<slug:slug>/meetings.ics", exports.body_calendar, name="body_calendar"),
    path("actions/", actions.action_list, name="actions"),
    path("actions/<int:pk>/", actions.action_detail, name="action"),
    path("search/", search.search_page, name="search"),
    path("sources/<int:pk>/", sources.source_detail, name="source"),
    path("exports/actions.csv", exports.actions_csv, name="export_actions"),
    path("exports/attendance.csv", exports.attendance_csv, name="export_attendance"),
    path("exports/resolutions.csv", exports.resolutions_csv, name="export_resolutions"),
    path("feeds/resolutions.atom", require_safe(ResolutionsFeed()), name="feed_resolutions"),
    path("feeds/actions.atom", require_safe(ActionsFeed()), name="feed_actions"),
]
