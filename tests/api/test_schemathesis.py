"""The API against its own OpenAPI document (schemathesis): generated input never makes a 500.

Runs in-process over WSGI on the hand-made record, with a modest number of
examples per operation so CI stays fast.  (The schema is loaded at import:
schemathesis's fixture loader does not work with pytest 9.)
"""

from __future__ import annotations

import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings

from tests.web.builders import Record

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())


@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_api_conforms_to_its_openapi_document(case: schemathesis.Case, record: Record) -> None:
    case.call_and_validate()
