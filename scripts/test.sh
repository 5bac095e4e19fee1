#!/usr/bin/env bash
# The test command: gates (lint, types, Django checks), then pytest on SQLite and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

bash scripts/services.sh

$BIN/ruff check minutebook tests bench
$BIN/ruff format --check minutebook tests bench
$BIN/mypy
if [ -f minutebook/settings.py ]; then
  $BIN/python -m django check --settings=minutebook.settings
  $BIN/python -m django makemigrations --check --dry-run --settings=minutebook.settings
fi

$BIN/python -m pytest -q -W error "$@"

# Again on PostgreSQL: only the folders whose tests use the database (browser tests run once, above).
PG_URL="${MINUTEBOOK_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
DJANGO_TESTS=$(ls -d tests/records tests/search tests/audit tests/web tests/api tests/clerk 2>/dev/null || true)
DATABASE_URL="$PG_URL" $BIN/python -m pytest -q -W error -m "not browser" $DJANGO_TESTS
