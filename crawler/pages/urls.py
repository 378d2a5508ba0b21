"""Canonical URLs: one spelling per article, so ids and the seen-store agree across runs.

`canonicalize(url)` first tries the whole-URL forms sites declare (`Site.canonical_url`: every
Naver News article form → one URL), then normalizes the scheme, host, port, fragment and
tracking parameters, folds mobile hosts onto the desktop ones (`Site.host_aliases`, else
`m.example.co.kr` → `www.example.co.kr` for a registrable domain) and rewrites the alternative
article paths sites declare (`Site.canonical_path`: ND Soft AMP pages, ZDNet Korea's old mobile
view). What a site's URLs look like lives on its `Site`, in `crawler.sites`.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import tldextract

from crawler.pages.registry import url_rules

TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid", "mc_eid", "ref", "ref_src", "from", "sns"}
)
TRACKING_PREFIXES = ("utm_",)

# The public-suffix list as tldextract ships it: never fetched from the network, never cached on disk.
_PUBLIC_SUFFIXES = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def is_tracking_param(name: str) -> bool:
    """True for query parameters that only track the reader (utm_*, fbclid…)."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def desktop_host(host: str) -> str:
    """The desktop host for a (lowercase) host: `m.example.co.kr` → `www.example.co.kr`."""
    aliases = url_rules().host_aliases
    if host in aliases:
        return aliases[host]
    if not host.startswith("m."):
        return host
    rest = host[2:]
    # m.blog.example.com → blog.example.com; m.example.co.kr → www.example.co.kr
    return f"www.{rest}" if is_registrable_domain(rest) else rest


def is_registrable_domain(host: str) -> bool:
    """True for a domain one registers (`example.co.kr`, `example.com`), by the public-suffix list.

    A host under a suffix the list does not know (`example.test`) counts when it has two labels.
    """
    parts = _PUBLIC_SUFFIXES(host)
    if parts.suffix:
        return bool(parts.domain) and not parts.subdomain
    return host.count(".") == 1


def canonicalize(url: str) -> str:
    """Normalize a URL: https, desktop host, no fragment, tracking parameters or default port."""
    rules = url_rules()
    for rewrite in rules.url_rewrites:
        found = rewrite(url)
        if found:
            return found
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "https"
    if scheme == "http":
        scheme = "https"
    host = desktop_host((parts.hostname or "").lower())
    path = parts.path or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    for rewrite_path in rules.path_rewrites:
        rewritten = rewrite_path(host, path, query)
        if rewritten is not None:
            path, query = rewritten
            break
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    return urlunsplit((scheme, host, path, urlencode(query), ""))
