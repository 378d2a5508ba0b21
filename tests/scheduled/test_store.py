"""The seen-store: articles under canonical URLs, alias keys, content hashes, runs, and its CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.pages.urls import canonicalize
from crawler.store import (
    CRASHED,
    FINISHED,
    RUNNING,
    RunRow,
    SqliteSeenStore,
    StoredArticle,
    failed_status,
    open_store,
)
from crawler.store.cli import main
from tests.support.crawl import REPO_ROOT

URL = "https://www.aitimes.com/news/articleView.html?idxno=7"


def article(url: str = URL, site: str = "aitimes", content_hash: str = "c" * 40) -> StoredArticle:
    return StoredArticle(
        canonical_url=url,
        site=site,
        record_id="a" * 40,
        content_hash=content_hash,
        run_id="r1",
        output="/data/news/2026-11-21/r1.jsonl",
        recorded_at="2026-11-21T10:00:00+09:00",
    )


@pytest.fixture
def store_location(tmp_path: Path) -> str:
    """Where the `store` fixture's store is, as `--store` takes it."""
    return str(tmp_path / "seen.sqlite3")


@pytest.fixture
def store(store_location: str) -> SqliteSeenStore:
    return SqliteSeenStore(store_location)


def test_an_article_is_found_by_any_spelling_of_its_url(store: SqliteSeenStore) -> None:
    naver = "https://n.news.naver.com/mnews/article/001/0000000007"
    store.record([article()], [(naver, URL)])
    assert store.contains(URL)
    assert store.find(naver) == URL
    found = store.lookup("https://m.aitimes.com/news/articleViewAmp.html?idxno=7&utm_source=feed")
    assert found is not None and found.site == "aitimes"
    assert store.lookup("https://www.aitimes.com/news/articleView.html?idxno=8") is None


def test_the_first_article_owns_a_content_hash(store: SqliteSeenStore) -> None:
    store.record([article()])
    store.record([article(url=URL.replace("7", "9"))])
    assert store.hash_owner("c" * 40) == URL
    assert store.hash_owner("d" * 40) is None


def test_recording_again_keeps_the_first_time(store: SqliteSeenStore) -> None:
    store.record([article()])
    later = StoredArticle(
        **{**article().__dict__, "run_id": "r2", "recorded_at": "2026-11-22T10:00:00+09:00"}
    )
    store.record([later])
    again = store.article(URL)
    assert again is not None
    assert (again.run_id, again.first_recorded_at) == ("r2", "2026-11-21T10:00:00+09:00")
    assert store.site_counts() == {"aitimes": 1}


def test_runs_and_their_synced_offset_move_with_the_articles(store: SqliteSeenStore) -> None:
    store.start_run(RunRow("r1", "news", "2026-11-21T10:00:00+09:00", output="/x.jsonl", host="h", pid=1))
    store.record([article()], run_id="r1", synced_offset=1234)
    [running] = store.runs(status=RUNNING)
    assert (running.run_id, running.synced_offset) == ("r1", 1234)
    store.finish_run("r1", status=FINISHED, finished_at="2026-11-21T10:05:00+09:00", summary={"totals": {}})
    assert store.runs(status=RUNNING) == []
    assert store.runs()[0].status == FINISHED


def test_open_store_takes_paths_and_urls(tmp_path: Path) -> None:
    assert isinstance(open_store(str(tmp_path / "a.sqlite3")), SqliteSeenStore)
    assert isinstance(open_store(f"sqlite://{tmp_path}/b.sqlite3"), SqliteSeenStore)
    assert (tmp_path / "b.sqlite3").exists()
    with pytest.raises(ValueError, match="unknown seen-store 'ftp://x'"):
        open_store("ftp://x")


def test_the_command_line_shows_counts_runs_and_lookups(
    store: SqliteSeenStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.start_run(RunRow("r1", "news", "2026-11-21T10:00:00+09:00", output="/x.jsonl"))
    store.record([article(), article(url=URL + "1", site="bloter")])
    location = str(tmp_path / "seen.sqlite3")
    assert main(["--store", location]) == 0
    text = capsys.readouterr().out
    assert "2 articles" in text and "aitimes" in text and "bloter" in text and "r1" in text
    assert (
        main(["--store", location, "--json", "lookup", "http://m.aitimes.com/news/articleView.html?idxno=7"])
        == 0
    )
    assert (
        json.loads(capsys.readouterr().out)["http://m.aitimes.com/news/articleView.html?idxno=7"]["site"]
        == "aitimes"
    )
    assert main(["--store", location, "lookup", "https://example.com/none"]) == 3
    assert "not recorded" in capsys.readouterr().out
    assert main(["--store", str(tmp_path / "absent.sqlite3")]) == 1


def test_scrapy_store_reads_the_store_the_settings_name(store: SqliteSeenStore, tmp_path: Path) -> None:
    store.record([article()])
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "store", "-s", f"OUTPUT_DIR={tmp_path}", "lookup", URL],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "recorded as " + URL in proc.stdout


def test_runs_show_their_true_end_and_only_files_that_exist(
    store: SqliteSeenStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written = tmp_path / "r1.jsonl"
    written.write_text("{}\n", encoding="utf-8")
    for run_id, status, output in [
        ("r1", FINISHED, written),
        ("r2", failed_status(2), tmp_path / "never-written.jsonl"),
        ("r3", CRASHED, tmp_path / "r3.jsonl"),
    ]:
        store.start_run(RunRow(run_id, "urls", f"2026-11-21T10:00:0{run_id[1]}+09:00", output=str(output)))
        store.finish_run(run_id, status=status, finished_at="2026-11-21T11:00:00+09:00", summary={})

    assert main(["--store", str(tmp_path / "seen.sqlite3")]) == 0
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines() if line.startswith("  r")}
    assert "finished" in rows["r1"] and str(written) in rows["r1"]
    assert (
        "failed (exit 2)" in rows["r2"]
        and "never-written" not in rows["r2"]
        and "no output file" in rows["r2"]
    )
    assert "killed" in rows["r3"]


def test_forget_makes_urls_and_a_site_new_again(
    store: SqliteSeenStore, store_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store.record([article(), article(url=URL + "1", site="bloter"), article(url=URL + "2", site="bloter")])
    store.record([], [("https://www.aitimes.com/news/articleView.html?idxno=7&from=rss", URL)])
    location = store_location

    assert main(["--store", location, "forget", "http://m.aitimes.com/news/articleView.html?idxno=7"]) == 0
    assert "forgot 1 article(s)" in capsys.readouterr().out
    assert store.lookup(URL) is None and store.find(canonicalize(URL + "&from=rss")) is None
    assert main(["--store", location, "forget", "--site", "bloter", "--since", "2026-01-01"]) == 0
    assert store.site_counts() == {}
    assert main(["--store", location, "forget", "https://example.com/none"]) == 3


def test_forgetting_removes_the_article_its_keys_count_and_hash(store: SqliteSeenStore) -> None:
    naver = "https://n.news.naver.com/mnews/article/001/0000000007"
    twin, other = URL.replace("7", "9"), "https://www.bloter.net/news/articleView.html?idxno=3"
    store.record([article(), article(url=twin), article(url=other, site="bloter", content_hash="d" * 40)])
    store.record([], [(naver, URL), (canonicalize(twin + "&from=rss"), twin)])
    assert store.forget([URL, "https://example.com/never-recorded"]) == 1
    assert store.article(URL) is None and store.find(URL) is None and store.find(naver) is None
    assert store.hash_owner("c" * 40) == twin  # the next article with that content takes it over
    assert store.site_counts() == {"aitimes": 1, "bloter": 1}
    assert store.forget([URL]) == 0
    assert store.forget([twin, other]) == 2
    assert store.site_counts() == {} and store.hash_owner("c" * 40) is None
    assert store.find(canonicalize(twin + "&from=rss")) is None

    store.record([article()])  # recorded again: a new article, its first time now
    assert store.contains(URL) and store.hash_owner("c" * 40) == URL


def test_a_sites_articles_since_a_date(store: SqliteSeenStore) -> None:
    late = StoredArticle(**{**article(URL + "1").__dict__, "recorded_at": "2026-12-01T09:00:00+09:00"})
    store.record([article(), late, article(URL + "2", site="bloter")])
    assert store.site_articles("aitimes") == [URL, URL + "1"]
    assert store.site_articles("aitimes", "2026-11-22") == [URL + "1"]
    assert store.site_articles("techm") == []
