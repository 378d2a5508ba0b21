"""A page's meta tags read in one pass give what one XPath query per name gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from parsel import Selector

from crawler.pages.fields import clean_whitespace
from crawler.pages.metatags import MetaTags

NAMES = ["og:title", "title", "author", "article:author", "description"]


def first_by_xpath(selector: Selector, names: list[str]) -> str | None:
    """The reference: the first non-empty content among `names`, property then name then itemprop."""
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for value in selector.xpath(f"//meta[@{attr}=$name]/@content", name=name).getall():
                if clean_whitespace(value):
                    return clean_whitespace(value)
    return None


def every_by_xpath(selector: Selector, name: str) -> list[str]:
    """The reference: every non-empty content whose property or name is `name`, in document order."""
    values = selector.xpath("//meta[@property=$name or @name=$name]/@content", name=name).getall()
    return [clean_whitespace(v) for v in values if clean_whitespace(v)]


meta_tag = st.builds(
    lambda attrs, name, content, in_body: (
        "".join(f' {a}="{name}"' for a in attrs) + (f' content="{content}"' if content is not None else ""),
        in_body,
    ),
    attrs=st.lists(st.sampled_from(["property", "name", "itemprop"]), max_size=3, unique=True),
    name=st.sampled_from(NAMES),
    content=st.one_of(st.none(), st.sampled_from(["", "  ", "가온일보", " 홍길동  기자 ", "AI 소식"])),
    in_body=st.booleans(),
)


@settings(max_examples=150, deadline=None)
@given(tags=st.lists(meta_tag, max_size=8), asked=st.lists(st.sampled_from(NAMES), min_size=1, max_size=3))
def test_one_pass_agrees_with_one_query_per_name(tags: list[tuple[str, bool]], asked: list[str]) -> None:
    head = "".join(f"<meta{attrs}>" for attrs, in_body in tags if not in_body)
    body = "".join(f"<meta{attrs}>" for attrs, in_body in tags if in_body)
    selector = Selector(text=f"<html><head>{head}</head><body><p>본문</p>{body}</body></html>")
    tags_read = MetaTags.of(selector)

    assert tags_read.first(asked) == first_by_xpath(selector, asked)
    for name in asked:
        assert tags_read.every(name) == every_by_xpath(selector, name)


def test_property_comes_before_name_and_itemprop_and_blank_contents_are_skipped() -> None:
    page = Selector(
        text='<html><head><meta name="og:title" content="이름으로 쓴 제목">'
        '<meta property="og:title" content="  "><meta property="og:title" content="속성으로 쓴  제목">'
        "</head></html>"
    )
    assert MetaTags.of(page).first(["og:title"]) == "속성으로 쓴 제목"
