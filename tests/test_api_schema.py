"""A property-based run of the API's own OpenAPI schema (schemathesis): requests generated
from every operation's parameters and bodies, with the write key, must never get a server
error (5xx), and every error must come in the one problem shape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from api.app import create_app
from api.settings import get_settings

pytestmark = pytest.mark.slow

EXAMPLES_PER_OPERATION = 25


@pytest.fixture()
def api_schema(store_copy: Path, api_keys: dict[str, str], extractor: Any) -> Any:
    import schemathesis  # imported here, not when the quick run collects this slow module

    app = create_app(
        get_settings(data=store_copy, api_keys=api_keys["config"], upload_max_bytes=20_000),
        extractor=extractor,
    )
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_api_schema_no_server_errors(api_schema: Any, api_keys: dict[str, str]) -> None:
    """Each operation in turn (schemathesis's pytest plugin does not run on pytest 9 yet)."""
    headers = {"Authorization": f"Bearer {api_keys['write']}"}
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 14
    statuses: dict[str, set[int]] = {}

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def run(case: Any) -> None:
            response = case.call(headers=headers)
            assert response.status_code < 500, case.as_curl_command()
            statuses.setdefault(case.operation.label, set()).add(response.status_code)
            if response.status_code >= 400:
                assert "application/problem+json" in str(response.headers.get("content-type"))
                body = response.json()
                assert body["status"] == response.status_code and body["detail"]

        run()
    # the run reached the operations themselves, not only the validation in front of them
    assert sum(200 in seen for seen in statuses.values()) >= 5, statuses
