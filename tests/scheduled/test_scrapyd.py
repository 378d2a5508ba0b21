"""A crawl scheduled on a real scrapyd: the repository's scrapyd.conf, auth on, scrapyd-deploy, curl.

scrapyd runs on 127.0.0.1 on a free port with its own temporary directories; the project is
deployed from a copy of the source tree with `scrapyd-deploy` (scrapy.cfg's [deploy] section,
credentials from the environment), the project's job (`news -a sites=aitimes`, against the
replayed ND Soft outlet) is scheduled with `curl … schedule.json`, and its records are read from
the project writer's output (the run id is scrapyd's job id).
"""

from __future__ import annotations

import configparser
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.scheduled.ndsoft_site import NdSoftSite, article_url
from tests.support.crawl import REPO_ROOT
from tests.support.replay import ReplayServer

BIN = Path(sys.executable).parent
USER = "technews"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def curl(url: str, *args: str, password: str | None) -> tuple[int, dict[str, Any]]:
    """curl a scrapyd endpoint; (HTTP status, JSON body or {})."""
    auth = ["-u", f"{USER}:{password}"] if password else []
    proc = subprocess.run(
        ["curl", "-s", "-w", "\n%{http_code}", *auth, url, *args],
        capture_output=True,
        text=True,
        timeout=30,
    )
    body, _, status = proc.stdout.rpartition("\n")
    try:
        data = json.loads(body)
    except ValueError:
        data = {}
    return int(status or 0), data


def scrapyd_home(tmp_path: Path) -> tuple[Path, int]:
    """A folder holding the repository's scrapyd.conf with a free port and folders of its own."""
    if shutil.which("curl") is None or not (BIN / "scrapyd").exists():
        pytest.skip("needs curl and scrapyd (the `scrapyd` extra)")
    home = tmp_path / "scrapyd"
    home.mkdir()
    config = configparser.ConfigParser()
    config.read(REPO_ROOT / "scrapyd.conf")
    assert config["scrapyd"]["bind_address"] == "127.0.0.1" and config["scrapyd"]["username"] == USER
    port = free_port()
    config["scrapyd"].update(
        http_port=str(port),
        poll_interval="0.3",
        eggs_dir=str(home / "eggs"),
        logs_dir=str(home / "logs"),
        dbs_dir=str(home / "dbs"),
    )
    with (home / "scrapyd.conf").open("w") as handle:
        config.write(handle)
    return home, port


def scrapyd_env(**variables: str) -> dict[str, str]:
    """The environment without proxies or scrapyd credentials, plus `variables`."""
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env = {k: v for k, v in env.items() if not k.startswith("SCRAPYD_")}
    return {**env, **variables}


@pytest.fixture
def scrapyd(tmp_path: Path) -> Iterator[tuple[str, str, Path]]:
    """A scrapyd from the repository's scrapyd.conf on a free port; (url, password, its folder)."""
    home, port = scrapyd_home(tmp_path)
    password = secrets.token_urlsafe(16)
    env = scrapyd_env(SCRAPYD_PASSWORD=password, SCRAPYD_USERNAME=USER)
    log = (home / "scrapyd.out").open("w")
    proc = subprocess.Popen(
        [str(BIN / "scrapyd"), "--pidfile", str(home / "twistd.pid")],
        cwd=home,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 90  # scrapyd's start-up on a loaded machine; it fails fast if it exits
        while curl(url + "daemonstatus.json", password=password)[0] != 200:
            assert proc.poll() is None, (home / "scrapyd.out").read_text()
            assert time.monotonic() < deadline, "scrapyd did not start"
            time.sleep(0.2)
        yield url, password, home
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def deploy_copy(tmp_path: Path, url: str, password: str) -> subprocess.CompletedProcess[str]:
    """scrapyd-deploy a copy of the source tree (the build leaves setup.py and build/ there)."""
    project = tmp_path / "project"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("crawler", "extract", "output"):
        shutil.copytree(REPO_ROOT / name, project / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md", "scrapy.cfg"):
        shutil.copy(REPO_ROOT / name, project / name)
    with (project / "scrapy.cfg").open("a") as cfg:
        cfg.write(f"\n[deploy:test]\nurl = {url}\n")  # inherits project and credentials from [deploy]
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(SCRAPYD_USERNAME=USER, SCRAPYD_PASSWORD=password)
    return subprocess.run(
        [str(BIN / "scrapyd-deploy"), "test", "--version", "r1"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_job_scheduled_on_scrapyd_writes_its_records(
    scrapyd: tuple[str, str, Path], replay: ReplayServer, tmp_path: Path
) -> None:
    url, password, home = scrapyd
    assert curl(url + "daemonstatus.json", password=None)[0] == 401  # authentication is on
    NdSoftSite(replay, 3)

    deployed = deploy_copy(tmp_path, url, password)
    assert deployed.returncode == 0, deployed.stderr
    assert json.loads(deployed.stdout)["status"] == "ok"
    status, spiders = curl(url + "listspiders.json?project=technews", password=password)
    assert status == 200 and {"news", "urls"} <= set(spiders["spiders"])

    data = tmp_path / "data"
    settings = {
        "MIRROR_URL": replay.url,
        "OUTPUT_DIR": str(data),
        "EXTRACT_ENABLED": "0",
        "DOWNLOAD_DELAY": "0",
        "AUTOTHROTTLE_ENABLED": "0",
    }
    form = ["-d", "project=technews", "-d", "spider=news", "-d", "sites=aitimes"]
    for name, value in settings.items():
        form += ["-d", f"setting={name}={value}"]
    status, scheduled = curl(url + "schedule.json", *form, password=password)
    assert status == 200 and scheduled["status"] == "ok", scheduled
    job = scheduled["jobid"]

    deadline = time.monotonic() + 180  # a three-article crawl; only a hung job gets near this
    while True:
        _, jobs = curl(url + "listjobs.json?project=technews", password=password)
        if any(j["id"] == job for j in jobs.get("finished", [])):
            break
        assert time.monotonic() < deadline, f"job {job} did not finish: {jobs}"
        time.sleep(0.3)

    [output] = data.glob(f"news/*/{job}.jsonl")
    records = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
    assert sorted(r["canonical_url"] for r in records) == [article_url(n) for n in (1, 2, 3)]
    report = json.loads(output.with_name(f"{job}.report.json").read_text("utf-8"))
    assert report["run_id"] == job and report["totals"]["written"] == 3
    [job_log] = (home / "logs" / "technews" / "news").glob(f"{job}.log")
    assert "run report" in job_log.read_text("utf-8")


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        (None, "no password: set SCRAPYD_PASSWORD"),
        ("", "no password: set SCRAPYD_PASSWORD"),
        ("set-SCRAPYD_PASSWORD-in-the-environment", "the password is a placeholder"),
        ("short", "the password is shorter than 12 characters"),
    ],
)
def test_scrapyd_without_a_real_password_refuses_to_start(
    tmp_path: Path, password: str | None, reason: str
) -> None:
    home, port = scrapyd_home(tmp_path)
    env = scrapyd_env() if password is None else scrapyd_env(SCRAPYD_PASSWORD=password)
    proc = subprocess.run(
        [str(BIN / "scrapyd"), "--pidfile", ""],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode != 0, proc.stdout + proc.stderr
    assert f"refusing to start: {reason}" in proc.stderr
    assert "Site starting" not in proc.stdout + proc.stderr  # never listened
    with socket.socket() as sock:  # and nothing is left listening on its port
        assert sock.connect_ex(("127.0.0.1", port)) != 0
