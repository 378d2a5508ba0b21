"""Fixtures for the extractor tests: one warmed Kiwi per test process, and a fact helper."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract import extract
from extract.gazetteer import ConferenceEntry, Gazetteers, OrganizationEntry
from extract.kiwi_runtime import get_kiwi
from extract.matcher import Matcher

_ORGS = [
    ("naver", "네이버", "Naver", "company", None, ("NAVER",)),
    ("naver-clova", "네이버 클로바", "Naver Clova", "lab", "naver", ("클로바", "CLOVA")),
    ("naver-labs-europe", "네이버랩스유럽", "Naver Labs Europe", "lab", "naver", ("NLE", "네이버랩스 유럽")),
    ("line", "라인", "LINE", "company", "naver", ("LINE",)),
    ("kakao", "카카오", "Kakao", "company", None, ()),
    ("kakao-brain", "카카오브레인", "Kakao Brain", "lab", "kakao", ()),
    ("kakao-enterprise", "카카오엔터프라이즈", "Kakao Enterprise", "company", "kakao", ()),
    ("samsung-electronics", "삼성전자", "Samsung Electronics", "company", None, ()),
    ("sk-hynix", "SK하이닉스", "SK hynix", "company", None, ()),
    ("kaist", "KAIST", "KAIST", "university", None, ("카이스트", "한국과학기술원")),
    ("snu", "서울대", "Seoul National University", "university", None, ("서울대학교",)),
    ("google", "구글", "Google", "company", None, ("Google",)),
    ("intel", "인텔", "Intel", "company", None, ()),
]
_CONFS = [
    ("neurips", "NeurIPS", ("뉴립스", "NIPS")),
    ("iclr", "ICLR", ()),
    ("icml", "ICML", ()),
    ("cvpr", "CVPR", ()),
    ("iccv", "ICCV", ()),
    ("acl", "ACL", ()),
    ("emnlp", "EMNLP", ()),
    ("aaai", "AAAI", ()),
    ("icassp", "ICASSP", ()),
    ("interspeech", "Interspeech", ("인터스피치",)),
    ("isscc", "ISSCC", ()),
    ("chi", "CHI", ()),
]
SMALL_GAZETTEERS = Gazetteers(
    organizations={
        i: OrganizationEntry(id=i, name=n, name_en=e, type=t, parent=p, aliases=a)
        for i, n, e, t, p, a in _ORGS
    },
    conferences={
        i: ConferenceEntry(id=i, name=n, full_name=f"{n} conference", field="ai", aliases=a)
        for i, n, a in _CONFS
    },
)
SMALL_MATCHER = Matcher(SMALL_GAZETTEERS)

FactKey = tuple[str, tuple[str, ...], int | None, int | None]


@pytest.fixture(scope="session", autouse=True)
def _kiwi() -> None:
    """Build and warm the process's Kiwi once, before the first test needs it."""
    get_kiwi()


def fact_keys(text: str, title: str | None = None, published_at: str | None = "2023-06-01") -> set[FactKey]:
    """(organization id, sorted conferences, year, count) of every integer candidate fact (any confidence)."""
    result = extract(text, title=title, published_at=published_at, matcher=SMALL_MATCHER, min_confidence=0.0)
    return {
        (p.organization_id, tuple(sorted(p.conferences)), p.year, p.count)
        for p in result.paper_counts
        if p.count is not None
    }


def written_facts(
    text: str, title: str | None = None, published_at: str | None = "2023-06-01"
) -> set[FactKey]:
    """(organization id, sorted conferences, year, count) of the facts written at the default
    confidence threshold, full gazetteer."""
    result = extract(text, title=title, published_at=published_at)
    return {(p.organization_id, tuple(sorted(p.conferences)), p.year, p.count) for p in result.paper_counts}


@pytest.fixture
def facts() -> Callable[..., set[FactKey]]:
    """The fact_keys helper as a fixture."""
    return fact_keys
