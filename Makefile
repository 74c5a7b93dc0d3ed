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

# setup.py compiles the HTML front end's hot modules (mypyc): a change to one of them must
# rebuild, or the old extension would keep running (tests/test_compiled.py catches that).
COMPILED := cleaner/html/segment.py cleaner/html/metadata/index.py cleaner/html/content.py

$(STAMP): pyproject.toml setup.py $(COMPILED) | $(BIN)/python
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

## test: lint, type-check and run the whole suite
test: $(TEST_STAMP)
	$(BIN)/ruff check cleaner tests bench
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check cleaner tests bench

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

## clean-venv: remove the virtualenv and the compiled extensions, for a fresh start
clean-venv:
	rm -rf $(VENV) build
	find cleaner -name '*.so' -delete
	rm -f ./*__mypyc.*.so
