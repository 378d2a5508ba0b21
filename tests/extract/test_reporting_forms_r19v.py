"""Forms of real reporting probed in round 19 (venues the gazetteer lacks, names glossed in hanja).

A count's venue can be one the gazetteer does not list: an acronym followed by its English name in
parentheses (`ABCD(International Conference on …)에서`), a Korean society's meeting (`대한내과학회
추계학술대회에서`), or an unlisted venue written between a listed one and the count (`A에 한 편, ABCD에
세 편`). Such a count is not written with no conference, or with the listed one before it. Learning
analytics and AI-in-education venues are listed. See docs/extraction.md, round 19.
All sentences are our own; company names other than gazetteer ones are invented.
"""

from __future__ import annotations

import pytest

from extract import extract

D = "2024-06-20"
Key = tuple[str, tuple[str, ...], int | None, int | None]


def keys(text: str, published_at: str = D) -> set[Key]:
    """Facts as (organization, conferences, year, count), at the default threshold."""
    result = extract(text, published_at=published_at)
    return {(p.organization_id, tuple(sorted(p.conferences)), p.year, p.count) for p in result.paper_counts}


@pytest.mark.parametrize(
    "text",
    [
        # an acronym the gazetteer lacks, its English name in parentheses before the place particle
        "카카오는 올해 QRST(International Conference on Quantum Robotics)에서 논문 4편을 발표했다.",
        "카카오는 지난달 국제 행사인 QRST(The Quantum Robotics Symposium)에 논문 네 편을 실었다.",
        # a described venue: a Korean society's event that is no meeting of papers by its form
        "카이스트는 이번 한국물리학회 가을 학술논문발표회에서 연구 12편을 발표했다.",
    ],
)
def test_a_count_at_a_venue_the_gazetteer_lacks_is_not_written(text: str) -> None:
    assert keys(text) == set()


def test_an_unlisted_venue_between_a_listed_one_and_the_count_takes_the_count() -> None:
    text = "카카오는 올해 ICML에 논문 2편, QRST(International Conference on Quantum Robotics)에 3편을 냈다."
    assert keys(text) == {("kakao", ("ICML",), 2024, 2)}


def test_an_unlisted_venue_before_the_count_wins_over_a_listed_one_after_it() -> None:
    text = "지난 3월 QRST(International Quantum Robotics Conference)에서 논문 두 편을 발표한 카카오는 이어 ICML에도 논문을 냈다."
    assert keys(text) == set()


def test_a_listed_conference_quoted_with_its_year_is_no_unlisted_venue() -> None:
    text = "최근 카카오 연구자들의 논문 9개가 ‘CVPR 2024’에서 채택됐다."
    assert keys(text) == {("kakao", ("CVPR",), 2024, 9)}


def test_learning_analytics_and_ai_in_education_venues_are_listed() -> None:
    text = "에듀테크 기업 카카오는 올해 LAK에서 논문 2편, AIED에서 논문 3편을 발표했다."
    assert keys(text) == {("kakao", ("LAK",), 2024, 2), ("kakao", ("AIED",), 2024, 3)}


def test_a_korean_societys_meeting_is_a_venue_found_by_its_form() -> None:
    text = "서울대병원은 올해 대한내과학회 추계학술대회에서 논문 24편을 발표했다."
    assert keys(text) == {("snuh", ("대한내과학회",), 2024, 24)}
    conference = extract(text, published_at=D).conferences[0]
    assert (conference.id, conference.name) == ("pattern:대한내과학회", "대한내과학회")


def test_a_korean_society_as_an_actor_is_no_meeting() -> None:
    text = "대한내과학회는 올해 회원이 6천명을 넘었다고 밝혔다."
    assert extract(text, published_at=D).conferences == []
