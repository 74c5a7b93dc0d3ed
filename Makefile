# Set-up and checks. `make run` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run install install-test test lint typecheck fmt regen bench clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP)

install-test: $(TEST_STAMP)

## run: install, then clean every example page to stdout as JSON Lines
# The example pages are the golden fixtures' inputs (those with a <case>.expected.json beside
# them), not every .txt under fixtures/ (known_failures.txt is a notes file).
run: $(STAMP)
	$(BIN)/cleaner clean --format jsonl $$(for f in $$(find fixtures -type f \( -name '*.txt' -o -name '*.html' \) | sort); do \
		[ -f "$${f%.*}.expected.json" ] && echo "$$f"; done)

## test: lint (ruff, dead code), type-check and run the whole suite
# -n auto: one pytest worker per core (pytest-xdist); the suite is CPU-bound, and on 2 cores this
# halves it (4m09 -> 2m20 on 1,412 tests, 2026-12-03).
test: $(TEST_STAMP)
	$(BIN)/ruff check cleaner tests bench
	$(BIN)/vulture cleaner vulture_whitelist.py
	$(BIN)/mypy
	$(BIN)/pytest -m "" -n auto

## lint: ruff, and vulture for dead code (vulture_whitelist.py: what it cannot see used)
lint: $(TEST_STAMP)
	$(BIN)/ruff check cleaner tests bench
	$(BIN)/vulture cleaner vulture_whitelist.py

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

fmt: $(TEST_STAMP)
	$(BIN)/ruff format cleaner tests bench
	$(BIN)/ruff check --fix cleaner tests bench

## regen: rewrite the golden fixtures' expected records (review the diff!)
regen: $(TEST_STAMP)
	$(BIN)/pytest tests/test_golden.py --regen

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/speed.py

## clean-venv: remove the virtualenv, for a fresh start
clean-venv:
	rm -rf $(VENV) build
