# Set-up is automatic: every target that needs the virtual environment creates it first.
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export MPLBACKEND := Agg

.DEFAULT_GOAL := help

.PHONY: help  ## list the targets
help:
	@grep -E '^\.PHONY: [a-z-]+  ## ' $(MAKEFILE_LIST) | sed -E 's/^\.PHONY: ([a-z-]+)  ## (.*)/  make \1\t\2/' | expand -t 20

$(STAMP): pyproject.toml
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --group site
	touch $@

.PHONY: install  ## create .venv and install the pinned dependencies
install: $(STAMP)

.PHONY: serve  ## serve both languages with live reload on http://127.0.0.1:8000/
serve: $(STAMP)
	$(BIN)/mkdocs serve --strict

.PHONY: test  ## run every test: page blocks, snippets, consistency, strict build
test: $(STAMP)
	$(BIN)/python -m pytest -n 2

.PHONY: build  ## build both languages into site/ (replaced only when the build succeeds)
build: $(STAMP)
	rm -rf .site-new
	$(BIN)/mkdocs build --strict --quiet -d .site-new
	rm -rf site && mv .site-new site

.PHONY: bench  ## measure the speed claims shown on the pages (writes benchmarks/results.json)
bench: $(STAMP)
	$(BIN)/python benchmarks/speed_claims.py

.PHONY: lint  ## ruff lint and format check
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

.PHONY: format  ## apply ruff fixes and formatting
format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

.PHONY: clean  ## remove built output and caches (keeps .venv)
clean:
	rm -rf site .site-new .cache .pytest_cache .ruff_cache
	find . -name __pycache__ -not -path './$(VENV)/*' -prune -exec rm -rf {} +
