"""The shape of `extract/`: text in, extraction out. Its modules import one another without a
cycle, never import Scrapy or `crawler/`, and import nothing inside a function.

Read from the source with `ast` (nothing is imported).
"""

from __future__ import annotations

import ast
from pathlib import Path

EXTRACT = Path(__file__).resolve().parents[2] / "extract"
FORBIDDEN = ("scrapy", "crawler", "twisted")


def module_name(path: Path) -> str:
    """`extract/linking/link.py` → `extract.linking.link` (a package's `__init__` → the package)."""
    parts = list(path.relative_to(EXTRACT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> list[tuple[str, bool]]:
    """(imported module, whether the import sits inside a function) for every import of a module."""
    found: list[tuple[str, bool]] = []

    def walk(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                found.extend((alias.name, in_function) for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module:
                found.extend((f"{child.module}.{alias.name}", in_function) for alias in child.names)
                found.append((child.module, in_function))
            walk(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))

    walk(ast.parse(path.read_text("utf-8")), False)
    return found


def import_graph() -> dict[str, set[str]]:
    """Each module of `extract/` and the modules of `extract/` it imports (packages' `__init__`
    re-exports are not edges: a package imports its own modules)."""
    modules = {module_name(p): p for p in sorted(EXTRACT.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = {target for target, _ in imports(path) if target in modules and target != name}
        if path.name == "__init__.py":
            targets = {t for t in targets if not t.startswith(name + ".")}
        graph[name] = {t for t in targets if not (path.name != "__init__.py" and name.startswith(t + "."))}
    return graph


def test_extract_never_imports_scrapy_or_the_crawler() -> None:
    bad = [
        f"{p.relative_to(EXTRACT.parent)} imports {target}"
        for p in sorted(EXTRACT.rglob("*.py"))
        for target, _ in imports(p)
        if target.split(".")[0] in FORBIDDEN
    ]
    assert bad == []


def test_no_import_inside_a_function() -> None:
    bad = [
        f"{p.relative_to(EXTRACT.parent)}: {target}"
        for p in sorted(EXTRACT.rglob("*.py"))
        for target, in_function in imports(p)
        if in_function
    ]
    assert bad == []


def test_the_modules_import_one_another_without_a_cycle() -> None:
    graph = import_graph()
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        assert name not in path, "import cycle: " + " -> ".join([*path[path.index(name) :], name])
        if name in done:
            return
        for target in sorted(graph.get(name, ())):
            visit(target, [*path, name])
        done.add(name)

    for name in graph:
        visit(name, [])
