"""The site fixtures (tests/fixtures/sites/<key>/): pages written in each site's markup, with what they give.

Each `<name>.expected.json` sits beside its page `<name>.html` or `<name>.xml` and says what kind
of page it is (`article`, `not_article`, `listing`, `feed`, `sitemap`), its real URL, and the
expected result: the record fields, the listing items and next page, or the feed/sitemap entries.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse

from crawler.pages.article import content_hash

SITE_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"


@dataclass(frozen=True)
class SiteFixture:
    """One page of a site: its bytes, real URL, kind, and the expected result."""

    site: str
    name: str
    page: Path
    expected: dict[str, Any]

    @property
    def id(self) -> str:
        """`site/name`, the test id."""
        return f"{self.site}/{self.name}"

    @property
    def kind(self) -> str:
        """article, not_article, listing, feed or sitemap."""
        return str(self.expected["kind"])

    @property
    def url(self) -> str:
        """The real URL the page is served under."""
        return str(self.expected["url"])

    @property
    def body(self) -> bytes:
        """The page's bytes, as a server sends them."""
        return self.page.read_bytes()

    @property
    def content_type(self) -> str:
        """The Content-Type header to serve the page with (a charset only when the fixture says so)."""
        default = "application/xml" if self.page.suffix == ".xml" else "text/html"
        return str(self.expected.get("content_type", default))

    def text(self) -> str:
        """The page decoded the way the spider decodes it (header, `<meta charset>`, then detection)."""
        response = HtmlResponse(self.url, body=self.body, headers={"Content-Type": self.content_type})
        return response.text


def load_site_fixtures(kind: str | None = None) -> list[SiteFixture]:
    """Every site fixture (of one kind when given), in site and name order."""
    found: list[SiteFixture] = []
    for expected_file in sorted(SITE_FIXTURES.glob("*/*.expected.json")):
        name = expected_file.name.removesuffix(".expected.json")
        pages = [p for p in expected_file.parent.glob(f"{name}.*") if not p.name.endswith(".expected.json")]
        if len(pages) != 1:
            raise FileNotFoundError(f"{expected_file}: expected one page file {name}.html or {name}.xml")
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        fixture = SiteFixture(expected_file.parent.name, name, pages[0], expected)
        if kind is None or fixture.kind == kind:
            found.append(fixture)
    return found


def assert_record_fields(got: dict[str, Any], expected: dict[str, Any], where: str) -> None:
    """Every expected field equal, one by one; id and content_hash follow from them."""
    for name, value in expected.items():
        assert got[name] == value, f"{where}: field {name!r}"
    assert got["id"] == hashlib.sha1(expected["canonical_url"].encode("utf-8")).hexdigest()
    assert got["content_hash"] == content_hash(expected["text"])
