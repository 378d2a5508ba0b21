"""The project's own article fixtures (tests/fixtures/generic): pages, their URLs, expected records."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.pages.article import content_hash
from tests.support.replay import Page, ReplayServer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "generic"
PERMISSIVE_ROBOTS = b"User-agent: *\nAllow: /\n"
# Fields a crawl fills in itself: checked for form, not compared with the expected file.
RUN_FIELDS = ("crawled_at", "organizations", "conferences", "paper_counts", "schema_version")


@dataclass(frozen=True)
class Fixture:
    """One saved page: its bytes, the real URL it is served under, and what reading it gives."""

    name: str
    url: str
    body: bytes
    content_type: str
    record: dict[str, Any] | None
    skipped: str | None

    def serve(self, server: ReplayServer) -> None:
        """Serve the page (and a permissive robots.txt for its host) on the replay server."""
        server.add(self.url, Page(self.body, self.content_type))
        host = self.url.split("/")[2]
        server.add(f"https://{host}/robots.txt", Page(PERMISSIVE_ROBOTS, "text/plain"))


def load_fixtures() -> dict[str, Fixture]:
    """Every fixture of tests/fixtures/generic by name."""
    found = {}
    for expected_file in sorted(FIXTURES.glob("*.expected.json")):
        name = expected_file.name.removesuffix(".expected.json")
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        found[name] = Fixture(
            name=name,
            url=expected["url"],
            body=(FIXTURES / f"{name}.html").read_bytes(),
            content_type=expected["content_type"],
            record=expected.get("record"),
            skipped=expected.get("skipped"),
        )
    return found


def assert_record_matches(got: dict[str, Any], expected: dict[str, Any]) -> None:
    """Every expected field equal, field by field; id and content_hash derived from them."""
    for name, value in expected.items():
        assert got[name] == value, f"{expected['url']}: field {name!r}"
    assert got["id"] == hashlib.sha1(expected["canonical_url"].encode("utf-8")).hexdigest()
    assert got["content_hash"] == content_hash(expected["text"])
    assert got["crawled_at"].endswith("+09:00")
