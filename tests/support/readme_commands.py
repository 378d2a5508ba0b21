"""Check `scrapy …` command lines as Scrapy itself would parse them, without running them.

Run as `python -m tests.support.readme_commands` with a JSON list of `{"argv": [...], "complete": …}`
on stdin (argv without the leading `scrapy`); prints a JSON list with each line's problems. In its
own process because our commands' option handling sets logging up for the run that would follow.

A complete line (a code block, run as written) must parse, pass the command's own option checks
and, for `crawl` and `seed`, name a spider that takes every `-a` argument given (the news spider
also checks their values). An inline mention only needs its command, its options and its spider to
exist.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import io
import json
import sys
from typing import Any

from scrapy.cmdline import ScrapyArgumentParser, _get_commands_dict
from scrapy.commands import ScrapyCommand, ScrapyHelpFormatter
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.project import get_project_settings

# Spider arguments a run reads from the spider without the spider's __init__ naming them.
READ_BY_THE_RUN = {"refetch"}  # crawler.runs.context: getattr(spider, "refetch", "")
SPIDER_COMMANDS = {"crawl", "seed"}


def problems(argv: list[str], *, complete: bool) -> list[str]:
    """What is wrong with `scrapy ARGV` (nothing: an empty list)."""
    settings = get_project_settings()
    commands = _get_commands_dict(settings, inproject=True)
    name = next((word for word in argv if not word.startswith("-")), None)
    if name not in commands:
        return [f"no scrapy command {name!r} (there are {', '.join(sorted(commands))})"]
    rest = list(argv)
    rest.remove(name)
    command = commands[name]
    command.settings = settings.copy()
    parser = ScrapyArgumentParser(formatter_class=ScrapyHelpFormatter, conflict_handler="resolve")
    command.add_options(parser)
    if not complete:
        return _unknown_options(parser, rest) + _spider_problems(name, _positional(parser, rest), {})
    errors = io.StringIO()
    try:
        with contextlib.redirect_stderr(errors):
            opts, args = parser.parse_known_args(rest)
        unknown = [word for word in args if word.startswith("-")]
        if unknown:
            return [f"scrapy {name} does not take {' '.join(unknown)}"]
        command.process_options(args, opts)
        if name in SPIDER_COMMANDS:
            return _spider_problems(name, args, opts.spargs, complete=True)
        return _positional_count(name, command, args)
    except SystemExit:
        return [f"scrapy {name}: {errors.getvalue().strip().splitlines()[-1]}"]
    except UsageError as exc:
        return [f"scrapy {name}: {exc}"]


def _unknown_options(parser: argparse.ArgumentParser, words: list[str]) -> list[str]:
    known = parser._option_string_actions
    flags = [word.split("=", 1)[0] for word in words if word.startswith("-") and len(word) > 1]
    return [f"unknown option {flag}" for flag in flags if flag not in known]


def _positional(parser: argparse.ArgumentParser, words: list[str]) -> list[str]:
    """The words that are no option and no option's value."""
    found, skip = [], False
    for word in words:
        if skip:
            skip = False
        elif word.startswith("-"):
            action = parser._option_string_actions.get(word)
            skip = action is not None and action.nargs != 0
        else:
            found.append(word)
    return found


def _positional_count(name: str, command: ScrapyCommand, args: list[str]) -> list[str]:
    """Our own commands parse their arguments themselves; Scrapy's take none but `crawl`'s spider."""
    if command.__module__.startswith("crawler.") or not args:
        return []
    return [f"scrapy {name} takes no argument {args[0]!r}"]


def _spider_problems(name: str, args: list[str], spargs: dict[str, Any], complete: bool = False) -> list[str]:
    if name not in SPIDER_COMMANDS or not args:
        return ["scrapy crawl needs a spider name"] if complete else []
    loader = get_spider_loader(get_project_settings())
    if args[0] not in loader.list():
        return [f"no spider {args[0]!r} (there are {', '.join(sorted(loader.list()))})"]
    spider_class = loader.load(args[0])
    parameters = inspect.signature(spider_class.__init__).parameters
    taken = {p for p, v in parameters.items() if v.kind is inspect.Parameter.KEYWORD_ONLY} | READ_BY_THE_RUN
    wrong = [f"spider {args[0]} takes no -a {arg}" for arg in spargs if arg not in taken]
    if wrong or not complete:
        return wrong
    error = getattr(spider_class(**spargs), "argument_error", None)
    return [f"spider {args[0]}: {error}"] if error else []


def main() -> None:
    """Read the lines to check from stdin, print their problems as JSON."""
    lines = json.load(sys.stdin)
    json.dump([problems(line["argv"], complete=line["complete"]) for line in lines], sys.stdout)


if __name__ == "__main__":
    main()
