"""Canonical URLs: one spelling per article, so ids and the seen-store agree across runs."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid", "mc_eid", "ref", "ref_src", "from", "sns"}
)
TRACKING_PREFIXES = ("utm_",)


def is_tracking_param(name: str) -> bool:
    """True for query parameters that only track the reader (utm_*, fbclid…)."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonicalize(url: str) -> str:
    """Normalize a URL: https, lowercase host, no fragment, no tracking parameters, no default port."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "https"
    if scheme == "http":
        scheme = "https"
    host = (parts.hostname or "").lower()
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    )
    return urlunsplit((scheme, host, parts.path or "/", query, ""))
