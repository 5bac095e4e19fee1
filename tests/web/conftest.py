"""Fixtures of the page tests: the hand-made record, and a static folder for whitenoise."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache

from tests.web.builders import Record, build_record


@pytest.fixture(scope="session", autouse=True)
def static_root() -> Path:
    """Whitenoise warns (an error under -W error) when STATIC_ROOT is missing."""
    root = Path(settings.STATIC_ROOT)
    root.mkdir(parents=True, exist_ok=True)
    return root


@pytest.fixture
def record(db: None) -> Record:
    return build_record()


@pytest.fixture(autouse=True)
def fresh_page_cache() -> None:
    """Pages are cached by record version; every test starts with an empty cache."""
    cache.clear()
