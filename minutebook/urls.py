"""URLs: the admin, plus the web pages and API of the apps installed (each brings its own ``urls``)."""

from __future__ import annotations

from importlib.util import find_spec

from django.conf import settings
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

urlpatterns: list[URLPattern | URLResolver] = [path("admin/", admin.site.urls)]

for app in ("minutebook.api", "minutebook.web"):
    if app in settings.INSTALLED_APPS and find_spec(f"{app}.urls") is not None:
        urlpatterns.append(path("", include(f"{app}.urls")))
