"""`site_for_url` finds a URL's site by its host's domains: the longest registered domain wins."""

from __future__ import annotations

from urllib.parse import urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.pages.registry import all_sites, site_for_url
from crawler.pages.site import Site

DOMAINS = sorted({domain for site in all_sites().values() for domain in site.domains})
LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=8)


def owner_by_scan(url: str) -> Site | None:
    """The rule written out: every site that owns the URL, the one with the longest matching domain."""
    matches = [site for site in all_sites().values() if site.owns(url)]
    if not matches:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return max(matches, key=lambda s: max(len(d) for d in s.domains if host == d or host.endswith("." + d)))


@settings(max_examples=300, deadline=None)
@given(
    prefix=st.lists(LABEL, max_size=3),
    domain=st.sampled_from([*DOMAINS, "example.com", "co.kr", ""]),
    suffix=st.sampled_from(["", ".", "x"]),
    upper=st.booleans(),
)
def test_lookup_by_domain_agrees_with_scanning_every_site(
    prefix: list[str], domain: str, suffix: str, upper: bool
) -> None:
    host = ".".join([*prefix, domain]).strip(".") + suffix
    url = f"https://{host.upper() if upper else host}/news/1"
    assert site_for_url(url) is owner_by_scan(url)


def test_a_subdomain_belongs_to_its_site_and_a_lookalike_does_not() -> None:
    site = all_sites()["aitimes"]
    assert site_for_url("https://www.aitimes.com/news/articleView.html?idxno=1") is site
    assert site_for_url("https://m.www.aitimes.com/x") is site
    assert site_for_url("https://notaitimes.com/x") is None
