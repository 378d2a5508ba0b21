"""Article records for the facts tests: valid schema-1.0 records built from a few fields."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

ORGANIZATIONS = {
    "naver": ("네이버", "Naver"),
    "kakao": ("카카오", "Kakao"),
    "samsung-research": ("삼성리서치", "Samsung Research"),
    "lg-ai-research": ("LG AI연구원", "LG AI Research"),
}


def fact(
    organization_id: str = "naver",
    count: int | None = 12,
    *,
    conferences: tuple[str, ...] = ("ICLR",),
    year: int | None = 2026,
    qualifier: str = "exact",
    relation: str | None = "accepted",
    scope: str = "unit",
    count_min: int | None = None,
    count_max: int | None = None,
    confidence: float | None = None,
    sentence: str | None = None,
) -> dict[str, Any]:
    """One paper_counts entry; its evidence is the sentence (written from the fields when not given)."""
    name, name_en = ORGANIZATIONS.get(organization_id, (organization_id, None))
    written = f"{count}편" if count is not None else f"{count_min}편 이상"
    sentence = sentence or f"{name}는 {' '.join(conferences)} {year}에서 논문 {written}을 발표했다."
    entry: dict[str, Any] = {
        "organization_id": organization_id,
        "organization": name,
        "organization_en": name_en,
        "organization_mention": None,
        "conferences": list(conferences),
        "year": year,
        "count": count,
        "count_min": count if count_min is None else count_min,
        "count_max": count if count_max is None and qualifier == "exact" else count_max,
        "count_text": written,
        "qualifier": qualifier,
        "relation": relation,
        "scope": scope,
        "evidence": {"field": "text", "start": 0, "end": len(sentence), "text": sentence},
    }
    if confidence is not None:
        entry["confidence"] = confidence
    return entry


def record(
    number: int,
    facts: list[dict[str, Any]],
    *,
    publisher: str | None = "가상경제",
    host: str = "www.gasang-economy.example",
    published: str | None = "2026-02-25T09:00:00+09:00",
    site: str = "generic",
    version: str = "1.0",
) -> dict[str, Any]:
    """An article record whose body is its facts' evidence sentences."""
    url = f"https://{host}/news/{number}"
    text = "\n".join(f["evidence"]["text"] for f in facts) or "기사 본문이다."
    offset = 0
    for entry in facts:
        length = len(entry["evidence"]["text"])
        entry["evidence"] = {**entry["evidence"], "start": offset, "end": offset + length}
        offset += length + 1
    return {
        "schema_version": version,
        "id": hashlib.sha1(url.encode()).hexdigest(),
        "url": url,
        "canonical_url": url,
        "site": site,
        "publisher": publisher,
        "title": f"기사 {number}",
        "subtitle": None,
        "authors": ["홍길동"],
        "published_at": published,
        "modified_at": None,
        "section": "IT",
        "language": "ko",
        "text": text,
        "content_hash": hashlib.sha1(text.encode()).hexdigest(),
        "crawled_at": "2026-03-01T00:00:00+09:00",
        "parser": "generic/1",
        "organizations": [],
        "conferences": [],
        "paper_counts": facts,
    }


def write_jsonl(path: Path, rows: list[dict[str, Any]], extra_lines: tuple[str, ...] = ()) -> Path:
    """Write records (and any raw extra lines) as JSON Lines."""
    lines = [json.dumps(row, ensure_ascii=False) for row in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def sample_records() -> list[dict[str, Any]]:
    """A small corpus: several organizations and conferences, one conflict, one forecast overtaken."""
    return [
        record(1, [fact("naver", 12), fact("kakao", 5, conferences=("CVPR",), year=2025)]),
        record(2, [fact("naver", 12)], publisher="나래일보", host="news.narae-daily.example",
               published="2026-02-26T10:30:00+09:00"),
        record(3, [fact("naver", 11), fact("samsung-research", 7, conferences=("NeurIPS",), year=2025)],
               publisher=None, host="www.dasom-news.example", published="2026-02-27T08:15:00+09:00",
               site="dasom"),
        record(4, [fact("lg-ai-research", 20, qualifier="forecast", relation=None)],
               published="2026-01-10T09:00:00+09:00"),
        record(5, [fact("lg-ai-research", 18)], publisher="나래일보", host="news.narae-daily.example",
               published="2026-02-01T09:00:00+09:00"),
        record(6, [fact("kakao", 3, conferences=("ACL", "EMNLP"), year=2025, relation="oral")],
               published="2025-11-02T09:00:00+09:00"),
    ]  # fmt: skip
