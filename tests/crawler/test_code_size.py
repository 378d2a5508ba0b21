"""No module of `crawler/` or `extract/` over ~400 lines and no function over ~60 (read with `ast`)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOTS = [Path(__file__).resolve().parents[2] / "crawler", Path(__file__).resolve().parents[2] / "extract"]
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def python_files() -> list[Path]:
    """Every module under the checked roots."""
    return sorted(path for root in ROOTS for path in root.rglob("*.py"))


def long_functions(path: Path) -> list[str]:
    """`file:line name (N lines)` for every function of a module longer than the limit."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            start = node.decorator_list[0].lineno if node.decorator_list else node.lineno
            length = (node.end_lineno or node.lineno) - start + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{path}:{node.lineno} {node.name} ({length} lines)")
    return found


@pytest.mark.parametrize("path", python_files(), ids=lambda p: str(p.relative_to(ROOTS[0].parent)))
def test_module_and_its_functions_stay_short(path: Path) -> None:
    lines = len(path.read_text("utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path}: {lines} lines"
    assert long_functions(path) == []
