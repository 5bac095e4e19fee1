# minutebook: the two commands the README promises, and the gates CI runs.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint bench clean

$(BIN)/minutebook: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/minutebook

setup: $(BIN)/minutebook  ## install minutebook and its tools into .venv

demo: setup  ## the main job: import the bundled sample packs into SQLite and serve on :8000
	$(BIN)/minutebook demo

test: setup  ## every gate and test, as CI runs them
	bash scripts/test.sh

lint: setup
	$(BIN)/ruff check minutebook tests bench
	$(BIN)/ruff format --check minutebook tests bench
	$(BIN)/mypy

bench: setup  ## benchmarks (figures, not pass/fail)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
