"""The facts dataset: mentions (one row per extracted fact) and facts (consolidated across outlets).

Reads article records, never imports Scrapy. `build_dataset` builds both tables, `write_tables`
writes them (Parquet, CSV, JSON Lines, DuckDB), `output.facts.report` the HTML report; the
schemas are the models in `output.facts.tables`. docs/facts.md describes the tables and rules.
"""
