"""JSON-LD: the one set of readers for the `application/ld+json` blocks of a page.

`load_jsonld_blocks` parses every block (tolerating HTML comments, trailing commas and a
trailing `;`), flattening lists and `@graph`; the value readers turn a JSON-LD value into
strings: `first_str` (a value, the first of a list, an object's `@id`/`name`), `jsonld_text`
(the first item as one cleaned string, an object's `name`), `jsonld_names` (author names,
recursively) and `jsonld_author_names` (author names of one level, cleaned).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from crawler.pages.fields import clean_whitespace

ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
     "BlogPosting", "TechArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting"}
)  # fmt: skip


LISTING_TYPES = frozenset({"CollectionPage", "ItemList", "SearchResultsPage", "WebSite"})


def load_json_block(raw: str) -> Any:
    """One JSON-LD block parsed leniently (comments, trailing commas, `;`), or None when unreadable."""
    text = raw.strip().removeprefix("<!--").removesuffix("-->").strip().rstrip(";")
    for candidate in (text, re.sub(r",\s*([}\]])", r"\1", text)):
        try:
            return json.loads(candidate, strict=False)
        except ValueError:
            continue
    return None


def flatten_jsonld(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD value: lists and `@graph` flattened, in document order."""
    if isinstance(data, list):
        for item in data:
            yield from flatten_jsonld(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from flatten_jsonld(data["@graph"])


def jsonld_types(obj: dict[str, Any]) -> set[str]:
    """The `@type`s of an object, without a schema.org URL prefix."""
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {v.rsplit("/", 1)[-1] for v in values if isinstance(v, str)}


def jsonld_names(value: Any) -> list[str]:
    """Names from a JSON-LD `author`: a string, a Person, or a list of them."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for item in value for name in jsonld_names(item)]
    return []


def first_str(value: Any) -> str | None:
    """A JSON-LD value as one string: the value, the first of a list, or an object's `@id`/`name`."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value:
        return first_str(value[0])
    if isinstance(value, dict):
        return first_str(value.get("@id") or value.get("name"))
    return None


def jsonld_author_names(value: Any) -> list[str]:
    """Names from a JSON-LD author/publisher value: a string, an object, or a list of them."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            names.append(item["name"])
    return [clean_whitespace(name) for name in names if clean_whitespace(name)]


def jsonld_text(value: Any) -> str | None:
    """A JSON-LD value as one string (the first item of a list), or None."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return clean_whitespace(value) if isinstance(value, str) and clean_whitespace(value) else None


def jsonld_objects(blocks: list[str]) -> list[dict[str, Any]]:
    """Every JSON-LD object of a page's blocks, `@graph` and lists flattened; broken blocks skipped."""
    objects: list[dict[str, Any]] = []
    for raw in blocks:
        data = load_json_block(raw)
        if data is not None:
            objects.extend(flatten_jsonld(data))
    return objects


def first_of_type(objects: list[dict[str, Any]], types: frozenset[str]) -> dict[str, Any]:
    """The first object whose `@type` is one of `types`, else {}."""
    for obj in objects:
        if jsonld_types(obj) & types:
            return obj
    return {}
