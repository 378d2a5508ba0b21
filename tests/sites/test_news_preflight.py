"""The news spider's DNS pre-flight: when no start host resolves, the run ends at once with status 2.

`make crawl` on a machine without network must say so in seconds instead of waiting out the
backoff of every retry. These tests never resolve a real news site: `.invalid` names never
resolve (RFC 6761), and the spider-level tests replace the lookup.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from scrapy.utils.test import get_crawler

import crawler.spiders.news_options as news_options
from crawler.runs.exit import EXIT_CODE_STAT, EXIT_REASON_STAT
from crawler.spiders.news import NewsSpider
from crawler.spiders.news_options import unresolvable_hosts


def test_unresolvable_hosts_names_the_hosts_dns_cannot_find() -> None:
    failed = asyncio.run(unresolvable_hosts(["news.example.invalid", "localhost", "feed.example.invalid"]))

    assert failed == ["news.example.invalid", "feed.example.invalid"]


def start_spider(
    monkeypatch: pytest.MonkeyPatch, failing: set[str], **settings: Any
) -> tuple[list[Any], Any]:
    """Run the spider's `start()` with DNS failing for `failing` hosts; its requests and stats."""

    async def fake_lookup(hosts: Any, timeout: float = 0) -> list[str]:
        return [host for host in hosts if host in failing]

    monkeypatch.setattr(news_options, "unresolvable_hosts", fake_lookup)
    monkeypatch.delenv("https_proxy", raising=False)
    monkeypatch.delenv("http_proxy", raising=False)
    crawler = get_crawler(NewsSpider, {"MIRROR_URL": "", **settings})
    crawler.stats.open_spider()
    spider = NewsSpider.from_crawler(crawler, sites="zdnet,etnews")

    async def collect() -> list[Any]:
        return [request async for request in spider.start()]

    return asyncio.run(collect()), crawler.stats


ZDNET_AND_ETNEWS = {"zdnet.co.kr", "rss.etnews.com"}


def test_no_start_host_resolves_ends_the_run_with_a_plain_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    requests, stats = start_spider(monkeypatch, failing=ZDNET_AND_ETNEWS)

    assert requests == []
    assert stats.get_value(EXIT_CODE_STAT) == 2
    (reason,) = stats.get_value(EXIT_REASON_STAT)
    assert reason.startswith("could not reach any site: DNS lookup failed for every host of the 2 site(s)")
    assert "(etnews, zdnet)" in reason and "MIRROR_URL" in reason


def test_some_hosts_resolving_is_an_ordinary_crawl(monkeypatch: pytest.MonkeyPatch) -> None:
    requests, stats = start_spider(monkeypatch, failing={"rss.etnews.com"})

    assert {request.meta["site"] for request in requests} == {"zdnet", "etnews"}
    assert stats.get_value(EXIT_CODE_STAT) is None


def test_preflight_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    requests, stats = start_spider(monkeypatch, failing=ZDNET_AND_ETNEWS, NEWS_DNS_PREFLIGHT=False)

    assert len(requests) == 3  # the etnews feed and its two zdnet lists
    assert stats.get_value(EXIT_CODE_STAT) is None
