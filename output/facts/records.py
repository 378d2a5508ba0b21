"""Read article records (JSON Lines files or folders of them) for the facts tables.

Only the fields the tables need are read (the body text is skipped by the parser), so a rebuild
from every record stays fast. Record schema versions 1.0 and 1.1 (1.1 adds an optional
`confidence` to each paper count) are accepted; a line that is not a record, or one of another
version, is reported as `FILE:LINE: reason` and skipped, and the other lines are read as usual.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError, field_validator

from output.schema import KST, Mention, Qualifier, Relation, Scope

SUPPORTED_VERSIONS = frozenset({"1.0", "1.1"})
RECORD_SUFFIXES = (".jsonl",)


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class InputFact(_Lenient):
    """A record's `paper_counts` entry, as far as the tables need it."""

    organization_id: str
    organization: str
    organization_en: str | None = None
    conferences: list[str]
    year: int | None = None
    count: int | None = None
    count_min: int | None = None
    count_max: int | None = None
    count_text: str = ""
    qualifier: Qualifier
    relation: Relation | None = None
    scope: Scope
    confidence: float | None = Field(default=None, ge=0, le=1)
    evidence: Mention


class InputRecord(_Lenient):
    """An article record, as far as the tables need it."""

    schema_version: str
    id: str
    url: str
    canonical_url: str | None = None
    site: str
    publisher: str | None = None
    title: str
    published_at: AwareDatetime | None = None
    crawled_at: AwareDatetime | None = None
    paper_counts: list[InputFact] = Field(default_factory=list)

    @field_validator("published_at", "crawled_at")
    @classmethod
    def _kst(cls, value: datetime | None) -> datetime | None:
        return value.astimezone(KST) if value is not None else None


@dataclass
class ReadResult:
    """The records read (one per article id, the latest crawl winning) and the problems met."""

    records: list[InputRecord] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lines: int = 0
    files: int = 0


def input_files(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Every JSON Lines file named, or found (recursively, sorted) in a folder named."""
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(RECORD_SUFFIXES))
        else:
            yield path


def _version_problem(line: str) -> str | None:
    """`unknown schema version '2.0'` when the line is an object of another version, else None."""
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if isinstance(obj, dict) and "schema_version" in obj and obj["schema_version"] not in SUPPORTED_VERSIONS:
        return f"unknown schema version {obj['schema_version']!r} (this reader knows {', '.join(sorted(SUPPORTED_VERSIONS))})"
    return None


def _first_error(exc: ValidationError) -> str:
    error = exc.errors(include_url=False)[0]
    if error["type"] == "json_invalid":
        return f"not JSON: {error['ctx'].get('error', error['msg']) if 'ctx' in error else error['msg']}"
    where = ".".join(str(part) for part in error["loc"]) or "line"
    return f"not an article record: {where}: {error['msg']} ({exc.error_count()} problem(s))"


def parse_line(line: str) -> InputRecord | str:
    """The record on one line, or the reason it is not one."""
    try:
        record = InputRecord.model_validate_json(line)
    except ValidationError as exc:
        return _version_problem(line) or _first_error(exc)
    if record.schema_version not in SUPPORTED_VERSIONS:
        return _version_problem(line) or f"unknown schema version {record.schema_version!r}"
    return record


def _newer(candidate: InputRecord, kept: InputRecord) -> bool:
    """True when `candidate` is a later crawl of the same article than `kept` (ties: the later read)."""
    if candidate.crawled_at is None or kept.crawled_at is None:
        return True
    return candidate.crawled_at >= kept.crawled_at


def read_records(inputs: Iterable[str | Path]) -> ReadResult:
    """Read every record; bad lines and unreadable files become errors, never exceptions."""
    result = ReadResult()
    by_id: dict[str, InputRecord] = {}
    for path in input_files(inputs):
        try:
            handle = path.open(encoding="utf-8")
        except OSError as exc:
            result.errors.append(f"{path}: cannot read: {exc.strerror or exc}")
            continue
        result.files += 1
        with handle:
            try:
                for number, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    result.lines += 1
                    parsed = parse_line(line)
                    if isinstance(parsed, str):
                        result.errors.append(f"{path}:{number}: {parsed}")
                    elif parsed.id not in by_id or _newer(parsed, by_id[parsed.id]):
                        by_id[parsed.id] = parsed
            except UnicodeDecodeError as exc:
                result.errors.append(f"{path}: not UTF-8 after line {result.lines}: {exc.reason}")
    result.records = list(by_id.values())
    return result
