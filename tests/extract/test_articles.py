"""Our own test articles (tests/extract/articles/), scored like ../shared/tools/score_facts.py.

Each article file has the scorer's format (`date:`/`publisher:` header, a blank line, a
headline line, the body); `gold.jsonl` lists its facts. A predicted fact is right when its
organization (id, Korean or English name), its set of conferences, its year and its integer
count match a gold fact; gold facts of scope lab/person/country_aggregate/joint are neutral.
Every sentence in these articles was written for these tests.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from extract import extract_many

ARTICLES = Path(__file__).with_name("articles")
MAIN_SCOPES = {"unit", "total", "subset"}


def norm(value: object) -> str:
    """Case-folded, without spaces and punctuation (the scorer's normalisation)."""
    return re.sub(r"[\s\-_.·,()'\"]+", "", str(value or "")).casefold()


def read_article(path: Path) -> dict[str, Any]:
    """An article file as an extractor input: text, title (the headline line), published_at."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header: dict[str, str] = {}
    while lines and lines[0].split(":", 1)[0] in ("date", "publisher"):
        key, value = lines.pop(0).split(":", 1)
        header[key] = value.strip()
    while lines and not lines[0].strip():
        lines.pop(0)
    record: dict[str, Any] = {"published_at": header.get("date")}
    if lines and len(lines[0]) < 100 and not lines[0].rstrip().endswith("다."):
        record["title"] = lines.pop(0).strip()
    record["text"] = "\n".join(lines).strip()
    return record


def _matches(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    names = {norm(pred.get(k)) for k in ("organization_id", "organization", "organization_en")}
    names |= {n.removeprefix("pattern:") for n in names}
    if norm(gold["org"]) not in names:
        return False
    want = gold.get("conference_list") or [] if gold["conference"] == "MULTIPLE" else [gold["conference"]]
    if {norm(c) for c in pred["conferences"]} != {norm(c) for c in want}:
        return False
    return (gold["year"] is None or pred["year"] == gold["year"]) and pred["count"] == gold["count"]


def score() -> tuple[int, int, int, list[str]]:
    """(true positives, false positives, false negatives, report lines) over all articles."""
    rows = [json.loads(line) for line in (ARTICLES / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    results = extract_many([read_article(ARTICLES / row["file"]) for row in rows])
    tp = fp = fn = 0
    report: list[str] = []
    for row, result in zip(rows, results, strict=True):
        preds = [p for p in result.model_dump(mode="json")["paper_counts"] if isinstance(p["count"], int)]
        used: set[int] = set()
        for gold in (g for g in row["facts"] if isinstance(g.get("count"), int)):  # as the shared scorer
            hit = next((i for i, p in enumerate(preds) if i not in used and _matches(p, gold)), None)
            if hit is not None:
                used.add(hit)
                tp += gold["scope"] in MAIN_SCOPES
            elif gold["scope"] in MAIN_SCOPES:
                fn += 1
                report.append(f"{row['file']} missed {gold}")
        for i, p in enumerate(preds):
            if i not in used:
                fp += 1
                report.append(
                    f"{row['file']} wrong {p['organization_id']} {p['conferences']} {p['year']} {p['count']}"
                    f" <{p['evidence']['text'][:60]}>"
                )
    return tp, fp, fn, report


def test_own_articles_fact_f1() -> None:
    tp, fp, fn, report = score()
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scores = f"P={precision:.3f} R={recall:.3f} F1={f1:.3f}"
    assert f1 >= 0.985 and precision >= 0.99, scores + "\n" + "\n".join(report)  # measured 0.993 / 0.996


if __name__ == "__main__":
    tp, fp, fn, report = score()
    print("\n".join(report))
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"tp={tp} fp={fp} fn={fn} P={p:.3f} R={r:.3f} F1={2 * p * r / max(1e-9, p + r):.3f}")
