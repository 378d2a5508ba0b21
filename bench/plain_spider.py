"""Plain Scrapy, the crawl benchmark's yardstick: `scrapy runspider bench/plain_spider.py -a file=URLS`.

Fetches every URL of the list (one a line) and keeps the headline (`h1`, or ND Soft's
`h3.heading`) and the paragraphs' text; nothing else, and nothing of the project is imported.
Run it outside the checkout so that no project settings apply.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.http import Response


class PlainArticlesSpider(scrapy.Spider):
    """Headline and paragraphs of each page of a URL list."""

    name = "plain_articles"

    def __init__(self, *args: Any, file: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.url_file = file

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """One request per line of the URL list."""
        for line in Path(self.url_file).read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield scrapy.Request(line.strip(), dont_filter=True)

    def parse(self, response: Response) -> Iterator[dict[str, str]]:
        """The page's headline and paragraphs."""
        title = response.css("h1::text, h3.heading::text").get(default="").strip()
        paragraphs = (" ".join(p.css("::text").getall()).strip() for p in response.css("p"))
        yield {"url": response.url, "title": title, "text": "\n\n".join(p for p in paragraphs if p)}
