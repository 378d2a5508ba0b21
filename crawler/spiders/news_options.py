"""The `-a` arguments of the `news` spider, read and checked, and the look-ups made before it starts."""

from __future__ import annotations

import asyncio
import socket
import urllib.request
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlsplit

from crawler.pages.site import Site
from crawler.runs.exit import NOTHING_REACHED_EXIT_CODE, fail_run
from crawler.runs.meta import SITE
from output.schema import KST

DNS_PREFLIGHT_TIMEOUT = 10.0  # seconds for looking up every start host; past it, crawl as usual
MAX_ARCHIVE_SITEMAPS = 400


class SpiderArgumentError(ValueError):
    """A `-a` argument of the news spider that cannot be used; the message says which and why."""


def parse_bound(name: str, value: str | None, *, end: bool = False) -> datetime | None:
    """`since`/`until` as a KST datetime: a date means its midnight (`until` a date: the next midnight)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        day = date.fromisoformat(text)
    except ValueError:
        day = None
    if day is not None:
        moment = datetime.combine(day, time(0), tzinfo=KST)
        return moment + timedelta(days=1) if end else moment
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise SpiderArgumentError(
            f"-a {name}={value!r}: expected a date like 2026-11-01 or a time like 2026-11-01T09:00"
        ) from None
    return moment.replace(tzinfo=KST) if moment.tzinfo is None else moment.astimezone(KST)


def parse_count(name: str, value: str | int | None, default: int | None) -> int | None:
    """A positive whole number argument (`max_articles`, `max_pages`)."""
    if value is None or str(value).strip() == "":
        return default
    try:
        number = int(str(value).strip())
    except ValueError:
        raise SpiderArgumentError(f"-a {name}={value!r}: expected a whole number") from None
    if number < 1:
        raise SpiderArgumentError(f"-a {name}={value!r}: must be 1 or more")
    return number


def select_sites(value: str | None, registered: dict[str, Site]) -> list[Site]:
    """The sites `-a sites=` names (all crawlable ones when empty); unknown keys are an error."""
    if value is None or not value.strip():
        return [site for site in registered.values() if site.crawl]
    keys = [key.strip() for key in value.split(",") if key.strip()]
    unknown = [key for key in keys if key not in registered]
    if unknown:
        raise SpiderArgumentError(
            f"-a sites: unknown site key(s) {', '.join(unknown)}; known keys: {', '.join(registered)}"
            " (or -a sites=list)"
        )
    return [registered[key] for key in dict.fromkeys(keys)]


async def unresolvable_hosts(
    hosts: Iterable[str], timeout: float = DNS_PREFLIGHT_TIMEOUT
) -> list[str] | None:
    """The hosts DNS cannot resolve, in the order given; None when the lookups did not finish in time."""
    loop = asyncio.get_running_loop()
    names = list(dict.fromkeys(hosts))

    async def fails(host: str) -> bool:
        try:
            await loop.getaddrinfo(host, 443, type=socket.SOCK_STREAM)
        except socket.gaierror:
            return True
        return False

    try:
        failed = await asyncio.wait_for(asyncio.gather(*(fails(host) for host in names)), timeout)
    except TimeoutError:
        return None
    return [host for host, bad in zip(names, failed, strict=True) if bad]


def archive_sitemap_urls(template: str, since: datetime, until: datetime) -> list[str]:
    """The archive sitemaps of a backfill: the template formatted for each year, month or day in range."""
    step = "day" if "{day" in template else "month" if "{month" in template else "year"
    urls: list[str] = []
    day = since.date()
    last = (until - timedelta(microseconds=1)).date()
    while day <= last and len(urls) < MAX_ARCHIVE_SITEMAPS:
        url = template.format(year=day.year, month=day.month, day=day.day)
        if url not in urls:
            urls.append(url)
        if step == "day":
            day += timedelta(days=1)
        elif step == "month":
            day = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
        else:
            day = date(day.year + 1, 1, 1)
    return urls


async def no_start_host_resolves(spider: Any, requests: list[Any]) -> bool:
    """True (and the run failed with status 2) when DNS resolves none of the start requests' hosts."""
    settings = spider.crawler.settings
    proxies = {k for k in urllib.request.getproxies() if k in {"http", "https"}}
    if not requests or not settings.getbool("NEWS_DNS_PREFLIGHT", True) or settings.get("MIRROR_URL"):
        return False
    if proxies and settings.getbool("HTTPPROXY_ENABLED", True):
        return False  # the proxy resolves names, not this machine
    hosts = [urlsplit(request.url).hostname or "" for request in requests]
    try:
        failed = await unresolvable_hosts(host for host in hosts if host)
    except RuntimeError:  # no asyncio loop (a non-asyncio TWISTED_REACTOR): crawl as usual
        return False
    if not failed or len(failed) < len(set(hosts)):
        if failed:
            spider.logger.warning("news: DNS cannot resolve %s: those sources will fail", ", ".join(failed))
        return False
    site_keys = sorted({str(request.meta[SITE]) for request in requests})
    message = (
        f"could not reach any site: DNS lookup failed for every host of the {len(site_keys)} site(s)"
        f" ({', '.join(site_keys)}): {len(failed)} host(s), e.g. {failed[0]}; no request was sent."
        " Is this machine offline or without DNS? Check the network connection, set a proxy"
        " (https_proxy), or crawl a mirror with -s MIRROR_URL=…"
    )
    spider.count("news/failed/dns-preflight", len(failed))
    spider.logger.error("news: %s", message)
    fail_run(spider.crawler.stats, NOTHING_REACHED_EXIT_CODE, message)
    return True
