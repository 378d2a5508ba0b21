"""The shape of `crawler/`: imports flow one way between its packages, with no cycle, and no
import statement inside a function except for the optional Redis dependencies.

Read from the source with `ast` (nothing is imported). `python -m tests.crawler.test_architecture`
prints the import graph of the packages (docs/architecture.md).
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

CRAWLER = Path(__file__).resolve().parents[2] / "crawler"

# Lowest first: a module may import modules of its own package or of a package listed before it.
LAYERS: list[tuple[str, ...]] = [
    ("crawler.masking", "crawler.deadline", "crawler.batches", "crawler.prestart"),
    ("crawler.pages",),
    ("crawler.sites",),
    ("crawler.store",),
    ("crawler.runs",),
    ("crawler.extraction",),
    ("crawler.distributed", "crawler.middlewares", "crawler.pipelines", "crawler.reextract"),
    ("crawler.spiders",),
    ("crawler.commands", "crawler.settings", "crawler.scrapyd_app"),
]
# Imported inside functions on purpose: optional dependencies (the `distributed` extra).
OPTIONAL = frozenset({"redis", "scrapy_redis"})
# Heavy imports a run often never needs, loaded where first used: a URL-list crawl reads no feed, and
# dateparser only reads a date none of the fast forms in crawler/pages/fields.py match.
LOADED_ON_FIRST_USE = frozenset({"feedparser", "dateparser"})


def module_name(path: Path) -> str:
    """`crawler/runs/writer.py` → `crawler.runs.writer` (a package's `__init__` → the package)."""
    parts = list(path.relative_to(CRAWLER.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def crawler_modules() -> dict[str, Path]:
    """Every module of `crawler/` by dotted name."""
    return {module_name(path): path for path in sorted(CRAWLER.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(node: ast.AST, in_function: bool) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import under `node` with whether it sits inside a function; TYPE_CHECKING blocks skipped."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child):
            continue
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            yield child, in_function
        inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        yield from _walk(child, inside)


def imports_of(name: str, path: Path, known: set[str]) -> tuple[set[str], list[str]]:
    """The crawler modules a module imports at run time, and its imports inside functions."""
    targets: set[str] = set()
    in_functions: list[str] = []
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node, in_function in _walk(ast.parse(path.read_text("utf-8")), False):
        if isinstance(node, ast.Import):
            found = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], base])
            found = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        if in_function:
            in_functions += [f"{path.relative_to(CRAWLER.parent)}:{node.lineno} {found[0]}"]
        targets.update(target for target in found if target in known and target != name)
    return targets, in_functions


def import_graph() -> dict[str, set[str]]:
    """Module → the crawler modules it imports at run time."""
    modules = crawler_modules()
    known = set(modules)
    return {name: imports_of(name, path, known)[0] for name, path in modules.items()}


def layer_of(name: str) -> int:
    """The layer a module belongs to (its package's position in LAYERS)."""
    for index, packages in enumerate(LAYERS):
        if any(name == p or name.startswith(p + ".") for p in packages):
            return index
    raise AssertionError(f"{name}: add its package to LAYERS in {__file__}")


def package_of(name: str) -> str:
    """`crawler.runs.writer` → `crawler.runs`; a root module is its own package."""
    return ".".join(name.split(".")[:2])


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of the graph, as the modules along it, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_crawler_has_no_import_cycle() -> None:
    assert find_cycle(import_graph()) is None


def test_every_module_belongs_to_a_layer() -> None:
    for name in crawler_modules():
        if name != "crawler":  # the top package's own (empty) __init__
            layer_of(name)  # raises, naming the module, when its package is in no layer


def test_imports_flow_from_higher_packages_to_lower_ones() -> None:
    wrong = [
        f"{source} imports {target}"
        for source, targets in import_graph().items()
        for target in targets
        if package_of(source) != package_of(target) and layer_of(target) >= layer_of(source)
    ]
    assert wrong == []


def test_no_import_inside_a_function_but_optional_dependencies() -> None:
    modules = crawler_modules()
    known = set(modules)
    found = [
        where
        for name, path in modules.items()
        for where in imports_of(name, path, known)[1]
        if where.rsplit(" ", 1)[1].split(".")[0] not in OPTIONAL | LOADED_ON_FIRST_USE
    ]
    assert found == []


def test_runtime_modules_never_import_the_commands() -> None:
    graph = import_graph()
    wrong = [
        f"{source} imports {target}"
        for source, targets in graph.items()
        if not source.startswith("crawler.commands")
        for target in targets
        if target.startswith("crawler.commands")
    ]
    assert wrong == []


def print_package_graph(out: object = sys.stdout) -> None:
    """The package-level import graph, one `package -> imported packages` line each."""
    edges: dict[str, set[str]] = defaultdict(set)
    for source, targets in import_graph().items():
        for target in targets:
            if package_of(source) != package_of(target):
                edges[package_of(source)].add(package_of(target))
    for package in sorted(edges, key=lambda p: (-layer_of(p), p)):
        print(f"{package} -> {', '.join(sorted(edges[package]))}", file=out)  # type: ignore[call-overload]


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


if __name__ == "__main__":
    print_package_graph()
