"""Dates a page writes outside its metadata: a labelled line (`입력 2022.01.26 14:03`) or a `data-*` attribute."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from parsel import Selector

from crawler.pages.fields import parse_kst_datetime

# Labels of visible dates: `입력 2022.01.26 14:03`, `기사입력 :2011/04/05 15:23`, `승인 …`, `수정 …`
_VISIBLE_DATE = r"\d{4}\s*[./년-]\s*\d{1,2}\s*[./월-]\s*\d{1,2}[^\d]{0,6}(?:(?:오전|오후)\s*)?(?:\d{1,2}\s*[:시]\s*\d{1,2}(?::\d{2})?)?"
PUBLISHED_LABEL = re.compile(
    rf"(?:기사\s*)?(?:입력|등록|승인|게재|발행|송고|Posted)\s*(?:일시?)?\s*[:：]?\s*({_VISIBLE_DATE})"
)
MODIFIED_LABEL = re.compile(
    rf"(?:최종\s*)?(?:수정|업데이트|Updated)\s*(?:일시?)?\s*[:：]?\s*({_VISIBLE_DATE})"
)

_DATE_START = re.compile(r"\s*\d{4}[./-]\d{1,2}[./-]\d{1,2}")


def visible_date(selector: Selector, label: re.Pattern[str]) -> str | None:
    """The date written after a label (`입력 …`, `수정 …`) in the page's visible text."""
    for text in selector.xpath(
        "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
    ).getall():
        found = label.search(text)
        if found:
            return found.group(1)
    return None


def data_attribute_date(selector: Selector, *, modified: bool) -> str | None:
    """A date kept in a `data-*` attribute (`data-date-time`, `data-deploy-dt`, `data-modify-date-time`)."""
    for element in selector.root.iter():
        for name, value in element.attrib.items() if isinstance(element.tag, str) else ():
            if not name.startswith("data-") or not re.search(r"date|time|-dt$|publish", name):
                continue
            if re.search(r"age|minute|count", name) or not _DATE_START.match(value):
                continue
            if bool(re.search(r"modif|updat|redeploy|edit", name)) == modified:
                return value
    return None


def first_date(*candidates: str | Callable[[], str | None] | None) -> datetime | None:
    """The first candidate that reads as a date, in KST; a callable candidate is only called when
    the ones before it gave no date (the costly look-ups come last)."""
    for candidate in candidates:
        parsed = parse_kst_datetime(candidate() if callable(candidate) else candidate)
        if parsed is not None:
            return parsed
    return None
