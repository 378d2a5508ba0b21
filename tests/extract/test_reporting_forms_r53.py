"""Forms of real reporting probed in round 53, each with sentences written for these tests.

Round 53 took the misses of batch 54, scored blind (university labs and schools at ML venues; company press
releases and year-end roundups). The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A sentence naming the measure the next sentence counts year by year (`두 학회에서 낸 논문 수에서도 드러난다.
#    2012년 2건이던 것이 …`) carries its conferences into the series.


def test_the_measure_named_before_a_series_carries_its_conferences() -> None:
    text = (
        "포스텍의 약진은 NeurIPS와 ICML 두 학회에서 낸 논문 수에서도 드러난다. 2014년 2건이던 것이 2016년 "
        "6건, 2017년 아홉 건으로 늘었다."
    )
    facts = written_facts(text, published_at="2018-06-01")
    assert ("postech", ("ICML", "NeurIPS"), 2014, 2) in facts
    assert ("postech", ("ICML", "NeurIPS"), 2017, 9) in facts


# 2. A unit named with its parent in the genitive (`A의 AI 연구 조직 B는`) that adds up its own parts (`정규 논문
#    12개와 워크숍 논문 2개를 더해 모두 14개`) owns the parts and the sum; the first part is a count too.


def test_a_unit_adding_up_its_own_parts_owns_them() -> None:
    text = "카카오의 AI 연구 조직 카카오브레인은 정규 논문 12개와 워크숍 논문 2개를 더해 모두 14개 논문을 CVPR 2023에서 발표했다."
    facts = written_facts(text, published_at="2023-06-25")
    assert ("kakao-brain", ("CVPR",), 2023, 14) in facts
    assert ("kakao-brain", ("CVPR",), 2023, 12) in facts
    assert ("kakao", ("CVPR",), 2023, 14) not in facts


# 3. A shortfall against another count (`지난해 실적에 네 개 모자란다`) is no count.


def test_a_shortfall_is_no_count() -> None:
    text = (
        "카카오 계열사의 학회 논문 실적을 시기별로 정리했다.\n\n"
        "■ 2021년 12월 — 두 회사 합산 34개\n\n"
        "카카오는 카카오엔터프라이즈와 카카오브레인이 한 해 동안 학회에 논문 34개를 등재했다고 밝혔다.\n\n"
        "■ 2022년 10월 — 석 달 만에 30개\n\n"
        "올해는 속도가 빨랐다. 10월 기준 카카오엔터프라이즈가 18개, 카카오브레인이 12개의 논문을 등재했다. 두 회사를 "
        "더하면 30개로, 지난해 연간 실적에 네 개 모자란다."
    )
    facts = written_facts(text, published_at="2022-11-07")
    assert not any(count == 4 for _, _, _, count in facts)
