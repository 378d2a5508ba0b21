"""Reading a URL list line by line: bad lines reported with their number and reason, never the rest.

The property test throws generated hostile lines (any bytes, over-long lines, broken IPv6 hosts,
ports out of range, credentials with unencoded characters) between good URLs at the reader:
it never raises, every good URL comes out with its own line number, every other line is either
skipped (blank, comment) or reported, and no message quotes a password.
"""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from scrapy.utils.test import get_crawler

from crawler.runs.exit import EXIT_REASON_STAT
from crawler.spiders.url_list import MAX_LINE_BYTES, BadLine, UrlEntry, byte_lines, read_url_lines
from crawler.spiders.urls import UrlsSpider

PASSWORD = "Zq7-s3cret-Pw"


def read(data: bytes) -> list[UrlEntry | BadLine]:
    return list(read_url_lines(byte_lines(io.BytesIO(data)), "urls.txt"))


def test_each_bad_line_is_reported_and_every_good_line_kept() -> None:
    lines = [
        b"https://news.example/1",
        b"http://host:99999/a",
        b"http://[::1/x",
        b"https://news.example/\xff\xfe3",
        b"ftp://files.example/a",
        b"x" * (MAX_LINE_BYTES + 10),
        b"http://a.example:0/",
        b"https://news.example/2",
    ]
    found = read(b"\n".join(lines) + b"\n")

    assert [(x.line, x.url) for x in found if isinstance(x, UrlEntry)] == [
        (1, "https://news.example/1"),
        (8, "https://news.example/2"),
    ]
    bad = {x.line: x.reason for x in found if isinstance(x, BadLine)}
    assert bad == {
        2: "not a usable URL (the port is out of range 0-65535)",
        3: "not a usable URL (the [IPv6] host is malformed)",
        4: "not UTF-8 (byte 0xff)",
        5: "not an http(s) URL",
        6: f"longer than {MAX_LINE_BYTES} bytes",
        7: "not a usable URL (port 0 is not a port to connect to)",
    }


def test_a_credential_leaves_the_url_for_a_header_and_is_masked_in_every_message() -> None:
    found = read(
        f"https://reader:{PASSWORD}@news.example/1\nhttp://reader:{PASSWORD}/x@news.example:99999/2\n".encode()
    )

    entry, bad = found
    assert isinstance(entry, UrlEntry) and entry.url == "https://news.example/1"
    assert entry.authorization is not None and entry.authorization.startswith(b"Basic ")
    assert PASSWORD not in repr(entry)
    assert isinstance(bad, BadLine) and PASSWORD not in bad.shown + bad.reason
    assert "reader:****@" in bad.shown


def test_a_bad_line_is_shown_short_and_escaped() -> None:
    (bad,) = read(b"nope \x1b[31m" + b"y" * 500 + b"\n")

    assert isinstance(bad, BadLine)
    assert len(bad.shown) < 80 and "\\x1b" in bad.shown and bad.shown.endswith("…'")


GOOD = st.integers(min_value=1, max_value=10**6).map(lambda n: f"https://news.example/a/{n}".encode())
HOSTILE = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=80).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from(
        [
            b"http://[::1/x",
            b"http://host:99999/a",
            b"http://h:-1/",
            b"https://[fe80::1%25eth0/x",
            f"http://u:{PASSWORD}/#?@h:1/".encode(),
            f"https://{PASSWORD}@[::1".encode(),
            b"\xef\xbb\xbfhttp://bom.example/",
            b"http://\x00/",
            b"#" * 10,
        ]
    ),
    st.integers(min_value=MAX_LINE_BYTES - 2, max_value=MAX_LINE_BYTES + 40).map(lambda n: b"h" * n),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.booleans(), GOOD, HOSTILE), max_size=12))
def test_hostile_lines_never_cost_a_good_one(rows: list[tuple[bool, bytes, bytes]]) -> None:
    lines: list[bytes] = []
    good_at: dict[int, str] = {}
    for good_first, good, hostile in rows:
        for line in (good, hostile) if good_first else (hostile, good):
            for part in line.replace(b"\r", b"\n").split(b"\n"):  # a line holds no line break
                lines.append(part)
                if line is good:
                    good_at[len(lines)] = good.decode()
    found = read(b"\n".join(lines) + b"\n")

    entries = {x.line: x.url for x in found if isinstance(x, UrlEntry)}
    for number, url in good_at.items():
        assert entries.get(number) == url
    assert all(PASSWORD not in repr(x) for x in found)
    numbers = [x.line for x in found]
    assert numbers == sorted(set(numbers)) and all(1 <= n <= len(lines) for n in numbers)


def entries_under_scrapyd(tmp_path: Path, name: str, folder: Path | None) -> tuple[list[str], list[str]]:
    """The URLs a scrapyd job (`_job` argument) reads from `-a file=name`, and the run's exit reasons."""
    crawler = get_crawler(UrlsSpider, {"URLS_FILE_DIR": str(folder) if folder else ""})
    crawler.stats.open_spider()
    spider = UrlsSpider.from_crawler(crawler, file=name, _job="job1")
    urls = [entry.url for entry in spider._entries()]
    return urls, crawler.stats.get_value(EXIT_REASON_STAT, [])


def test_under_scrapyd_a_url_list_is_read_only_inside_urls_file_dir(tmp_path: Path) -> None:
    inside = tmp_path / "lists"
    inside.mkdir()
    (inside / "ok.txt").write_text("https://news.example/1\n", "utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:hunter2\n", "utf-8")
    (inside / "link.txt").symlink_to(outside)

    assert entries_under_scrapyd(tmp_path, str(inside / "ok.txt"), inside) == (["https://news.example/1"], [])
    for name in (str(outside), str(inside / "link.txt"), str(inside / ".." / "secret.txt")):
        urls, reasons = entries_under_scrapyd(tmp_path, name, inside)
        assert urls == [] and reasons == [
            f"urls: will not read the URL list {name}: under scrapyd, -a file= reads only inside URLS_FILE_DIR ({inside})"
        ]
        assert "hunter2" not in str(reasons)
    assert "that setting is empty" in entries_under_scrapyd(tmp_path, str(inside / "ok.txt"), None)[1][0]
