"""One way to hide secrets in URLs, DSNs and log text: `mask_url`, `mask_secrets`, `split_url`.

- `mask_url(url)`: the URL or DSN with its credential (`user:pass@` → `user:****@`, `token@` →
  `****@`) and the values of secret-looking query or fragment parameters (`password=`,
  `access_token=`, `X-Amz-Signature=`, …) replaced by `****`. Everything else is left as it
  was, byte for byte. It never raises, and masking twice changes nothing more.
- `mask_secrets(text)`: the same for every `scheme://…` inside free text (a log message, an
  exception), plus `password=…`/`token: …` pairs.
- `masked_excerpt(text)`: a short, escaped, masked prefix of untrusted text, to name a bad line.
- `split_url(url, name)`: `urlsplit` with the checks a setting needs; a `UrlError` whose message
  shows only the masked URL and a reason that quotes nothing of the input.

Passwords are often pasted unencoded. A `/`, `?` or `#` in one ends the authority for a URL
parser (`redis://:pa/ss@host` has host `:pa` to `urlsplit`), so the credential is looked for
further, up to the last `@` that is followed by a host and the end of an authority, unless
an http(s) URL's authority is a bare host without `:` or `@` (its paths and queries do hold
`@`: `/@writer/post`, `?to=a@b.test`). When in doubt more is masked, never less: an http URL
with a port and an `@` later (`http://h:80/?to=a@b.test`) is shown as `http://h:****@b.test`.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

MASK = "****"
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):(//)?")
_AUTHORITY_END = re.compile(r"[/?#]")
_HOST_PORT = re.compile(r"(?:\[[0-9A-Za-z:.%]+\]|[^\s/?#@\[\]:]+)(?::[0-9]*)?(?=[/?#]|$)")
_PLAUSIBLE_AUTHORITY = re.compile(r"(?:\[[0-9A-Za-z:.%]+\]|[A-Za-z0-9.\-_~%!$&'()*+,;=]+)(?::[0-9]{0,5})?")
_PARAM = re.compile(r"([?&;#])([^=&;#?/\s]+)=")
_VALUE_END = re.compile(r"[&;\s]")
_URL_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://\S+")
_PAIR_IN_TEXT = re.compile(
    r"(?i)\b([\w.\-]*(?:password|passwd|pwd|secret|token|api[_\-]?key))([\"']?\s*[=:]\s*)(\"[^\"]*\"|'[^']*'|[^\s,;&]+)"
)
_SECRET_KEY_ENDINGS = (
    "password", "passwd", "passphrase", "pwd", "pass", "secret", "token", "apikey", "accesskey",
    "privatekey", "secretkey", "signature", "sig", "credential", "credentials", "auth",
    "authorization", "session", "sessionid", "sid",
)  # fmt: skip
_WEB_SCHEMES = ("http", "https")


class UrlError(ValueError):
    """A URL or DSN that cannot be used; the message shows it masked and quotes nothing of it."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


def is_secret_key(name: str) -> bool:
    """True for a parameter name that holds a secret (`password`, `access_token`, `X-Amz-Signature`)."""
    normalized = re.sub(r"[\-_.\s]", "", name).lower()
    return normalized.endswith(_SECRET_KEY_ENDINGS)


def credential_span(url: str) -> tuple[int, int, bool] | None:
    """(start, end, beyond) of the userinfo before `@`, or None; `beyond` when it runs past
    where a URL parser ends the authority (an unencoded `/`, `?` or `#` in it)."""
    scheme = _SCHEME.match(url)
    if scheme is None or not scheme.group(2):
        at = url.rfind("@")  # no scheme://: `user:pass@host:port` is still a credential
        return (0, at, False) if at > 0 and _HOST_PORT.match(url, at + 1) else None
    start = scheme.end()
    bound = _AUTHORITY_END.search(url, start)
    authority_end = bound.start() if bound else len(url)
    at = url.rfind("@", start, authority_end)
    host = url[max(at + 1, start) : authority_end]
    bare_host = ":" not in re.sub(r"\[[^\]]*\]", "", host) and _PLAUSIBLE_AUTHORITY.fullmatch(host)
    if at >= 0 or not bare_host or scheme.group(1).lower() not in _WEB_SCHEMES:
        for candidate in reversed([m.start() for m in re.finditer("@", url[authority_end:])]):
            if _HOST_PORT.match(url, authority_end + candidate + 1):
                return start, authority_end + candidate, True
    return (start, at, False) if at >= 0 else None


def _mask_params(url: str, start: int) -> str:
    out: list[str] = []
    pos = start
    while (param := _PARAM.search(url, pos)) is not None:
        out.append(url[pos : param.end()])
        pos = param.end()
        if is_secret_key(param.group(2)):
            end = _VALUE_END.search(url, pos)
            value_end = end.start() if end else len(url)
            if value_end > pos:
                out.append(MASK)
            pos = value_end
    out.append(url[pos:])
    return url[:start] + "".join(out)


def mask_url(url: str) -> str:
    """The URL or DSN with every credential and secret parameter replaced by `****` (never raises)."""
    span = credential_span(url)
    if span is None:
        scheme = _SCHEME.match(url)
        return _mask_params(url, scheme.end() if scheme else 0)
    start, at, _ = span
    user, colon, _ = url[start:at].partition(":")
    userinfo = f"{user}:{MASK}" if colon else MASK
    return _mask_params(url[:start] + userinfo + url[at:], start + len(userinfo))


def mask_secrets(text: str) -> str:
    """Free text (a log line, an error) with every URL masked and `password=…`-style values hidden."""
    text = _URL_IN_TEXT.sub(lambda m: mask_url(m.group(0)), text)
    return _PAIR_IN_TEXT.sub(lambda m: m.group(1) + m.group(2) + MASK, text)


def masked_excerpt(text: str, limit: int = 60) -> str:
    """A short, escaped, masked prefix of untrusted text for a message: `'http://u:****@h/…'`."""
    masked = mask_secrets(text)
    return repr(masked[:limit] + ("…" if len(masked) > limit else ""))


def split_url(url: str, name: str = "URL") -> SplitResult:
    """`urlsplit(url)` with scheme, host and port checked; UrlError naming `name` and the masked URL."""
    masked = mask_url(url)

    def fail(reason: str) -> UrlError:
        return UrlError(f"{name} {masked!r} is not a usable URL: {reason}", reason)

    if _SCHEME.match(url) is None:
        raise fail("it does not start with scheme://")
    span = credential_span(url)
    if span is not None and span[2]:
        raise fail(
            "its password holds a '/', '?' or '#' that is not percent-encoded "
            "(write them as %2F, %3F and %23, or pass the password separately)"
        )
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise fail(_reason(exc)) from None
    if not parts.hostname and parts.scheme not in ("unix", "file"):
        raise fail("it names no host")
    if port == 0:
        raise fail("port 0 is not a port to connect to")
    return parts


def _reason(exc: ValueError) -> str:
    """Why urlsplit refused, without the quoted text some of its messages carry."""
    message = str(exc)
    if "out of range" in message:
        return "the port is out of range 0-65535"
    if "cast to integer" in message:
        return "the port is not a number"
    if "IPv6" in message:
        return "the [IPv6] host is malformed"
    return "it cannot be parsed"
