"""Write the mentions and facts tables as Parquet, CSV, JSON Lines or one DuckDB file.

Every format is written to a temporary file beside the target and renamed into place, so a
reader never sees half a table and a failed run leaves the previous tables as they were.
- Parquet: pyarrow with the declared schema (lists stay lists, times are timestamp[s, tz=Asia/Seoul]).
- CSV: one flat row per row, lists joined by `;`, times ISO 8601 with +09:00, null as empty.
- JSON Lines: one object per row, lists as arrays, times ISO 8601 with +09:00.
- DuckDB: `facts.duckdb` with the tables `mentions` and `facts` (TIMESTAMPTZ, VARCHAR[] …).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from output.facts.options import FORMATS
from output.facts.tables import TABLES, arrow_schema

LIST_SEPARATOR = ";"
Row = dict[str, Any]


@contextmanager
def _replacing(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` that replaces it when the block ends without error."""
    temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def arrow_table(table: str, rows: list[Row]) -> pa.Table:
    """The rows as a pyarrow table with the table's declared schema."""
    return pa.Table.from_pylist(rows, schema=arrow_schema(table))


def _cell(value: Any) -> str:
    """A CSV cell: lists joined by `;`, times in ISO 8601, null as empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return str(value)


def _json_value(value: Any) -> Any:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value


def write_parquet(table: str, rows: list[Row], path: Path) -> None:
    """One table as Parquet with its declared schema."""
    with _replacing(path) as temporary:
        pq.write_table(arrow_table(table, rows), temporary, compression="zstd")


def write_csv(table: str, rows: list[Row], path: Path) -> None:
    """One table as UTF-8 CSV with a header row."""
    columns = list(TABLES[table].model_fields)
    with _replacing(path) as temporary, temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows([_cell(row[name]) for name in columns] for row in rows)


def write_jsonl(table: str, rows: list[Row], path: Path) -> None:
    """One table as JSON Lines, keys in column order, Hangul unescaped."""
    columns = list(TABLES[table].model_fields)
    with _replacing(path) as temporary, temporary.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps({name: _json_value(row[name]) for name in columns}, ensure_ascii=False))
            handle.write("\n")


def write_duckdb(tables: dict[str, list[Row]], path: Path) -> None:
    """Both tables into one DuckDB database file."""
    import duckdb

    with _replacing(path) as temporary:
        con = duckdb.connect(str(temporary))
        try:
            for table, rows in tables.items():
                con.register("incoming", arrow_table(table, rows))
                con.execute(f"CREATE TABLE {table} AS SELECT * FROM incoming")
                con.unregister("incoming")
        finally:
            con.close()


_ONE_TABLE: dict[str, Callable[[str, list[Row], Path], None]] = {
    "parquet": write_parquet,
    "csv": write_csv,
    "jsonl": write_jsonl,
}


def write_tables(tables: dict[str, list[Row]], outdir: Path, fmt: str) -> list[Path]:
    """Write every table in `fmt` under `outdir` (created when missing); the paths written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    outdir.mkdir(parents=True, exist_ok=True)
    if fmt == "duckdb":
        path = outdir / "facts.duckdb"
        write_duckdb(tables, path)
        return [path]
    written = []
    for table, rows in tables.items():
        path = outdir / f"{table}.{fmt}"
        _ONE_TABLE[fmt](table, rows, path)
        written.append(path)
    return written
