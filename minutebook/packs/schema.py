"""The pack record's JSON Schema (``minutebook/schema/pack-1.schema.json``), shipped as package data.

``load_schema()`` gives the schema as a dict; ``schema_errors(data)`` checks a
pack record (as JSON data) against it and says what is wrong, one line per
problem, for tests, imports and anyone consuming ``minutebook extract``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "pack-1.schema.json"


@lru_cache(maxsize=1)
def _schema_text() -> str:
    return resources.files("minutebook").joinpath("schema", SCHEMA_FILE).read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The pack-record JSON Schema (draft 2020-12), a fresh copy each call."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


def schema_errors(data: Any) -> list[str]:
    """Each way ``data`` breaks the schema, as "json.path: message"; [] if it conforms."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(load_schema())
    errors = sorted(validator.iter_errors(data), key=lambda error: list(error.absolute_path))
    return [f"{error.json_path}: {error.message}" for error in errors]
