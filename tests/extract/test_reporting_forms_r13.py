"""Forms of real reporting probed in round 13, each with sentences written for these tests.

Each test is one class of the round's list: bounds and approximations that are no exact count
(`10편 미만`, `최대 10편`, `약 10편`), `각각` over a list of years written before a conference
(`2023년, 2024년 NeurIPS에 각각`), counts no organization owns (a conference's oral papers),
headline facts the body never supports, and the rest (see docs/extraction.md, round 13).
"""

from __future__ import annotations

import pytest

from tests.extract.test_reporting_forms import fact_keys

D = "2025-07-20"


@pytest.mark.parametrize(
    "sentence",
    [
        "네이버는 ICML 2025에서 10편 미만의 논문을 발표했다.",
        "카카오는 이번 ICML 2025에서 최대 10편의 논문을 발표할 계획이다.",
        "LG AI연구원은 ICML 2025에서 9~10편의 논문이 채택됐다.",
        "KAIST는 ICML 2025에서 10여 편의 논문을 발표했다.",
        "서울대는 ICML 2025에서 약 10편의 논문을 발표했다.",
        "카카오는 ICML 2025에서 10편 이하의 논문을 냈다.",
        "포스텍은 ICML 2025에 논문 10편 안팎을 발표할 예정이다.",
        "KAIST는 ICML 2025에서 논문 10편가량이 채택됐다.",
        "네이버는 ICML 2025에서 두 자릿수의 논문이 채택됐다.",
        "서울대는 ICML 2025에서 논문 십여 편을 발표했다.",
        "포스텍은 ICML 2025에서 논문 두어 편을 발표했다.",
    ],
)
def test_a_bound_or_an_approximation_is_no_exact_count(sentence: str) -> None:
    assert fact_keys(sentence, published_at=D) == set()


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("삼성전자는 ICML 2025에서 10편 이상의 논문을 발표했다.", "samsung-electronics"),
        ("카카오는 최소 10편의 논문을 ICML 2025에 발표한다.", "kakao"),
        ("네이버는 ICML 2025에서 역대 최대 10편의 논문을 발표했다.", "naver"),
    ],
)
def test_a_lower_bound_or_a_record_keeps_its_count(sentence: str, org: str) -> None:
    assert fact_keys(sentence, published_at=D) == {(org, ("ICML",), 2025, 10)}


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("카카오는 2023년, 2024년 NeurIPS에 각각 4편과 7편이 채택됐다.", (2023, 2024)),
        ("카카오는 2023년과 2024년 NeurIPS에서 각각 4편, 7편을 발표했다.", (2023, 2024)),
        ("카카오는 NeurIPS에서 2023년과 2024년에 각각 4편, 7편을 발표했다.", (2023, 2024)),
        ("카카오는 2022년과 2023년, 2024년 NeurIPS에서 각각 4편, 7편, 11편을 발표했다.", (2022, 2023, 2024)),
    ],
)
def test_each_pairs_counts_with_a_list_of_years_before_a_conference(
    sentence: str, years: tuple[int, ...]
) -> None:
    counts = (4, 7, 11)
    expected = {("kakao", ("NeurIPS",), year, count) for year, count in zip(years, counts, strict=False)}
    assert fact_keys(sentence, published_at=D) == expected
