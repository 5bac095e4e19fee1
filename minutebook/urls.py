"""URLs: the admin, plus the web pages and API when those apps are installed."""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

urlpatterns: list[URLPattern | URLResolver] = [path("admin/", admin.site.urls)]

if "minutebook.api" in settings.INSTALLED_APPS:
    urlpatterns.append(path("", include("minutebook.api.urls")))
if "minutebook.web" in settings.INSTALLED_APPS:
    urlpatterns.append(path("", include("minutebook.web.urls")))
