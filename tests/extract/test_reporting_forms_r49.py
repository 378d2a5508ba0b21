"""Forms of real reporting probed in round 49, each with sentences written for these tests.

Round 49 took the misses of batch 49, scored blind (one edition compared across organizations; subsets by
track; an organization's history at a conference told with relative years). The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A year written after the count as a cleft's predicate (`4건으로 올라선 것은 2016년이고, 이듬해에는 6건`), and a
#    turning point dated before the next sentence (`변곡점은 2018년이었다. 그해 … 11건`), date those counts.


def test_years_told_as_clefts_and_turning_points() -> None:
    text = (
        "포스텍 연구진이 ICML과 NeurIPS 두 학회에 낸 논문은 2014년 한 해 2건에 그쳤다. 두 학회를 합친 숫자가 "
        "4건으로 올라선 것은 2016년이고, 이듬해에는 6건이 됐다. 변곡점은 2018년이었다. 그해 두 학회에 11건이 "
        "채택됐다."
    )
    facts = written_facts(text, published_at="2019-06-01")
    assert ("postech", ("ICML", "NeurIPS"), 2016, 4) in facts
    assert ("postech", ("ICML", "NeurIPS"), 2017, 6) in facts
    assert ("postech", ("ICML", "NeurIPS"), 2018, 11) in facts


# 2. A conference's total that an organization's data gives (`A가 공개한 자료를 보면 … 심사를 통과한 612편이다`) is
#    the conference's, not A's.


def test_a_total_from_an_organization_s_data_is_the_conference_s() -> None:
    text = (
        "ICML이 채택 논문을 기관별로 센 순위에서 연세대가 세계 40위에 올랐다. 연세대가 10일 공개한 자료를 보면 "
        "이번 집계의 모집단은 다음 달 열리는 제41회 ICML에 투고된 2900편 가운데 심사를 통과한 612편이다."
    )
    facts = written_facts(text, published_at="2024-06-10")
    assert not any(count == 612 for _, _, _, count in facts)


# 3. A section heading dated by a year word (`▲ 2년 전, 싱가포르 EMNLP`) dates the lines under it.


def test_a_dated_section_heading_dates_its_lines() -> None:
    text = (
        "카카오브레인의 최근 2년 NLP 학회 성과를 정리했다.\n\n"
        "▲ 2년 전, 싱가포르 EMNLP\n"
        "카카오브레인이 3편을 정규 세션에 올렸다.\n\n"
        "▲ 지난해, EMNLP 2024\n"
        "국내 기업 가운데 카카오브레인 몫은 5편이었다.\n\n"
        "▲ 올해, NAACL 2025\n"
        "카카오브레인의 채택 논문은 모두 4편이다."
    )
    facts = written_facts(text, published_at="2025-05-02")
    assert ("kakao-brain", ("EMNLP",), 2023, 3) in facts
    assert ("kakao-brain", ("EMNLP",), 2024, 5) in facts
    assert ("kakao-brain", ("NAACL",), 2025, 4) in facts


# 4. A later sentence of a list line that names no one (`▲2위 B – 14건. 회로 부문만 떼면 8건으로 이 부문 1위다.`)
#    is the line's organization's.


def test_a_later_sentence_of_a_list_line_is_its_organization_s() -> None:
    text = (
        "VLSI 2024 기관별 채택 논문 순위는 다음과 같다.\n"
        "▲1위 삼성전자 – 15건\n"
        "▲2위 KAIST – 14건. 회로 부문만 떼면 8건의 논문으로 이 부문 1위다.\n"
        "▲3위 아이멕 – 12건. 기술 부문 채택 논문 12건은 부문 내 최다다."
    )
    facts = written_facts(text, published_at="2024-05-20")
    assert ("kaist", ("VLSI",), 2024, 8) in facts
    assert ("samsung-electronics", ("VLSI",), 2024, 12) not in facts
