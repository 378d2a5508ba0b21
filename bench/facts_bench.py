"""Facts-table benchmark: build mentions and facts from N generated article records (100,000 default).

    .venv/bin/python bench/facts_bench.py [--records 100000] [--format parquet] [--report]

Records are written as JSON Lines into a temporary folder (one file per simulated day, bodies of
about 1,500 characters like real articles, 0 to 3 facts each over 40 organizations, 12
conferences, 5 years and 30 outlets, some counts disagreeing), then timed: reading, building both
tables, writing them, and optionally the HTML report. Prints one line per stage and the peak memory.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from output.facts.consolidate import build_facts
from output.facts.mentions import build_mentions
from output.facts.records import read_records
from output.facts.report import write_report
from output.facts.writers import write_tables

CONFERENCES = [
    "ICLR",
    "ICML",
    "NeurIPS",
    "CVPR",
    "ICCV",
    "ECCV",
    "ACL",
    "EMNLP",
    "NAACL",
    "AAAI",
    "Interspeech",
    "KDD",
]
QUALIFIERS = ["exact"] * 8 + ["approx", "at_least", "forecast"]
RELATIONS = ["accepted", "presented", "published", None, "oral"]
BODY = "연구진은 이번 학회에서 새로운 모델 구조와 학습 방법을 소개했다. " * 40


def generated_record(number: int, rng: random.Random) -> dict[str, object]:
    """One article record with 0 to 3 paper-count facts."""
    outlet = rng.randrange(30)
    url = f"https://www.outlet{outlet}.example/news/{number}"
    day = 1 + number % 28
    facts = []
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        org, conference, year = rng.randrange(40), rng.choice(CONFERENCES), 2020 + rng.randrange(5)
        count = 5 + (org + year) % 20 + (1 if rng.random() < 0.05 else 0)
        qualifier = rng.choice(QUALIFIERS)
        sentence = f"기관{org}은 {conference} {year}에서 논문 {count}편을 발표했다."
        facts.append({
            "organization_id": f"org-{org}", "organization": f"기관{org}", "organization_en": f"Org {org}",
            "organization_mention": None, "conferences": [conference], "year": year,
            "count": count if qualifier != "at_least" else None, "count_min": count,
            "count_max": count if qualifier == "exact" else None, "count_text": f"{count}편",
            "qualifier": qualifier, "relation": rng.choice(RELATIONS), "scope": "unit",
            "evidence": {"field": "text", "start": 0, "end": len(sentence), "text": sentence},
        })  # fmt: skip
    return {
        "schema_version": "1.0", "id": hashlib.sha1(url.encode()).hexdigest(), "url": url, "canonical_url": url,
        "site": f"site{outlet % 15}", "publisher": f"매체{outlet}", "title": f"기사 {number}", "subtitle": None,
        "authors": ["홍길동"], "published_at": f"2026-{1 + number % 12:02d}-{day:02d}T09:00:00+09:00",
        "modified_at": None, "section": "IT", "language": "ko", "text": BODY, "content_hash": "0" * 40,
        "crawled_at": "2026-12-01T00:00:00+09:00", "parser": "generic/1", "organizations": [],
        "conferences": [], "paper_counts": facts,
    }  # fmt: skip


def write_corpus(folder: Path, records: int, per_file: int = 2_000) -> None:
    """`records` generated records in files of `per_file` lines."""
    rng = random.Random(11)
    for start in range(0, records, per_file):
        lines = (
            json.dumps(generated_record(n, rng), ensure_ascii=False)
            for n in range(start, min(records, start + per_file))
        )
        (folder / f"day{start // per_file:04d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    """Generate, then time every stage."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--format", default="parquet", choices=["parquet", "csv", "jsonl", "duckdb"])
    parser.add_argument("--report", action="store_true", help="also time the HTML report")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="facts-bench-") as tmp:
        folder = Path(tmp)
        write_corpus(folder, args.records)
        size = sum(p.stat().st_size for p in folder.glob("*.jsonl")) / 1e6
        print(f"input: {args.records:,} records, {size:,.0f} MB of JSON Lines")
        total = time.perf_counter()
        started = time.perf_counter()
        read = read_records([folder])
        print(
            f"read      {time.perf_counter() - started:6.2f} s  ({len(read.records):,} articles, {len(read.errors)} errors)"
        )
        started = time.perf_counter()
        mentions = build_mentions(read.records)
        facts = build_facts(mentions)
        print(
            f"build     {time.perf_counter() - started:6.2f} s  ({len(mentions):,} mentions, {len(facts):,} facts)"
        )
        started = time.perf_counter()
        write_tables({"mentions": mentions, "facts": facts}, folder / "out", args.format)
        print(f"write     {time.perf_counter() - started:6.2f} s  ({args.format})")
        if args.report:
            from output.facts.build import Dataset

            started = time.perf_counter()
            write_report(
                Dataset(mentions, facts, len(read.records), read.lines, read.files), folder / "report.html"
            )
            print(f"report    {time.perf_counter() - started:6.2f} s")
        print(f"total     {time.perf_counter() - total:6.2f} s")
        print(f"peak RSS  {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
