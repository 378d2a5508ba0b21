"""Forms of real reporting probed in round 64, each with sentences written for these tests.

Round 64 took misses of batch 65 (four rewritten sets held back unopened through rounds 62 and 63, where they read
80/8/11 at `43fc7fb`, `2271a23` and `c66629a` alike). The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A heading that is only a year (`■ 2020년`) dates the listed lines under it, each a paragraph of its own.


def test_a_year_heading_over_listed_lines() -> None:
    text = (
        "카카오 계열 AI 자회사들의 학회 실적을 시간 순서대로 짚어 본다.\n\n"
        "■ 2020년\n- 카카오엔터프라이즈: 한 해 동안 국제 학회에 채택된 논문 11건.\n"
        "- 카카오브레인: 국내외 저명 학회에 연구 논문 14편 게재.\n\n"
        "■ 2021년 상반기\n- 카카오브레인: 상반기에만 글로벌 학회 논문 여섯 건."
    )
    facts = written_facts(text, published_at="2021-08-09")
    assert ("kakao-enterprise", (), 2020, 11) in facts
    assert ("kakao-brain", (), 2021, 6) in facts
    assert not any(year == 2021 and count in (11, 14) for _, _, year, count in facts)


# 2. Degree words between an organization and its count (`A가 홀로 541건`) keep the count the organization's where the
#    sentence does not say 논문.


def test_a_count_held_alone() -> None:
    text = (
        "CEO스코어가 ICLR, NeurIPS, ICML 등 3대 AI 학회가 받아들인 논문을 기업별로 분류했다.\n\n"
        "결과는 냉정하다. 한빛전자가 홀로 320건, 전체의 15%를 가져갔다."
    )
    facts = written_facts(text, published_at="2024-05-31")
    assert any(org == "pattern:한빛전자" and count == 320 for org, _, _, count in facts)


# 3. A fraction of an organization's count (`B 한 회사의 5분의 1에 못 미친다`) makes B the comparison base, and the
#    count of all the country's companies together is no one's.


def test_a_fraction_of_one_companys_count() -> None:
    text = (
        "ICLR, NeurIPS, ICML 등 3대 AI 학회의 기업별 논문 수에서 구글은 500건으로 1위였다. 네이버는 28건으로 "
        "18위다. 국내 기업 논문을 모두 더해도 90건으로, 구글 한 회사의 5분의 1에 못 미친다."
    )
    facts = written_facts(text, published_at="2024-05-31")
    assert not any(count == 90 for _, _, _, count in facts)


# 4. Patents as the measure a sentence looks at (`AI 특허 등록만 놓고 보면 A가 217건으로 1위`) make its counts patents.


def test_patents_as_the_measure_looked_at() -> None:
    text = (
        "ICLR, NeurIPS, ICML 3대 학회 논문에서 삼성전자는 32건이었다. 반면 국내 AI 특허 등록만 놓고 보면 "
        "삼성전자가 250건으로 1위이고 네이버(120건)가 뒤를 잇는다."
    )
    facts = written_facts(text, published_at="2024-05-31")
    assert not any(count in (250, 120) for _, _, _, count in facts)


# 5. A ranking told a line at a time: `맨 윗줄은 B 차지다` makes B the subject, and a count in the sentence after a
#    sentence that introduced one organization (`둘째 줄에는 C가 올랐다. 15건으로 …`, `셋째 줄은 D다. 이 대학은
#    13건을 통과시켰다`, `다섯째 줄은 E(옛 이름)으로, 일곱 건이`) is a paper count of that organization. A track's
#    count (`회로 부문 맨 윗칸은 D(9건)가`) is a part that does not contradict the whole.


def test_a_ranking_told_a_line_at_a_time() -> None:
    title = "[순위표로 읽는 VLSI 2024] 한빛전자 14건으로 2위"
    text = (
        "반도체 학술대회 'VLSI 심포지엄 2024'의 기관별 논문 채택 순위표를 한 줄씩 문장으로 옮겨 본다.\n\n"
        "순위표 맨 윗줄은 서울대 차지다. 채택 편수는 17건이다.\n\n"
        "둘째 줄에는 한빛전자가 올랐다. 14건으로, 맨 윗줄과의 간격은 세 건이다.\n\n"
        "셋째 줄은 KAIST다. 이 대학은 12건을 통과시켰다.\n\n"
        "넷째 줄은 인텔이 8건으로 채웠다. 다섯째 줄은 포스텍(포항공대)으로, 여섯 건이 이름을 올렸다.\n\n"
        "부문별로는 기술 부문 맨 윗칸은 인텔(8건)이, 회로 부문 맨 윗칸은 KAIST(9건)가 차지했다."
    )
    facts = written_facts(text, title=title, published_at="2024-05-26")
    for org, count in (("snu", 17), ("pattern:한빛전자", 14), ("kaist", 12), ("postech", 6)):
        assert (org, ("VLSI",), 2024, count) in facts
