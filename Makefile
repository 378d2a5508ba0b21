# Two commands on a fresh machine: `make crawl` (the main job) and `make test` (every check).
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SCRAPY := $(BIN)/scrapy

.PHONY: test lint types unit crawl bench score schema clean help

help:
	@echo "make crawl   run the scheduled crawl of every configured site into data/"
	@echo "make test    lint, type-check and run every test (creates .venv when missing)"
	@echo "make bench   extractor throughput and memory benchmark"
	@echo "make score   extraction F1 on ../shared/eval/dev (when ../shared is present)"

# Reinstall only when the dependency declarations change.
$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "make: $(PYTHON) not found (Python 3.11 is required); set PYTHON=…"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

test: lint types unit

crawl: $(STAMP)
	$(SCRAPY) crawl news $(CRAWL_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/extract_bench.py

score: $(STAMP)
	$(BIN)/python ../shared/tools/score_facts.py --articles ../shared/eval/dev/articles \
	    --gold ../shared/eval/dev/gold.jsonl --aliases ../shared/eval/dev/aliases.json \
	    --cmd "$(BIN)/python -m extract" --verbose

schema: $(STAMP)
	$(BIN)/python -m output.schema > output/schemas/article-1.json
	$(BIN)/python -m output.features > output/schemas/article-1.features.json
	for table in mentions facts; do \
	  $(BIN)/python -m output.facts.tables $$table > output/schemas/$$table-1.json; \
	  $(BIN)/python -m output.facts.tables $$table --features > output/schemas/$$table-1.features.json; \
	done

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
