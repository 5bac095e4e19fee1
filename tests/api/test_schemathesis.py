"""The API against its own OpenAPI document (schemathesis): generated input never makes a 500.

Runs in-process over WSGI on the hand-made record, with a modest number of
examples per operation so CI stays fast.  (The schema is loaded at import:
schemathesis's fixture loader does not work with pytest 9.)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from tests.web.builders import Record

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())


@pytest.fixture
def test_transaction_kept_open() -> Iterator[None]:
    """The WSGI handler would close the connection after each request, ending the test's transaction
    (PostgreSQL); Django's own test client disconnects the same handlers."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_api_conforms_to_its_openapi_document(
    case: schemathesis.Case, record: Record, test_transaction_kept_open: None
) -> None:
    case.call_and_validate()
