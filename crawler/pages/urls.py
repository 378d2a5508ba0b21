"""Canonical URLs: one spelling per article, so ids and the seen-store agree across runs.

`canonicalize(url)` normalizes the scheme, host, port, fragment and tracking parameters, folds
mobile hosts onto the desktop ones (`m.yna.co.kr` → `www.yna.co.kr`), rewrites the mobile and
alternative article paths it knows (ND Soft AMP pages, ZDNet Korea's old mobile view, every
Naver News article form) and keeps only the parameters that identify an article where the CMS
is known. `naver_origin_link(html)` reads the original publisher's URL a Naver News page links,
so the seen-store can map the Naver copy onto the original.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from parsel import Selector

TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid", "mc_eid", "ref", "ref_src", "from", "sns"}
)
TRACKING_PREFIXES = ("utm_",)

# Second-level labels under a country code: `x.co.kr` is a registrable domain like `x.com`.
_SECOND_LEVEL = frozenset({"co", "or", "ne", "go", "ac", "re", "pe", "ed", "com", "net", "org"})

# Hosts whose desktop spelling is not `www.` + the mobile host without `m.`.
HOST_ALIASES: dict[str, str] = {
    "m.zdnet.co.kr": "zdnet.co.kr",
    "www.zdnet.co.kr": "zdnet.co.kr",
    "m.news.naver.com": "n.news.naver.com",
    "news.naver.com": "n.news.naver.com",
    "m.n.news.naver.com": "n.news.naver.com",
}

NAVER_ARTICLE_URL = "https://n.news.naver.com/mnews/article/{oid}/{aid}"
_NAVER_PATH = re.compile(r"^/(?:mnews/)?article/(?:comment/)?(?P<oid>\d{3})/(?P<aid>\d{10})/?$")
_NAVER_HOSTS = frozenset({"n.news.naver.com", "news.naver.com", "m.news.naver.com", "m.n.news.naver.com"})

# ND Soft CMS (AI타임스, 블로터, IT조선, 디일렉…): the article is `idxno`; other parameters are views.
_NDSOFT_ARTICLE_PATHS = {
    "/news/articleView.html": "/news/articleView.html",
    "/news/articleViewAmp.html": "/news/articleView.html",
}


def is_tracking_param(name: str) -> bool:
    """True for query parameters that only track the reader (utm_*, fbclid…)."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def desktop_host(host: str) -> str:
    """The desktop host for a (lowercase) host: `m.example.co.kr` → `www.example.co.kr`."""
    if host in HOST_ALIASES:
        return HOST_ALIASES[host]
    if not host.startswith("m."):
        return host
    rest = host[2:]
    labels = rest.split(".")
    registrable = len(labels) == 2 or (
        len(labels) == 3 and len(labels[2]) == 2 and labels[1] in _SECOND_LEVEL
    )
    # m.blog.example.com → blog.example.com; m.example.co.kr → www.example.co.kr
    return f"www.{rest}" if registrable else rest


def naver_article_url(url: str) -> str | None:
    """The one URL of a Naver News article in any of its forms (mobile, old `read.naver`), else None."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if host not in _NAVER_HOSTS:
        return None
    found = _NAVER_PATH.match(parts.path)
    if found:
        return NAVER_ARTICLE_URL.format(oid=found["oid"], aid=found["aid"])
    query = dict(parse_qsl(parts.query))
    oid, aid = query.get("oid", ""), query.get("aid", "")
    if re.fullmatch(r"\d{3}", oid) and re.fullmatch(r"\d{10}", aid):
        return NAVER_ARTICLE_URL.format(oid=oid, aid=aid)
    return None


def naver_origin_link(html: str, base_url: str | None = None) -> str | None:
    """The original publisher's article URL a Naver News page links (`a.media_end_head_origin_link`)."""
    href = Selector(text=html, base_url=base_url).css("a.media_end_head_origin_link::attr(href)").get()
    if not href or not href.strip().lower().startswith(("http://", "https://")):
        return None
    return canonicalize(href)


def _known_path(host: str, path: str, query: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """Rewrite the mobile and alternative article paths of known CMSs to the desktop form."""
    if path in _NDSOFT_ARTICLE_PATHS:
        idxno = [(k, v) for k, v in query if k.lower() == "idxno"]
        if idxno:
            return _NDSOFT_ARTICLE_PATHS[path], idxno[:1]
    if host == "zdnet.co.kr" and path == "/news_view.asp":
        ids = [v for k, v in query if k == "article_id"]
        if ids:
            return "/view/", [("no", ids[0])]
    return path, query


def canonicalize(url: str) -> str:
    """Normalize a URL: https, desktop host, no fragment, tracking parameters or default port."""
    naver = naver_article_url(url)
    if naver:
        return naver
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "https"
    if scheme == "http":
        scheme = "https"
    host = desktop_host((parts.hostname or "").lower())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    path, query = _known_path(host, parts.path or "/", query)
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    return urlunsplit((scheme, host, path, urlencode(query), ""))
