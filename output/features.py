"""Column types of the record for Hugging Face `datasets`, derived from the checked-in JSON Schema.

`load_dataset("json", …)` guesses each file's column types from its rows, and two files that
guess differently (a field that is null in every row of one file, a list that is always empty)
cannot be combined. Passing these features makes every file read the same way:

    features = Features.from_dict(json.loads(Path("output/schemas/article-1.features.json").read_text()))
    ds = load_dataset("json", data_files="data/news/*/*.jsonl", features=features, split="train")

The file is `Features.to_dict()` form (plain JSON), so this module needs no `datasets` import;
`python -m output.features` regenerates it. The record's datetimes are KST timestamps (pyarrow
reads the `+09:00` offset; a plain string column would get the UTC time without it).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any, get_args, get_origin

from pydantic import AwareDatetime

from output.schema import ArticleRecord, json_schema

_VALUE_TYPES = {"string": "string", "integer": "int64", "number": "float64", "boolean": "bool"}
KST_TIMESTAMP = {"dtype": "timestamp[s, tz=Asia/Seoul]", "_type": "Value"}


class UnsupportedSchema(ValueError):
    """A JSON Schema construct with no `datasets` column type; the message names the path."""


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """The node a `$ref` points at, and the non-null branch of an optional (`anyOf [X, null]`)."""
    if "$ref" in node:
        return _resolve(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
    if "anyOf" in node:
        branches = [b for b in node["anyOf"] if b.get("type") != "null"]
        if len(branches) == 1:
            return _resolve(branches[0], defs)
    return node


def feature_of(node: dict[str, Any], defs: dict[str, Any], path: str = "record") -> Any:
    """The `Features.to_dict()` form of one JSON Schema node."""
    node = _resolve(node, defs)
    kind = node.get("type")
    if kind == "object" and "properties" in node:
        return {name: feature_of(sub, defs, f"{path}.{name}") for name, sub in node["properties"].items()}
    if kind == "array" and "items" in node:
        return {"feature": feature_of(node["items"], defs, f"{path}[]"), "_type": "List"}
    if isinstance(kind, str) and kind in _VALUE_TYPES:
        return {"dtype": _VALUE_TYPES[kind], "_type": "Value"}
    raise UnsupportedSchema(f"{path}: no datasets type for JSON Schema {json.dumps(node)[:200]}")


def _is_datetime(annotation: Any) -> bool:
    """True for `datetime`, `AwareDatetime` and their optional forms."""
    for candidate in (annotation, *get_args(annotation)):
        if get_origin(candidate) is Annotated:
            candidate = get_args(candidate)[0]
        if candidate in (datetime, AwareDatetime):
            return True
    return False


def features_dict() -> dict[str, Any]:
    """The record's columns in `datasets.Features.to_dict()` form, in schema order."""
    schema = json_schema()
    features: dict[str, Any] = feature_of(schema, schema.get("$defs", {}))
    for name, field in ArticleRecord.model_fields.items():
        if _is_datetime(field.annotation):
            features[name] = KST_TIMESTAMP
    return features


def main() -> None:
    """Print the features (used to regenerate output/schemas/article-1.features.json)."""
    print(json.dumps(features_dict(), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
