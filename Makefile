# Two commands on a fresh machine: `make crawl` (the main job) and `make test` (every check).
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SCRAPY := $(BIN)/scrapy
DATA_DIR  ?= $(or $(TECHNEWS_DATA_DIR),data)
FACTS_DIR ?= $(DATA_DIR)/facts

.PHONY: test test-stress lint types unit crawl facts bench bench-facts score schema clean help

help:
	@echo "make crawl        run the scheduled crawl of every configured site into data/, then \`make facts\`"
	@echo "make facts        rebuild the facts tables and report (data/facts/) from every record in data/news"
	@echo "make test         lint, type-check and run every test (creates .venv when missing)"
	@echo "make lint         ruff check and ruff format --check only"
	@echo "make types        mypy only"
	@echo "make unit         pytest only"
	@echo "make test-stress  the distributed and scheduled tests STRESS_RUNS times (20) beside a CPU load"
	@echo "make bench        extractor, then crawl (beside plain Scrapy) throughput and memory benchmarks"
	@echo "make bench-facts  facts tables from 100,000 records"
	@echo "make score        extraction P/R/F1 on ../shared/eval dev, real and our split of real, and the"
	@echo "                  precision-recall curve over confidence (when ../shared is present)"
	@echo "make schema       regenerate the checked-in JSON Schemas (output/schemas/)"
	@echo "make clean        remove .venv and the tool caches"
	@echo "make help         this list"

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

# The distributed and scheduled tests STRESS_RUNS times (default 20) beside a CPU-bound process.
STRESS_RUNS ?= 20
test-stress: $(STAMP)
	STRESS_LOAD=1 scripts/stress-tests.sh $(STRESS_RUNS)

# The crawl's exit status is kept (cron mails it); the facts tables are rebuilt after every run,
# also after a failed one, since whatever was recorded is in data/news.
crawl: $(STAMP)
	@status=0; $(SCRAPY) crawl news $(CRAWL_ARGS) || status=$$?; \
	$(MAKE) --no-print-directory facts || echo "make crawl: facts rebuilt, but some input was bad (named above)" >&2; \
	exit $$status

facts: $(STAMP)
	$(SCRAPY) facts $(DATA_DIR)/news -o $(FACTS_DIR) --report $(FACTS_DIR)/report.html $(FACTS_ARGS)

# Both benchmarks run; a failed bar of the extractor's keeps its exit status (the crawl bench prints
# its bars as PASS/FAIL and fails only when it cannot run).
bench: $(STAMP)
	@status=0; $(BIN)/python bench/extract_bench.py || status=$$?; \
	$(BIN)/python bench/crawl_bench.py || status=$$?; \
	exit $$status

bench-facts: $(STAMP)
	$(BIN)/python bench/facts_bench.py --report

score: $(STAMP)
	$(BIN)/python bench/score.py

schema: $(STAMP)
	$(BIN)/python -m output.schema > output/schemas/article-1.json
	$(BIN)/python -m output.features > output/schemas/article-1.features.json
	for table in mentions facts; do \
	  $(BIN)/python -m output.facts.tables $$table > output/schemas/$$table-1.json; \
	  $(BIN)/python -m output.facts.tables $$table --features > output/schemas/$$table-1.features.json; \
	done

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
