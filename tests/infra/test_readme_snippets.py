"""Every README snippet works as written on a fresh clone.

- Python and DuckDB SQL blocks are run for real, in a temporary folder laid out like a clone
  after a crawl: `data/news/…` records, `data/facts/` built by the README's own `scrapy facts`
  line, the checked-in `output/schemas/`. No network (Hugging Face offline, its cache there too).
- Shell and crontab blocks, and inline commands (`scrapy …`, `make …`, `python -m …`), are
  checked, not run (they crawl the internet): every `scrapy` line is parsed by Scrapy's own parser
  with the command's options, spider and spider arguments (`tests.support.readme_commands`);
  `make` targets are expanded by make itself with SHELL=/bin/echo (nothing runs) and the scrapy
  lines they contain checked the same way; `python -m` modules answer `--help` with every option
  used; other programs are on PATH.
- Inline options belong to a README command, settings in the settings table exist, every path
  and link names a file of the repository (and a link's #anchor a heading there).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.facts.records import sample_records, write_jsonl
from tests.support.crawl import REPO_ROOT
from tests.support.readme import (
    Snippet,
    code_blocks,
    commands,
    heading_anchors,
    inline_code,
    link_targets,
    program,
    shell_lines,
)

README = (REPO_ROOT / "README.md").read_text("utf-8")
BLOCKS = code_blocks(README)
RUN, CHECKED = {"python", "sql"}, {"sh", "crontab"}
RUN_BLOCKS = [block for block in BLOCKS if block.lang in RUN]
BUILTINS = {"cd", "echo", "exit"}
COMMAND_START = re.compile(r"^(scrapy |make\b|python -m |\.venv/bin/)")
SCRAPY_IN_RECIPE = re.compile(r"(?:^|[\s;])\S*/scrapy\s+([^|;&\n]+)")
MAKE_IN_RECIPE = re.compile(r"(?:^|[\s;])make\s+(?:-\S+\s+)*([a-z][\w-]*)")
SCRIPT_IN_RECIPE = re.compile(r"/python\s+(\S+\.py)\b")


def block_commands() -> list[tuple[str, list[str], bool]]:
    """(where, words, complete) of every command of the shell and crontab blocks, then the inline ones."""
    found = [
        (f"{block.where}: {shlex.join(words)}", words, True)
        for block in BLOCKS
        if block.lang in CHECKED
        for line in shell_lines(block)
        for words in commands(line)
    ]
    for span in inline_code(README):
        if COMMAND_START.match(span):
            found += [(f"inline `{span}`", words, False) for words in commands(span)]
    return found


COMMANDS = block_commands()


def test_every_block_is_run_or_checked() -> None:
    assert BLOCKS and {block.lang for block in BLOCKS} <= RUN | CHECKED, "a new kind of block: test it"
    assert len(RUN_BLOCKS) >= 5 and any("crawl news" in " ".join(words) for _, words, _ in COMMANDS)


@pytest.fixture(scope="module")
def fresh_clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder laid out like a clone after a crawl: records in data/news, facts built from them."""
    clone = tmp_path_factory.mktemp("fresh-clone")
    day = clone / "data" / "news" / "2026-02-25"
    day.mkdir(parents=True)
    write_jsonl(day / "20260225T090000-r1.jsonl", sample_records())
    shutil.copytree(REPO_ROOT / "output" / "schemas", clone / "output" / "schemas")
    [facts_line] = [span for span in inline_code(README) if span.startswith("scrapy facts data/news")]
    done = subprocess.run(
        [sys.executable, "-m", *shlex.split(facts_line)],
        cwd=clone,
        env=_env(clone),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert (clone / "data" / "facts" / "facts.parquet").exists()
    return clone


@pytest.fixture(scope="module")
def ran(fresh_clone: Path) -> dict[int, dict[str, Any]]:
    """What each Python and SQL block made (or its error), by the block's line."""
    report = fresh_clone / "snippets-report.json"
    snippets = [{"lang": block.lang, "code": block.code} for block in RUN_BLOCKS]
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.snippet_runner", str(report)],
        cwd=fresh_clone,
        env=_env(fresh_clone),
        input=json.dumps(snippets),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(report.read_text("utf-8"))
    return {block.line: result for block, result in zip(RUN_BLOCKS, results, strict=True)}


def _env(clone: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(
        SCRAPY_SETTINGS_MODULE="crawler.settings",
        PYTHONPATH=str(REPO_ROOT),
        HF_HOME=str(clone / ".hf"),
        HF_DATASETS_OFFLINE="1",
        HF_HUB_OFFLINE="1",
        TECHNEWS_DATA_DIR=str(clone / "data"),
    )
    return env


@pytest.mark.parametrize("block", RUN_BLOCKS, ids=lambda b: f"{b.lang}-{b.where}")
def test_python_and_sql_blocks_run_as_written(block: Snippet, ran: dict[int, dict[str, Any]]) -> None:
    result = ran[block.line]
    assert result["error"] is None, f"README {block.where} ({block.lang}) fails: {result['error']}"
    assert result["tables"], f"README {block.where} makes no table"
    assert all(table["length"] > 0 for table in result["tables"].values()), result["tables"]


def test_the_facts_recipe_gives_every_fact_its_source_articles(ran: dict[int, dict[str, Any]]) -> None:
    """Each fact's rows are exactly its articles, each with the record's URL and a sentence from it."""
    records = {r["id"]: r for r in sample_records()}
    python = [r["tables"] for r in ran.values() if "sourced" in r["tables"] and "facts" in r["tables"]]
    assert python, "the facts recipe should build `sourced`: each fact with its articles"
    facts, sourced = python[0]["facts"]["rows"], python[0]["sourced"]["rows"]
    assert {"fact_id", "article_id", "url", "evidence", "count", "count_in_article"} <= set(sourced[0])
    for fact in facts:
        rows = [row for row in sourced if row["fact_id"] == fact["fact_id"]]
        assert sorted(r["article_id"] for r in rows) == sorted(fact["article_ids"]), fact
        for row in rows:
            assert records[row["article_id"]]["url"] == row["url"]
            assert row["evidence"] in records[row["article_id"]]["text"]
        if fact["status"] == "conflict":  # the sources show the numbers that disagree
            assert sorted({r["count_in_article"] for r in rows}) == fact["counts_seen"]
    assert any(fact["status"] == "conflict" for fact in facts)
    sql = [
        t for r in ran.values() for t in r["tables"].values() if {"article_id", "url"} <= set(t["columns"])
    ]
    assert any(t["length"] == len(sourced) for t in sql), "the DuckDB recipe should list every source too"


@pytest.fixture(scope="module")
def scrapy_problems() -> dict[str, list[str]]:
    """Problems of every scrapy line, checked in one process: by the line's text."""
    wanted = [
        (shlex.join(words[1:]), complete) for _, words, complete in COMMANDS if program(words) == "scrapy"
    ]
    wanted += [(line, True) for call in _make_calls() for line in _expanded(*call)[0]]
    for span in _option_spans():
        wanted += [
            (shlex.join([*command, *shlex.split(span)]), False) for command in (["crawl", "urls"], ["facts"])
        ]
    lines: dict[str, bool] = {}
    for line, complete in wanted:  # a line both in a block and inline is checked as complete
        lines[line] = lines.get(line, False) or complete
    ordered = list(lines.items())
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.readme_commands"],
        cwd=REPO_ROOT,
        env={**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"},
        input=json.dumps([{"argv": shlex.split(line), "complete": complete} for line, complete in ordered]),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return {line: found for (line, _), found in zip(ordered, json.loads(done.stdout), strict=True)}


@pytest.mark.parametrize(("where", "words"), [c[:2] for c in COMMANDS], ids=[c[0] for c in COMMANDS])
def test_every_command_exists_and_takes_what_it_is_given(
    where: str, words: list[str], scrapy_problems: dict[str, list[str]]
) -> None:
    name = program(words)
    if name == "scrapy":
        assert scrapy_problems[shlex.join(words[1:])] == [], where
    elif name == "make":
        if shutil.which("make") is None:
            pytest.skip("make is not installed")
        scrapy_lines, problems = _expanded(*_make_call(words))
        assert problems == [], where
        assert all(scrapy_problems[line] == [] for line in scrapy_lines), where
    elif name == "python":
        assert words[1] == "-m", f"{where}: run modules with -m"
        flags = [w.split("=", 1)[0] for w in words[3:] if w.startswith("-")]
        assert _takes(words[2], flags), f"{where}: python -m {words[2]} does not answer --help with {flags}"
    elif name not in BUILTINS:
        assert shutil.which(name), f"{where}: {name} is not on PATH"


def _make_call(words: list[str]) -> tuple[str, tuple[str, ...]]:
    """`make TARGET VAR=…` as (target, variables); no target is the first one, `help`."""
    target = next((w for w in words[1:] if not w.startswith("-") and "=" not in w), "help")
    return target, tuple(w for w in words[1:] if "=" in w)


def _make_calls() -> list[tuple[str, tuple[str, ...]]]:
    found = shutil.which("make") is not None
    return [_make_call(words) for _, words, _ in COMMANDS if found and program(words) == "make"]


@cache
def _expanded(target: str, variables: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The scrapy lines `make TARGET VAR=…` would run (and its problems), nothing run: SHELL=/bin/echo."""
    makefile = (REPO_ROOT / "Makefile").read_text("utf-8")
    if not re.search(rf"^{re.escape(target)}\s*:(?!=)", makefile, re.M):  # not a file that happens to exist
        return [], [f"make {target}: the Makefile has no such target"]
    done = subprocess.run(
        ["make", "-s", "--no-print-directory", "SHELL=/bin/echo", target, *variables],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode != 0:
        return [], [f"make {target}: {done.stderr.strip()}"]
    recipe = done.stdout
    problems = [f"make {target} runs {s}, which is missing" for s in SCRIPT_IN_RECIPE.findall(recipe)
                if not (REPO_ROOT / s).exists()]  # fmt: skip
    scrapy_lines = [shlex.join(shlex.split(found)) for found in SCRAPY_IN_RECIPE.findall(recipe)]
    for inner in MAKE_IN_RECIPE.findall(recipe):
        more_lines, more_problems = _expanded(inner, variables)
        scrapy_lines, problems = scrapy_lines + more_lines, problems + more_problems
    return scrapy_lines, problems


@cache
def _help_of(module: str) -> str | None:
    done = subprocess.run(
        [sys.executable, "-m", module, "--help"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60
    )
    return done.stdout if done.returncode == 0 else None


def _takes(module: str, flags: list[str]) -> bool:
    text = _help_of(module)
    return text is not None and all(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text) for f in flags)


def _option_spans() -> list[str]:
    return [span for span in inline_code(README) if re.match(r"-{1,2}[A-Za-z]", span)]


@pytest.mark.parametrize("span", _option_spans())
def test_every_option_named_inline_belongs_to_a_readme_command(
    span: str, scrapy_problems: dict[str, list[str]]
) -> None:
    words = shlex.split(span)
    as_crawl = scrapy_problems[shlex.join(["crawl", "urls", *words])]
    as_facts = scrapy_problems[shlex.join(["facts", *words])]
    if words[0] == "-a":  # a spider argument: the urls spider's, or one every run reads
        name = words[1].split("=", 1)[0]
        assert as_crawl == [] or name in _news_arguments(), span
        return
    assert as_crawl == [] or as_facts == [] or _takes("extract", [words[0]]), span


def _news_arguments() -> set[str]:
    text = (REPO_ROOT / "crawler" / "spiders" / "news.py").read_text("utf-8")
    return set(re.findall(r"^\s+(\w+): str \| None = None,$", text, re.M))


def test_the_spider_arguments_every_run_reads_are_read() -> None:
    from tests.support.readme_commands import READ_BY_THE_RUN

    context = (REPO_ROOT / "crawler" / "runs" / "context.py").read_text("utf-8")
    assert all(f'getattr(spider, "{name}"' in context for name in READ_BY_THE_RUN)


def test_every_setting_in_the_settings_table_exists() -> None:
    """A setting of the table is one of the project's (or Scrapy's) settings, or one the code reads."""
    from scrapy.utils.project import get_project_settings

    section = README.split("## Settings users touch", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
    names = [n for row in rows for n in re.findall(r"`([A-Z][A-Z0-9_]+)`", row)]
    settings = get_project_settings()
    code = "\n".join(path.read_text("utf-8") for path in (REPO_ROOT / "crawler").rglob("*.py"))
    assert len(names) > 20
    assert [n for n in names if n not in settings and f'"{n}"' not in code] == []


def _named_paths() -> list[str]:
    """Inline spans that name a file or folder of the repository (its first part exists there)."""
    found = []
    for span in inline_code(README):
        if re.fullmatch(r"\.?[\w-]+(/[\w.-]+)*/?|[\w-]+\.(py|md|toml|txt|conf|json|sh|cfg)", span):
            first = span.split("/")[0]
            made_by_runs = first in {"data", ".venv"}  # by `make` and the crawls, not checked in
            if ("/" in span or "." in span) and not made_by_runs and _exists(first):
                found.append(span)
    return found


def _exists(path: str) -> bool:
    return (REPO_ROOT / path).exists() or (REPO_ROOT / "crawler" / path).exists()


@pytest.mark.parametrize("path", _named_paths())
def test_every_path_named_exists(path: str) -> None:
    assert _exists(path), path


@pytest.mark.parametrize("target", link_targets(README))
def test_every_link_leads_to_a_file_and_heading(target: str) -> None:
    path, _, anchor = target.partition("#")
    assert (REPO_ROOT / path).exists(), target
    if anchor:
        assert anchor in heading_anchors((REPO_ROOT / path).read_text("utf-8")), target
