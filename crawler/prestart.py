"""The extraction worker process, started with the crawl command's first line of project code.

`scrapy crawl` imports the project's settings module (crawler/settings.py) about 0.25 s after it
starts, while its own start-up goes on for another 0.3 s before the first page arrives. The
worker (`python -m extract.worker`) needs about 2 s to load Kiwi, on the other core: started
there (`prestart`), it is ready that much sooner. Only standard-library modules are imported here.

The decision is made from the command line, before Scrapy has read it: Scrapy's own (the
`scrapy` script, `python -m scrapy` or scrapyd's runner) with the command `crawl` (no `-h`), and
no `-s NAME=VALUE` turns EXTRACT_ENABLED or EXTRACT_WORKER_PRESTART off or sets EXTRACT_WORKER
to anything but "process". The ExtractionPipeline then takes the process
(`adopt`); one that no pipeline took (extraction turned off by a setting from elsewhere) is
stopped when the engine starts (`discard`), and at the latest when the crawl's process exits.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

_SETTINGS = ("EXTRACT_ENABLED", "EXTRACT_WORKER", "EXTRACT_WORKER_PRESTART")
_prestarted: subprocess.Popen[str] | None = None


def spawn_worker() -> subprocess.Popen[str]:
    """A new extraction worker process, requests on its standard input, answers on its output."""
    return subprocess.Popen(
        [sys.executable, "-m", "extract.worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        encoding="utf-8",
        env=worker_env(),
    )


def worker_env() -> dict[str, str]:
    """This environment, with the folder that holds the `extract` package (a checkout or a scrapyd
    egg) first on PYTHONPATH, so the worker imports the same extractor as the crawl."""
    env = dict(os.environ)
    spec = importlib.util.find_spec("extract")
    if spec is not None and spec.origin:
        root = str(Path(spec.origin).parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def command_settings(argv: Sequence[str]) -> tuple[str | None, dict[str, str]]:
    """The Scrapy command named on a command line (the first argument that is no option, as Scrapy
    takes it; None with `-h`) and the values it gives the extraction settings with `-s`/`--set`."""
    args = list(argv[1:])
    if "-h" in args or "--help" in args:
        return None, {}
    command = next((arg for arg in args if not arg.startswith("-")), None)
    found: dict[str, str] = {}
    for index, arg in enumerate(args):
        if arg in ("-s", "--set"):
            pair = args[index + 1] if index + 1 < len(args) else ""
        elif arg.startswith("--set="):
            pair = arg.removeprefix("--set=")
        elif arg.startswith("-s") and not arg.startswith("--"):
            pair = arg[2:]
        else:
            continue
        name, _, value = pair.partition("=")
        if name in _SETTINGS:
            found[name] = value
    return command, found


def wants_worker(argv: Sequence[str], *, enabled: bool, prestart: bool) -> bool:
    """Whether this command line runs a crawl that extracts in a worker process (`enabled` and
    `prestart`: the settings module's own EXTRACT_ENABLED and EXTRACT_WORKER_PRESTART)."""
    command, given = command_settings(argv)
    if command != "crawl" or not scrapy_program(argv[0] if argv else ""):
        return False
    enabled = _true(given["EXTRACT_ENABLED"]) if "EXTRACT_ENABLED" in given else enabled
    prestart = _true(given["EXTRACT_WORKER_PRESTART"]) if "EXTRACT_WORKER_PRESTART" in given else prestart
    return enabled and prestart and (given.get("EXTRACT_WORKER") or "process") == "process"


def scrapy_program(program: str) -> bool:
    """Whether `sys.argv[0]` is Scrapy's command line: the `scrapy` script, `python -m scrapy`, or
    scrapyd's runner (not, say, `pytest -k crawl`)."""
    path = Path(program)
    return path.name == "scrapy" or (path.parent.name, path.name) in {
        ("scrapy", "__main__.py"),
        ("scrapyd", "runner.py"),
    }


def _true(value: str) -> bool:
    """A setting's value as Scrapy's `getbool` reads it; anything it would refuse counts as off."""
    if value in ("True", "true"):
        return True
    try:
        return bool(int(value))
    except ValueError:
        return False


def prestart(argv: Sequence[str], *, enabled: bool, prestart: bool) -> None:
    """Start the extraction worker now when this command line is a crawl that will want it."""
    global _prestarted
    if _prestarted is None and wants_worker(argv, enabled=enabled, prestart=prestart):
        _prestarted = spawn_worker()
        atexit.register(discard)


def adopt() -> subprocess.Popen[str] | None:
    """The worker started early, still running, for its pipeline to keep (None when there is none)."""
    global _prestarted
    process, _prestarted = _prestarted, None
    if process is not None and process.poll() is not None:
        _close(process)
        return None
    return process


def discard(*_: object) -> None:
    """Stop a worker started early that no pipeline adopted."""
    global _prestarted
    process, _prestarted = _prestarted, None
    if process is not None:
        process.kill()
        _close(process)


def _close(process: subprocess.Popen[str]) -> None:
    process.wait()
    for pipe in (process.stdin, process.stdout):
        if pipe is not None:
            pipe.close()
