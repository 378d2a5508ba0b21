"""A page's title and text are read once per page, however often the record path asks."""

from __future__ import annotations

from crawler.pages.article import ArticlePage

HTML = (
    "<html><head><title>가상일보 기사</title></head><body><h1>한빛연구소, 올해 ICML에서 논문 5편</h1>"
    "<p>" + "한빛연구소는 올해 ICML에서 논문 다섯 편을 발표했다고 밝혔다. " * 8 + "</p></body></html>"
)


class CountingPage(ArticlePage):
    """A generic page that counts how often its body is computed."""

    calls = 0

    def text(self) -> str:
        """The generic body, counted."""
        CountingPage.calls += 1
        return super().text()


def test_title_and_text_are_computed_once_per_page() -> None:
    CountingPage.calls = 0
    page = CountingPage("https://news.example/a/1", HTML)
    record = page.record(site="example")
    assert record.text and page.text() == record.text
    assert CountingPage.calls == 1
    assert CountingPage("https://news.example/a/2", HTML).text() == record.text
    assert CountingPage.calls == 2  # a new page reads its own
