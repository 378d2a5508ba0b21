"""Forms of real reporting probed in round 58, each with sentences written for these tests.

Round 58 took misses of batch 59 after it had been scored blind at the session's end (its figures stand as measured
before this round). The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A headline pair whose second clause adds a group's affiliates (`A 한 연구실 16편, B는 계열사 합쳐 22편`) gives the
#    total to B, the clause's own topic.


def test_the_clause_s_topic_adding_its_affiliates_owns_the_total() -> None:
    title = "KAIST 한 연구실 12편, 카카오는 계열사 합쳐 18편"
    facts = written_facts("올해 CVPR에서 국내 기관의 성적이 좋았다.", title=title, published_at="2023-06-25")
    assert not any(org == "kaist" and count == 18 for org, _, _, count in facts)


# 2. A count right after an organization's genitive (`SK하이닉스의 9편은 인텔은 물론 …`) is that organization's.


def test_a_count_after_an_organization_s_genitive_is_its_own() -> None:
    text = (
        "SK하이닉스가 ISSCC 2024에서 9편을 발표했다. SK하이닉스의 9편은 인텔은 물론 대만 미디어텍 등 세계 주요 "
        "반도체 기업을 모두 앞선 숫자다."
    )
    facts = written_facts(text, published_at="2023-11-20")
    assert ("intel", ("ISSCC",), 2024, 9) not in facts
    assert ("sk-hynix", ("ISSCC",), 2024, 9) in facts


# 3. A count an industry expects to be passed with ease (`연간 100개 돌파도 무난하다`) is a forecast, no count.


def test_a_count_expected_to_be_passed_is_a_forecast() -> None:
    text = (
        "네이버는 올해 9월까지 학회 논문 80개를 냈다. 4분기에 심사가 진행 중인 논문까지 감안하면 연간 120개 돌파도 "
        "무난하다는 게 업계 시각이다."
    )
    facts = written_facts(text, published_at="2022-11-06")
    assert not any(count == 120 for _, _, _, count in facts)
