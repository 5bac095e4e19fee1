"""Settings read the environment, and every variable they read is documented in .env.example."""

from __future__ import annotations

import re

from django.conf import settings

from tests.conftest import ROOT

_READS = re.compile(r"""(?:environ\.get|_env_bool|_env_list)\(\s*["']([A-Z_]+)["']""")


def _variables(path: str) -> set[str]:
    return set(_READS.findall((ROOT / path).read_text(encoding="utf-8")))


def test_every_setting_variable_is_documented() -> None:
    documented = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(encoding="utf-8"), re.M))
    read = _variables("minutebook/settings.py")
    assert read and read <= documented, read - documented


def test_tests_run_with_safe_values() -> None:
    assert settings.DEBUG is False
    assert settings.SECRET_KEY == "tests-only-not-a-secret"
    assert "minutebook-tests" in str(settings.DATA_DIR)


def test_the_record_and_search_do_not_read_the_environment() -> None:
    folders = ("minutebook/records", "minutebook/search", "minutebook/packs")
    readers = [
        path.relative_to(ROOT)
        for folder in folders
        for path in (ROOT / folder).rglob("*.py")
        if re.search(
            r"os\.environ(?!\.setdefault\(\"DJANGO_SETTINGS_MODULE)", path.read_text(encoding="utf-8")
        )
    ]
    assert readers == []
