"""Extractor core: who published how many papers where, from Korean tech-news text.

    from extract import extract, extract_many
    result = extract(text, title=title, published_at="2022-01-26")

Never imports Scrapy.
"""

from extract.api import extract, extract_many
from output.schema import Extraction

__all__ = ["Extraction", "extract", "extract_many"]
