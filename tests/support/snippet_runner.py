"""Run Python and DuckDB SQL snippets as a user would, in the current directory, and say what they made.

Run as `python -m tests.support.snippet_runner REPORT.json` with a JSON list of `{"lang":
"python"|"sql", "code": …}` on stdin (the report goes to a file: snippets may print). Each Python snippet runs in a fresh namespace; each SQL snippet's statements
run one by one in a fresh in-memory DuckDB. Prints a JSON list, one entry per snippet: `error`
(the exception's last traceback line, or null) and `tables`: every pandas DataFrame or
`datasets.Dataset` a Python snippet left in a variable (its columns and rows), or each SQL
statement's result (as `statement 1`, `statement 2`, …).
"""

from __future__ import annotations

import json
import sys
import traceback
from typing import Any

MAX_ROWS = 1000  # rows reported per table; the test data is far smaller


def table_of(value: Any) -> dict[str, Any] | None:
    """Columns and rows of a DataFrame or Dataset (values as JSON: lists, ISO times), else None."""
    import pandas as pd

    if isinstance(value, pd.DataFrame):
        rows = json.loads(value.head(MAX_ROWS).to_json(orient="records", date_format="iso"))
        return {"columns": [str(c) for c in value.columns], "rows": rows, "length": len(value)}
    if type(value).__name__ == "Dataset" and hasattr(value, "column_names"):
        return {"columns": list(value.column_names), "rows": [], "length": value.num_rows}
    return None


def run_python(code: str) -> dict[str, Any]:
    """Execute the snippet; its tables."""
    namespace: dict[str, Any] = {"__name__": "__main__"}
    exec(compile(code, "<snippet>", "exec"), namespace)
    tables = {name: table_of(value) for name, value in namespace.items() if not name.startswith("_")}
    return {name: table for name, table in tables.items() if table is not None}


def run_sql(code: str) -> dict[str, Any]:
    """Execute each statement of the snippet in DuckDB; each result."""
    import duckdb

    connection = duckdb.connect()
    results: dict[str, Any] = {}
    statements = [s for s in code.split(";") if _without_comments(s).strip()]
    for number, statement in enumerate(statements, 1):
        cursor = connection.execute(statement)
        columns = [d[0] for d in cursor.description or []]
        rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchmany(MAX_ROWS)]
        results[f"statement {number}"] = {"columns": columns, "rows": rows, "length": len(rows)}
    connection.close()
    return results


def _without_comments(sql: str) -> str:
    return "\n".join(line.split("--", 1)[0] for line in sql.splitlines())


def main() -> None:
    """Run every snippet from stdin; write what each made (or its error) as JSON to the file named."""
    report = []
    for snippet in json.load(sys.stdin):
        try:
            run = run_python if snippet["lang"] == "python" else run_sql
            report.append({"error": None, "tables": run(snippet["code"])})
        except Exception:
            report.append({"error": traceback.format_exc().strip().splitlines()[-1], "tables": {}})
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump(report, out, default=str, ensure_ascii=False)


if __name__ == "__main__":
    main()
