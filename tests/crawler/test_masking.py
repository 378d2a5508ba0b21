"""The one masking function for URLs, DSNs and log text: examples, then properties."""

from __future__ import annotations

import contextlib
import string
from urllib.parse import quote

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from crawler.masking import MASK, UrlError, is_secret_key, mask_secrets, mask_url, split_url


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("redis://:hunter2@127.0.0.1:6379/0", "redis://:****@127.0.0.1:6379/0"),
        ("redis://worker:hunter2@redis.internal:6379", "redis://worker:****@redis.internal:6379"),
        ("rediss://default:p@ss@host:6380/1?prefix=tn", "rediss://default:****@host:6380/1?prefix=tn"),
        # unencoded '/', '#', '?' in the password: a URL parser would end the host there
        ("redis://:pa/ss#wo?rd@host:6379/2", "redis://:****@host:6379/2"),
        ("redis://user:123/45@host:6379", "redis://user:****@host:6379"),
        ("postgresql://app:s#cret@db.local/news", "postgresql://app:****@db.local/news"),
        ("http://user:pa/ss@host/x", "http://user:****@host/x"),
        ("https://ghp_tokenvalue@github.com/org/repo", "https://****@github.com/org/repo"),
        ("user:pw@host:6379", "user:****@host:6379"),
        ("redis://h:6379/0?password=abc&db=1", "redis://h:6379/0?password=****&db=1"),
        (
            "https://s3.test/o?X-Amz-Credential=AK%2F1&X-Amz-Signature=ff00&n=1",
            "https://s3.test/o?X-Amz-Credential=****&X-Amz-Signature=****&n=1",
        ),
        ("https://app.test/cb#access_token=abc&state=1", "https://app.test/cb#access_token=****&state=1"),
        # nothing secret: unchanged, byte for byte
        ("https://medium.com/@writer/a-post?author=kim", "https://medium.com/@writer/a-post?author=kim"),
        ("https://www.aitimes.com/news/articleView.html?idxno=50", None),
        ("http://[::1]:8080/a?b=c#d", None),
        ("redis://127.0.0.1:6379/0", None),
        ("not a url at all", None),
        ("", None),
    ],
)
def test_mask_url_examples(url: str, masked: str | None) -> None:
    assert mask_url(url) == (masked if masked is not None else url)


def test_mask_secrets_masks_urls_and_pairs_inside_free_text() -> None:
    line = (
        "seen-store redis://:hunter2@10.0.0.5:6379/0 failed; REDIS_PASSWORD=hunter3, "
        'config {"password": "hunter4"} token: hunter5 and https://x.test/?token=hunter6&n=2'
    )
    masked = mask_secrets(line)
    for secret in ("hunter2", "hunter3", "hunter4", "hunter5", "hunter6"):
        assert secret not in masked
    assert "redis://:****@10.0.0.5:6379/0" in masked and "&n=2" in masked


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("redis://:pa/ss@host:6379", "password holds a '/', '?' or '#' that is not percent-encoded"),
        ("redis://u:pa#ss@host:6379", "password holds a '/', '?' or '#' that is not percent-encoded"),
        ("redis://:secretpw@host:99999/0", "the port is out of range 0-65535"),
        ("redis://:secretpw@host:6x79/0", "the port is not a number"),
        ("redis://:secretpw@[::1/0", "the [IPv6] host is malformed"),
        ("redis://:secretpw@", "it names no host"),
        ("secretpw@host:6379", "it does not start with scheme://"),
    ],
)
def test_split_url_errors_name_the_setting_and_never_the_credential(url: str, reason: str) -> None:
    with pytest.raises(UrlError) as caught:
        split_url(url, "REDIS_URL")
    message = str(caught.value)
    assert message.startswith("REDIS_URL ") and reason in message
    for secret in ("pa/ss", "pa#ss", "secretpw"):
        assert secret not in message


def test_split_url_accepts_a_good_url() -> None:
    parts = split_url("redis://:p%2Fw@127.0.0.1:6379/0", "REDIS_URL")
    assert (parts.hostname, parts.port, parts.password) == ("127.0.0.1", 6379, "p%2Fw")


def test_secret_parameter_names() -> None:
    secret = [
        "password",
        "PASSWD",
        "pwd",
        "access_token",
        "client_secret",
        "api-key",
        "X-Amz-Signature",
        "auth",
    ]
    plain = ["author", "idxno", "page", "sort", "utm_source", "keyword", "section"]
    assert all(is_secret_key(name) for name in secret)
    assert not any(is_secret_key(name) for name in plain)


# --- properties ------------------------------------------------------------------------------

SCHEMES = st.sampled_from(["redis", "rediss", "http", "https", "postgresql", "amqp"])
USERS = st.text(string.ascii_letters + string.digits + "._-", max_size=8)
HOSTS = st.sampled_from(["127.0.0.1", "redis.internal", "[::1]", "db-1.example.test", "localhost"])
PORTS = st.one_of(st.just(""), st.integers(1, 65535).map(lambda p: f":{p}"))
PATHS = st.sampled_from(["", "/", "/0", "/news?prefix=tn", "/a/b?x=1#frag", "/@user/post"])
# Whatever a person might paste as a password, unencoded: '/', '#', '?', '@', ':', '%', '&'.
PASSWORDS = st.text(
    string.ascii_letters + string.digits + "/#?@:%&!$*()+,;=~._-[]", min_size=6, max_size=20
).filter(lambda p: sum(c.isalnum() for c in p) >= 3)


@given(scheme=SCHEMES, user=USERS, password=PASSWORDS, host=HOSTS, port=PORTS, path=PATHS)
def test_a_password_never_survives_masking(
    scheme: str, user: str, password: str, host: str, port: str, path: str
) -> None:
    rest = f"{scheme}://{user}:@{host}{port}{path}"
    message = "connecting to {} failed"  # a password that is one of its words is not a leak
    assume(password not in rest and password not in MASK and password not in message)
    for secret in (password, quote(password, safe="")):
        url = f"{scheme}://{user}:{secret}@{host}{port}{path}"
        masked = mask_url(url)
        assert secret not in masked, (url, masked)
        assert secret not in mask_secrets(message.format(url))
        try:
            split_url(url, "SEEN_STORE")
        except UrlError as exc:
            assert secret not in str(exc)


@given(name=st.sampled_from(["password", "token", "access_token", "pwd"]), value=PASSWORDS, path=PATHS)
def test_a_secret_parameter_never_survives_masking(name: str, value: str, path: str) -> None:
    value = value.replace("&", "").replace(";", "")  # an unencoded '&' ends any query value
    assume(len(value) >= 4 and value not in path + name and value not in MASK)
    url = f"https://api.example.test{path.split('?')[0]}?a=1&{name}={value}"
    assert value not in mask_url(url)


@given(text=st.text(max_size=60))
def test_masking_never_raises_and_is_idempotent(text: str) -> None:
    once = mask_url(text)
    assert mask_url(once) == once
    assert mask_secrets(mask_secrets(text)) == mask_secrets(text)
    with contextlib.suppress(UrlError):  # split_url raises only UrlError, whatever the text
        split_url(text)


@given(host=HOSTS, port=PORTS, path=PATHS)
def test_a_url_without_secrets_is_unchanged(host: str, port: str, path: str) -> None:
    assume(not (port and "@" in path))  # `h:1/@user`: `1/` might be a password; masked on purpose
    url = f"https://{host}{port}{path}"
    assert mask_url(url) == url
