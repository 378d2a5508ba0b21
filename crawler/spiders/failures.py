"""Why a request got no usable response, as a short name shared by every spider's stats and logs."""

from __future__ import annotations

from collections import Counter

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

# Exceptions (Scrapy's own since 2.13, Twisted's before) that mean the site could not be reached.
NETWORK_ERRORS = {
    "CannotResolveHostError": "dns",
    "DownloadConnectionRefusedError": "connection-refused",
    "DownloadTimeoutError": "timeout",
    "DownloadFailedError": "download-failed",
    "ResponseDataLossError": "data-loss",
    "DNSLookupError": "dns",
    "ConnectionRefusedError": "connection-refused",
    "ConnectError": "connect",
    "NoRouteError": "no-route",
    "TCPTimedOutError": "timeout",
    "TimeoutError": "timeout",
    "ConnectionLost": "connection-lost",
    "ConnectionDone": "connection-lost",
    "ResponseNeverReceived": "no-response",
    "ResponseFailed": "no-response",
    "HostUnreachableError": "host-unreachable",
}


def failure_reason(failure: Failure) -> str:
    """A short name for why a request failed: `http-404`, `robots`, `dns`, `timeout`…"""
    error = failure.value
    given = getattr(error, "failure_reason", None)  # HostUnreachableError: the reason its host failed with
    if isinstance(given, str):
        return given
    if isinstance(error, HttpError):
        return f"http-{error.response.status}"
    if isinstance(error, IgnoreRequest):
        return "robots" if "robots" in str(error).lower() else "ignored"
    name = type(error).__name__
    return NETWORK_ERRORS.get(name, name.lower())


def is_network_error(failure: Failure) -> bool:
    """True when the failure means the site could not be reached at all."""
    return type(failure.value).__name__ in NETWORK_ERRORS


def unreachable_message(failures: Counter[str], sites: set[str]) -> str:
    """Why a run that recorded nothing failed: its network failures by reason, and the sites."""
    found = ", ".join(f"{name} {count}" for name, count in failures.most_common())
    return (
        f"could not reach any site: {sum(failures.values())} request(s) to "
        f"{len(sites)} site(s) ({', '.join(sorted(sites))}) "
        f"failed with network errors ({found}) and no article was recorded; "
        "check the network connection, a proxy, or MIRROR_URL"
    )


def limits_message(limits_hit: dict[str, str]) -> str:
    """What to say when limits cut a site's discovery (`max_pages`): which sites, which limits."""
    limits = ", ".join(f"{key} ({limit})" for key, limit in sorted(limits_hit.items()))
    return f"a limit cut discovery: {limits}; older articles were not looked for"
