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
