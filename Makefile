# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint contracts bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

run: $(STAMP)
	$(BIN)/timeline-app gui

test: $(TEST_STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check timeline_app tests benchmarks
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(TEST_STAMP)
	$(BIN)/ruff check timeline_app tests benchmarks

contracts: $(TEST_STAMP)
	$(BIN)/lint-imports

bench: $(TEST_STAMP)
	$(BIN)/python benchmarks/tempeval.py ../shared/tempeval/train

clean:
	rm -rf $(VENV) build *.egg-info
