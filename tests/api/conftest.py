"""Fixtures of the API tests: the same hand-made record, static folder and fresh page cache as the page tests."""

from __future__ import annotations

from tests.web.conftest import fresh_page_cache, record, static_root

__all__ = ["fresh_page_cache", "record", "static_root"]
